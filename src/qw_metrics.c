#include "php.h"
#include "zend_smart_str.h"

#include "qw_metrics.h"

static const double qw_metrics_quantiles[] = {0.5, 0.95, 0.99};
#define QW_METRICS_NQ (sizeof(qw_metrics_quantiles) / sizeof(qw_metrics_quantiles[0]))

static const char *qw_metrics_outcomes[QW_REPORT_OUTCOMES] = {"processed", "failed", "released"};

/* Frees a series (the series table's destructor). */
static void qw_metrics_series_dtor(zval *zv)
{
	qw_metrics_series *s = Z_PTR_P(zv);

	zend_string_release(s->queue);
	zend_string_release(s->job);
	if (s->runtime.v) {
		efree(s->runtime.v);
	}
	if (s->wait.v) {
		efree(s->wait.v);
	}
	efree(s);
}

/* Frees a queue's ring (the queues table's destructor). */
static void qw_metrics_ring_dtor(zval *zv)
{
	qw_metrics_ring *r = Z_PTR_P(zv);

	efree(r->v);
	efree(r);
}

void qw_metrics_init(qw_metrics *m)
{
	zend_hash_init(&m->series, 8, NULL, qw_metrics_series_dtor, 0);
	zend_hash_init(&m->queues, 8, NULL, qw_metrics_ring_dtor, 0);
	memset(m->jobs, 0, sizeof(m->jobs));
}

void qw_metrics_free(qw_metrics *m)
{
	zend_hash_destroy(&m->series);
	zend_hash_destroy(&m->queues);
}

/* Adds v to a ring of size values. */
static void qw_metrics_push(qw_metrics_ring *r, uint32_t size, double v)
{
	if (!r->v) {
		r->v = emalloc(size * sizeof(double));
	}
	r->v[r->next] = v;
	r->next = (r->next + 1) % size;
	if (r->n < size) {
		r->n++;
	}
	r->sum += v;
	r->count++;
}

void qw_metrics_add(qw_metrics *m, const qw_report *r)
{
	size_t qlen = MIN(r->queue_len, sizeof(r->text)), nlen = MIN(r->name_len, sizeof(r->text) - qlen);
	int outcome = r->outcome < QW_REPORT_OUTCOMES ? r->outcome : QW_REPORT_PROCESSED;
	zend_string *key = zend_string_alloc(qlen + 1 + nlen, 0);
	qw_metrics_series *s;
	qw_metrics_ring *recent;

	memcpy(ZSTR_VAL(key), r->text, qlen);
	ZSTR_VAL(key)[qlen] = '\0';
	memcpy(ZSTR_VAL(key) + qlen + 1, r->text + qlen, nlen);
	ZSTR_VAL(key)[qlen + 1 + nlen] = '\0';
	s = zend_hash_find_ptr(&m->series, key);
	if (!s) {
		s = ecalloc(1, sizeof(*s));
		s->queue = zend_string_init(r->text, qlen, 0);
		s->job = zend_string_init(r->text + qlen, nlen, 0);
		zend_hash_add_new_ptr(&m->series, key, s);
	}
	zend_string_release(key);
	s->jobs[outcome]++;
	m->jobs[outcome]++;
	qw_metrics_push(&s->runtime, QW_METRICS_RING, r->runtime);
	if (r->has_wait) {
		qw_metrics_push(&s->wait, QW_METRICS_RING, r->wait);
	}
	recent = zend_hash_find_ptr(&m->queues, s->queue);
	if (!recent) {
		recent = ecalloc(1, sizeof(*recent));
		zend_hash_add_new_ptr(&m->queues, s->queue, recent);
	}
	if (recent->n == QW_METRICS_RECENT) {
		recent->sum -= recent->v[recent->next];
	}
	qw_metrics_push(recent, QW_METRICS_RECENT, r->runtime);
}

double qw_metrics_runtime(const qw_metrics *m, zend_string *queue)
{
	qw_metrics_ring *r = zend_hash_find_ptr((HashTable *) &m->queues, queue);

	/* sum holds the values in the ring only: the oldest is taken off as it is overwritten */
	return r && r->n > 0 ? MAX(r->sum, 0.0) / r->n : 0;
}

const char *qw_metrics_outcome(int outcome)
{
	return qw_metrics_outcomes[outcome];
}

static int qw_metrics_cmp(const void *a, const void *b)
{
	double x = *(const double *) a, y = *(const double *) b;

	return x < y ? -1 : x > y;
}

/* The QW_METRICS_NQ quantiles of the ring's values into q[] (nearest rank); false when it has none. */
static bool qw_metrics_quantile(const qw_metrics_ring *r, double *q)
{
	double *sorted;
	size_t i, rank;

	if (r->n == 0) {
		return false;
	}
	sorted = emalloc(r->n * sizeof(double));
	memcpy(sorted, r->v, r->n * sizeof(double));
	qsort(sorted, r->n, sizeof(double), qw_metrics_cmp);
	for (i = 0; i < QW_METRICS_NQ; i++) {
		rank = (size_t) ceil(qw_metrics_quantiles[i] * r->n);
		q[i] = sorted[rank > 0 ? rank - 1 : 0];
	}
	efree(sorted);
	return true;
}

void qw_metrics_label(smart_str *out, const char *name, const char *value, size_t len)
{
	size_t i;

	smart_str_appends(out, name);
	smart_str_appends(out, "=\"");
	for (i = 0; i < len; i++) {
		switch (value[i]) {
			case '\\':
				smart_str_appends(out, "\\\\");
				break;
			case '"':
				smart_str_appends(out, "\\\"");
				break;
			case '\n':
				smart_str_appends(out, "\\n");
				break;
			default:
				smart_str_appendc(out, value[i]);
		}
	}
	smart_str_appendc(out, '"');
}

void qw_metrics_value(smart_str *out, double v)
{
	if (v == floor(v) && fabs(v) < 1e15) {
		smart_str_append_long(out, (zend_long) v);
	} else {
		smart_str_append_printf(out, "%.6F", v);
	}
}

/* Appends name{queue="..",job=".."[,extra]} with a trailing space. */
static void qw_metrics_sample(smart_str *out, const char *name, const qw_metrics_series *s, const char *extra)
{
	smart_str_appends(out, name);
	smart_str_appendc(out, '{');
	qw_metrics_label(out, "queue", ZSTR_VAL(s->queue), ZSTR_LEN(s->queue));
	smart_str_appendc(out, ',');
	qw_metrics_label(out, "job", ZSTR_VAL(s->job), ZSTR_LEN(s->job));
	if (extra) {
		smart_str_appendc(out, ',');
		smart_str_appends(out, extra);
	}
	smart_str_appends(out, "} ");
}

/* Appends the summary family name of the series' ring (which: offsetof the ring in the series). */
static void qw_metrics_summary(const qw_metrics *m, smart_str *out, const char *name, const char *help, size_t which)
{
	qw_metrics_series *s;
	double q[QW_METRICS_NQ];
	char label[32], sub[64];
	size_t i;

	smart_str_append_printf(out, "# HELP %s %s\n# TYPE %s summary\n", name, help, name);
	ZEND_HASH_FOREACH_PTR((HashTable *) &m->series, s) {
		const qw_metrics_ring *r = (const qw_metrics_ring *) ((const char *) s + which);

		if (r->count == 0) {
			continue;
		}
		if (qw_metrics_quantile(r, q)) {
			for (i = 0; i < QW_METRICS_NQ; i++) {
				snprintf(label, sizeof(label), "quantile=\"%g\"", qw_metrics_quantiles[i]);
				qw_metrics_sample(out, name, s, label);
				qw_metrics_value(out, q[i]);
				smart_str_appendc(out, '\n');
			}
		}
		snprintf(sub, sizeof(sub), "%s_sum", name);
		qw_metrics_sample(out, sub, s, NULL);
		qw_metrics_value(out, r->sum);
		smart_str_appendc(out, '\n');
		snprintf(sub, sizeof(sub), "%s_count", name);
		qw_metrics_sample(out, sub, s, NULL);
		smart_str_append_long(out, r->count);
		smart_str_appendc(out, '\n');
	} ZEND_HASH_FOREACH_END();
}

void qw_metrics_prometheus(const qw_metrics *m, smart_str *out)
{
	qw_metrics_series *s;
	char label[32];
	int i;

	smart_str_appends(out, "# HELP qworker_jobs_total Jobs the workers finished, by queue, job and outcome.\n"
		"# TYPE qworker_jobs_total counter\n");
	ZEND_HASH_FOREACH_PTR((HashTable *) &m->series, s) {
		for (i = 0; i < QW_REPORT_OUTCOMES; i++) {
			snprintf(label, sizeof(label), "outcome=\"%s\"", qw_metrics_outcomes[i]);
			qw_metrics_sample(out, "qworker_jobs_total", s, label);
			smart_str_append_long(out, s->jobs[i]);
			smart_str_appendc(out, '\n');
		}
	} ZEND_HASH_FOREACH_END();
	qw_metrics_summary(m, out, "qworker_job_runtime_seconds", "Job runtimes in seconds (quantiles of the last 1024).",
		XtOffsetOf(qw_metrics_series, runtime));
	qw_metrics_summary(m, out, "qworker_job_wait_seconds", "Seconds from a job's push to its first start (quantiles of the last 1024).",
		XtOffsetOf(qw_metrics_series, wait));
}

/* Sets out to {"count","sum","p50","p95","p99"} of a ring. */
static void qw_metrics_json_ring(const qw_metrics_ring *r, zval *out)
{
	static const char *names[QW_METRICS_NQ] = {"p50", "p95", "p99"};
	double q[QW_METRICS_NQ];
	bool known = qw_metrics_quantile(r, q);
	size_t i;

	array_init(out);
	add_assoc_long(out, "count", r->count);
	add_assoc_double(out, "sum", r->sum);
	for (i = 0; i < QW_METRICS_NQ; i++) {
		if (known) {
			add_assoc_double(out, names[i], q[i]);
		} else {
			add_assoc_null(out, names[i]);
		}
	}
}

void qw_metrics_json(const qw_metrics *m, zval *out)
{
	qw_metrics_series *s;
	zval entry, ring;
	int i;

	array_init(out);
	ZEND_HASH_FOREACH_PTR((HashTable *) &m->series, s) {
		array_init(&entry);
		add_assoc_str(&entry, "queue", zend_string_copy(s->queue));
		add_assoc_str(&entry, "job", zend_string_copy(s->job));
		for (i = 0; i < QW_REPORT_OUTCOMES; i++) {
			add_assoc_long(&entry, qw_metrics_outcomes[i], s->jobs[i]);
		}
		qw_metrics_json_ring(&s->runtime, &ring);
		add_assoc_zval(&entry, "runtime", &ring);
		qw_metrics_json_ring(&s->wait, &ring);
		add_assoc_zval(&entry, "wait", &ring);
		add_next_index_zval(out, &entry);
	} ZEND_HASH_FOREACH_END();
}

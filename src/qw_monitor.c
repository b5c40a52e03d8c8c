#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"

#ifndef PHP_WIN32
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#endif

#include "qw_conn.h"
#include "qw_error.h"
#include "qw_http.h"
#include "qw_monitor.h"
#include "qw_queue.h"
#include "qw_signals.h"
#include "qw_time.h"

/* Reports read at most in one go. */
#define QW_MONITOR_BATCH 64

static const char *qw_monitor_states[3] = {"ready", "delayed", "reserved"};

/* Takes the bool option key into *out (unchanged when absent). */
static zend_result qw_monitor_take_bool(HashTable *options, const char *key, uint32_t arg_num, bool *out)
{
	zval *v = zend_hash_str_find_deref(options, key, strlen(key));

	if (!v) {
		return SUCCESS;
	}
	if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
		zend_argument_value_error(arg_num, "key \"%s\" must be a bool, %s given", key, zend_zval_type_name(v));
		return FAILURE;
	}
	*out = Z_TYPE_P(v) == IS_TRUE;
	zend_hash_str_del(options, key, strlen(key));
	return SUCCESS;
}

zend_result qw_monitor_take_options(HashTable *options, uint32_t arg_num, qw_monitor_options *mo)
{
	zval *v = zend_hash_str_find_deref(options, "metrics", sizeof("metrics") - 1);

	mo->metrics = NULL;
	mo->json = false;
	mo->status = true;
	if (qw_monitor_take_bool(options, "json", arg_num, &mo->json) == FAILURE
		|| qw_monitor_take_bool(options, "status", arg_num, &mo->status) == FAILURE) {
		return FAILURE;
	}
	if (!v) {
		return SUCCESS;
	}
	if (Z_TYPE_P(v) == IS_LONG) {
		mo->metrics = zend_long_to_str(Z_LVAL_P(v));
	} else if (Z_TYPE_P(v) == IS_STRING) {
		mo->metrics = zend_string_copy(Z_STR_P(v));
	} else if (Z_TYPE_P(v) != IS_NULL && Z_TYPE_P(v) != IS_FALSE) {
		zend_argument_value_error(arg_num, "key \"metrics\" must be a string, %s given", zend_zval_type_name(v));
		return FAILURE;
	}
	if (mo->metrics && qw_http_check_address(mo->metrics, "metrics", arg_num) == FAILURE) {
		qw_monitor_options_free(mo);
		return FAILURE;
	}
	zend_hash_str_del(options, "metrics", sizeof("metrics") - 1);
	return SUCCESS;
}

void qw_monitor_options_free(qw_monitor_options *mo)
{
	if (mo->metrics) {
		zend_string_release(mo->metrics);
		mo->metrics = NULL;
	}
}

#ifndef PHP_WIN32

/* Logs the pending exception after what, once until Redis answers again. */
static void qw_monitor_redis_failed(qw_monitor *m, const char *what)
{
	zend_object *ex = qw_error_take();
	zval rv, *msg;

	if (ex && !m->redis_failing) {
		msg = zend_read_property_ex(zend_get_exception_base(ex), ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);
		qw_log("QWorker::supervise(): cannot %s: %s", what, Z_TYPE_P(msg) == IS_STRING ? Z_STRVAL_P(msg) : "");
	}
	if (ex) {
		OBJ_RELEASE(ex);
	}
	m->redis_failing = true;
}

zend_result qw_monitor_open(qw_monitor *m, const qw_monitor_options *mo, qw_worker *w, zend_string *connection, zend_string *queue)
{
	char host[256];

	memset(m, 0, sizeof(*m));
	m->pipe[0] = m->pipe[1] = m->listener = -1;
	if (mo->metrics) {
		m->listener = qw_http_listen(mo->metrics);
		if (m->listener < 0) {
			return FAILURE;
		}
	}
	if (pipe(m->pipe) != 0) {
		qw_throw(qw_ce_exception, "QWorker::supervise() cannot create its report pipe: %s", strerror(errno));
		if (m->listener >= 0) {
			close(m->listener);
		}
		return FAILURE;
	}
	fcntl(m->pipe[0], F_SETFL, fcntl(m->pipe[0], F_GETFL) | O_NONBLOCK);
	fcntl(m->pipe[1], F_SETFL, fcntl(m->pipe[1], F_GETFL) | O_NONBLOCK);
	fcntl(m->pipe[0], F_SETFD, FD_CLOEXEC);
	fcntl(m->pipe[1], F_SETFD, FD_CLOEXEC);
	m->w = w;
	m->json = mo->json;
	m->status = mo->status;
	m->buf = emalloc(QW_MONITOR_BATCH * QW_REPORT_SIZE);
	qw_metrics_init(&m->metrics);
	m->connection = zend_string_copy(connection);
	m->queue = zend_string_copy(queue);
	if (gethostname(host, sizeof(host)) != 0) {
		strcpy(host, "localhost");
	}
	host[sizeof(host) - 1] = '\0';
	m->host = zend_string_init(host, strlen(host), 0);
	m->name = zend_strpprintf(0, "%s:%ld", host, (long) getpid());
	m->key = zend_strpprintf(0, "%sqworker:supervisor:%s", ZSTR_VAL(w->queue.prefix), ZSTR_VAL(m->name));
	m->index = zend_strpprintf(0, "%sqworker:supervisors", ZSTR_VAL(w->queue.prefix));
	m->nkeys = qw_queue_parse_list(&w->queue, queue, &m->keys);
	m->depth = ecalloc((size_t) m->nkeys * 3, sizeof(zend_long));
	m->started_at = qw_time_now();
	return SUCCESS;
}

/*
 * Keeps a copy of the n groups (holding their queue strings); the copy is
 * made again only when the groups' count or queues changed. n 0 frees it.
 */
static void qw_monitor_keep_groups(qw_monitor *m, const qw_monitor_group *groups, int n)
{
	int i;
	bool same = n == m->ngroups;

	for (i = 0; same && i < n; i++) {
		same = zend_string_equals(groups[i].queue, m->groups[i].queue);
	}
	if (!same) {
		for (i = 0; i < m->ngroups; i++) {
			zend_string_release(m->groups[i].queue);
		}
		if (m->groups) {
			efree(m->groups);
		}
		m->groups = n > 0 ? safe_emalloc(n, sizeof(qw_monitor_group), 0) : NULL;
		m->ngroups = n;
		for (i = 0; i < n; i++) {
			m->groups[i].queue = zend_string_copy(groups[i].queue);
		}
	}
	for (i = 0; i < n; i++) {
		m->groups[i].running = groups[i].running;
		m->groups[i].target = groups[i].target;
	}
}

/* Frees what open() made, closing the fds (the write end only when close_writer). */
static void qw_monitor_free(qw_monitor *m, bool close_writer)
{
	close(m->pipe[0]);
	if (close_writer) {
		close(m->pipe[1]);
	}
	if (m->listener >= 0) {
		close(m->listener);
	}
	efree(m->buf);
	qw_metrics_free(&m->metrics);
	zend_string_release(m->connection);
	zend_string_release(m->queue);
	zend_string_release(m->host);
	zend_string_release(m->name);
	zend_string_release(m->key);
	zend_string_release(m->index);
	efree(m->keys);
	efree(m->depth);
	qw_monitor_keep_groups(m, NULL, 0);
	if (m->pids) {
		efree(m->pids);
	}
	m->pipe[0] = m->pipe[1] = m->listener = -1;
}

void qw_monitor_worker(qw_monitor *m, qw_worker *w)
{
	int fd = m->pipe[1];

	qw_monitor_free(m, false);
	qw_worker_set_report_fd(w, fd);
}

void qw_monitor_poll(qw_monitor *m, struct pollfd *p, int *n)
{
	p[*n].fd = m->pipe[0];
	p[*n].events = POLLIN;
	p[*n].revents = 0;
	(*n)++;
	if (m->listener >= 0) {
		p[*n].fd = m->listener;
		p[*n].events = POLLIN;
		p[*n].revents = 0;
		(*n)++;
	}
}

/* Reads the reports waiting in the pipe into the metrics. */
static void qw_monitor_drain(qw_monitor *m)
{
	size_t size = QW_MONITOR_BATCH * QW_REPORT_SIZE;
	int i, n;
	qw_report r;

	do {
		n = qw_report_read(m->pipe[0], m->buf, size, &m->buf_len);
		for (i = 0; i < n; i++) {
			memcpy(&r, m->buf + (size_t) i * QW_REPORT_SIZE, sizeof(r));
			qw_metrics_add(&m->metrics, &r);
		}
		m->buf_len -= (size_t) n * QW_REPORT_SIZE;
		memmove(m->buf, m->buf + (size_t) n * QW_REPORT_SIZE, m->buf_len);
	} while (n == QW_MONITOR_BATCH);
}

/* Reads ready, delayed and reserved of every queue in one round trip; a failure is logged and keeps the last. */
static void qw_monitor_read_depth(qw_monitor *m)
{
	int n = m->nkeys * 3, i;
	qw_cmd *cmds = emalloc(sizeof(qw_cmd) * n);
	const char **argv = emalloc(sizeof(char *) * n * 2);
	size_t *lens = emalloc(sizeof(size_t) * n * 2);
	redisReply **replies = ecalloc(n, sizeof(redisReply *));

	for (i = 0; i < n; i++) {
		const qw_queue_keys *k = m->keys[i / 3];
		zend_string *key = i % 3 == 0 ? k->list : i % 3 == 1 ? k->delayed : k->reserved;

		argv[i * 2] = i % 3 == 0 ? "LLEN" : "ZCARD";
		lens[i * 2] = strlen(argv[i * 2]);
		argv[i * 2 + 1] = ZSTR_VAL(key);
		lens[i * 2 + 1] = ZSTR_LEN(key);
		cmds[i].argc = 2;
		cmds[i].argv = argv + i * 2;
		cmds[i].lens = lens + i * 2;
	}
	if (qw_conn_exec(&m->w->queue.conn, true, 0, n, cmds, replies) == FAILURE) {
		qw_monitor_redis_failed(m, "read the queue sizes");
	} else {
		m->redis_failing = false;
		m->depth_known = true;
		for (i = 0; i < n; i++) {
			m->depth[i] = replies[i] && replies[i]->type == REDIS_REPLY_INTEGER ? (zend_long) replies[i]->integer : 0;
			if (replies[i]) {
				freeReplyObject(replies[i]);
			}
		}
	}
	efree(replies);
	efree(lens);
	efree(argv);
	efree(cmds);
}

/* Reads the depths when the last read is older than a second. */
static void qw_monitor_refresh_depth(qw_monitor *m, double now)
{
	if (now >= m->depth_at + QW_MONITOR_DEPTH_EVERY) {
		m->depth_at = now;
		qw_monitor_read_depth(m);
	}
}

/* A worker's resident memory in bytes (Linux: /proc/PID/statm); -1 when unknown. */
static zend_long qw_monitor_rss(pid_t pid)
{
#ifdef __linux__
	char path[64], buf[128];
	unsigned long size, resident;
	ssize_t len;
	int fd;

	snprintf(path, sizeof(path), "/proc/%ld/statm", (long) pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		return -1;
	}
	len = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (len <= 0) {
		return -1;
	}
	buf[len] = '\0';
	if (sscanf(buf, "%lu %lu", &size, &resident) != 2) {
		return -1;
	}
	return (zend_long) resident * sysconf(_SC_PAGESIZE);
#else
	return -1;
#endif
}

/* Appends a gauge family's head. */
static void qw_monitor_family(smart_str *out, const char *name, const char *help)
{
	smart_str_append_printf(out, "# HELP %s %s\n# TYPE %s gauge\n", name, help, name);
}

/* The Prometheus text of everything: the job series, then the gauges. */
static void qw_monitor_text(qw_monitor *m, smart_str *out)
{
	int i, s;

	qw_metrics_prometheus(&m->metrics, out);
	qw_monitor_family(out, "qworker_queue_jobs", "Jobs in each queue, by state (ready, delayed, reserved).");
	for (i = 0; m->depth_known && i < m->nkeys; i++) {
		for (s = 0; s < 3; s++) {
			smart_str_appends(out, "qworker_queue_jobs{");
			qw_metrics_label(out, "queue", ZSTR_VAL(m->keys[i]->name), ZSTR_LEN(m->keys[i]->name));
			smart_str_appendc(out, ',');
			qw_metrics_label(out, "state", qw_monitor_states[s], strlen(qw_monitor_states[s]));
			smart_str_appends(out, "} ");
			smart_str_append_long(out, m->depth[i * 3 + s]);
			smart_str_appendc(out, '\n');
		}
	}
	for (s = 0; s < 2; s++) {
		const char *name = s == 0 ? "qworker_processes" : "qworker_processes_target";

		qw_monitor_family(out, name, s == 0 ? "Workers running in each group." : "Workers each group should have.");
		for (i = 0; i < m->ngroups; i++) {
			smart_str_appends(out, name);
			smart_str_appendc(out, '{');
			qw_metrics_label(out, "group", ZSTR_VAL(m->groups[i].queue), ZSTR_LEN(m->groups[i].queue));
			smart_str_appends(out, "} ");
			smart_str_append_long(out, s == 0 ? m->groups[i].running : m->groups[i].target);
			smart_str_appendc(out, '\n');
		}
	}
	qw_monitor_family(out, "qworker_worker_rss_bytes", "Resident memory of each worker in bytes.");
	for (i = 0; i < m->npids; i++) {
		zend_long rss = qw_monitor_rss(m->pids[i]);

		if (rss >= 0) {
			smart_str_append_printf(out, "qworker_worker_rss_bytes{pid=\"%ld\"} " ZEND_LONG_FMT "\n", (long) m->pids[i], rss);
		}
	}
	qw_monitor_family(out, "qworker_pool_paused", "1 while the pool is paused (SIGUSR2), else 0.");
	smart_str_append_printf(out, "qworker_pool_paused %d\n", m->paused ? 1 : 0);
}

/* Answers one request on the listener. */
static void qw_monitor_serve(qw_monitor *m)
{
	zend_string *method, *path;
	smart_str body = {0};
	int fd = qw_http_accept(m->listener, &method, &path);

	if (fd < 0) {
		return;
	}
	if (!zend_string_equals_literal(method, "GET")) {
		qw_http_respond(fd, 405, "text/plain; charset=utf-8", "method not allowed\n", sizeof("method not allowed\n") - 1);
	} else if (!zend_string_equals_literal(path, "/metrics")) {
		qw_http_respond(fd, 404, "text/plain; charset=utf-8", "not found\n", sizeof("not found\n") - 1);
	} else {
		qw_monitor_drain(m);
		qw_monitor_refresh_depth(m, qw_time_mono());
		qw_monitor_text(m, &body);
		smart_str_0(&body);
		qw_http_respond(fd, 200, "text/plain; version=0.0.4; charset=utf-8", ZSTR_VAL(body.s), ZSTR_LEN(body.s));
		smart_str_free(&body);
	}
	zend_string_release(method);
	zend_string_release(path);
}

void qw_monitor_ready(qw_monitor *m, const struct pollfd *p, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		if (p[i].fd == m->pipe[0] && p[i].revents) {
			qw_monitor_drain(m);
		} else if (p[i].fd == m->listener && m->listener >= 0 && p[i].revents) {
			qw_monitor_serve(m);
		}
	}
}

/* Keeps the pool's state for the scrapes and lines between passes, allocating only when its size changes. */
static void qw_monitor_keep(qw_monitor *m, const qw_monitor_pool *state)
{
	int i;

	m->paused = state->paused;
	qw_monitor_keep_groups(m, state->groups, state->ngroups);
	if (state->npids > m->pids_size) {
		m->pids_size = state->npids;
		m->pids = safe_erealloc(m->pids, m->pids_size, sizeof(pid_t), 0);
	}
	m->npids = 0;
	for (i = 0; i < state->npids; i++) {
		if (state->pids[i] > 0) {
			m->pids[m->npids++] = state->pids[i];
		}
	}
}

/* Encodes value as one line on stdout. */
static void qw_monitor_write_line(zval *value)
{
	smart_str line = {0};
	size_t done = 0;
	ssize_t n;

	if (php_json_encode(&line, value, PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_UNESCAPED_UNICODE | PHP_JSON_PRESERVE_ZERO_FRACTION
		| PHP_JSON_PARTIAL_OUTPUT_ON_ERROR) == FAILURE) {
		smart_str_free(&line);
		return;
	}
	smart_str_appendc(&line, '\n');
	while (done < ZSTR_LEN(line.s)) {
		n = write(STDOUT_FILENO, ZSTR_VAL(line.s) + done, ZSTR_LEN(line.s) - done);
		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n <= 0) {
			break;
		}
		done += (size_t) n;
	}
	smart_str_free(&line);
}

void qw_monitor_event(const qw_monitor *m, const char *event, zval *fields)
{
	zval line;

	if (!m->json) {
		return;
	}
	array_init(&line);
	add_assoc_string(&line, "event", event);
	add_assoc_double(&line, "time", qw_report_wall());
	if (fields && Z_TYPE_P(fields) == IS_ARRAY) {
		zend_hash_merge(Z_ARRVAL(line), Z_ARRVAL_P(fields), zval_add_ref, 1);
	}
	qw_monitor_write_line(&line);
	zval_ptr_dtor(&line);
}

/* Sets out to {"processed":N,"failed":N,"released":N} of every job so far. */
static void qw_monitor_totals(const qw_monitor *m, zval *out)
{
	int i;

	array_init(out);
	for (i = 0; i < QW_REPORT_OUTCOMES; i++) {
		add_assoc_long(out, qw_metrics_outcome(i), m->metrics.jobs[i]);
	}
}

/* The JSON metrics line: the same numbers as /metrics. */
static void qw_monitor_snapshot(qw_monitor *m)
{
	zval fields, v, q, entry;
	int i, s;

	qw_monitor_drain(m);
	qw_monitor_refresh_depth(m, qw_time_mono());
	array_init(&fields);
	add_assoc_str(&fields, "name", zend_string_copy(m->name));
	add_assoc_bool(&fields, "paused", m->paused);
	array_init(&v);
	for (i = 0; i < m->ngroups; i++) {
		array_init(&entry);
		add_assoc_long(&entry, "processes", m->groups[i].running);
		add_assoc_long(&entry, "target", m->groups[i].target);
		zend_symtable_update(Z_ARRVAL(v), m->groups[i].queue, &entry);
	}
	convert_to_object(&v);
	add_assoc_zval(&fields, "groups", &v);
	array_init(&v);
	for (i = 0; m->depth_known && i < m->nkeys; i++) {
		array_init(&q);
		for (s = 0; s < 3; s++) {
			add_assoc_long(&q, qw_monitor_states[s], m->depth[i * 3 + s]);
		}
		add_assoc_zval_ex(&v, ZSTR_VAL(m->keys[i]->name), ZSTR_LEN(m->keys[i]->name), &q);
	}
	convert_to_object(&v);
	add_assoc_zval(&fields, "queues", &v);
	qw_monitor_totals(m, &v);
	add_assoc_zval(&fields, "totals", &v);
	qw_metrics_json(&m->metrics, &v);
	add_assoc_zval(&fields, "jobs", &v);
	array_init(&v);
	for (i = 0; i < m->npids; i++) {
		array_init(&entry);
		add_assoc_long(&entry, "pid", m->pids[i]);
		add_assoc_long(&entry, "rss", qw_monitor_rss(m->pids[i]));
		add_next_index_zval(&v, &entry);
	}
	add_assoc_zval(&fields, "workers", &v);
	qw_monitor_event(m, "metrics", &fields);
	zval_ptr_dtor(&fields);
}

/* Writes the heartbeat: SET key json EX ttl, ZADD index now name. */
static void qw_monitor_heartbeat(qw_monitor *m)
{
	zval doc, v, n;
	smart_str json = {0};
	int i;
	zend_long processes = 0, now = qw_time_now();
	char ttl[16], score[24];
	const char *set[] = {"SET", ZSTR_VAL(m->key), NULL, "EX", ttl};
	size_t set_lens[5];
	const char *zadd[] = {"ZADD", ZSTR_VAL(m->index), score, ZSTR_VAL(m->name)};
	size_t zadd_lens[4];
	qw_cmd cmds[2] = {{5, set, set_lens}, {4, zadd, zadd_lens}};
	redisReply *replies[2] = {NULL, NULL};

	array_init(&doc);
	add_assoc_str(&doc, "name", zend_string_copy(m->name));
	add_assoc_str(&doc, "host", zend_string_copy(m->host));
	add_assoc_long(&doc, "pid", (zend_long) getpid());
	add_assoc_string(&doc, "status", m->paused ? "paused" : "running");
	add_assoc_str(&doc, "connection", zend_string_copy(m->connection));
	add_assoc_str(&doc, "queue", zend_string_copy(m->queue));
	array_init(&v);
	for (i = 0; i < m->ngroups; i++) {
		processes += m->groups[i].running;
		ZVAL_LONG(&n, m->groups[i].running);
		zend_symtable_update(Z_ARRVAL(v), m->groups[i].queue, &n);
	}
	add_assoc_long(&doc, "processes", processes);
	/* {} even when empty or keyed by numbers */
	convert_to_object(&v);
	add_assoc_zval(&doc, "groups", &v);
	qw_monitor_totals(m, &v);
	add_assoc_zval(&doc, "jobs", &v);
	add_assoc_long(&doc, "started_at", m->started_at);
	add_assoc_long(&doc, "updated_at", now);
	php_json_encode(&json, &doc, PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_UNESCAPED_UNICODE | PHP_JSON_PARTIAL_OUTPUT_ON_ERROR);
	smart_str_0(&json);
	zval_ptr_dtor(&doc);
	snprintf(ttl, sizeof(ttl), "%d", QW_MONITOR_HEARTBEAT_TTL);
	snprintf(score, sizeof(score), ZEND_LONG_FMT, now);
	set[2] = ZSTR_VAL(json.s);
	set_lens[0] = 3;
	set_lens[1] = ZSTR_LEN(m->key);
	set_lens[2] = ZSTR_LEN(json.s);
	set_lens[3] = 2;
	set_lens[4] = strlen(ttl);
	zadd_lens[0] = 4;
	zadd_lens[1] = ZSTR_LEN(m->index);
	zadd_lens[2] = strlen(score);
	zadd_lens[3] = ZSTR_LEN(m->name);
	if (qw_conn_exec(&m->w->queue.conn, true, 0, 2, cmds, replies) == FAILURE) {
		qw_monitor_redis_failed(m, "write the status heartbeat");
	} else {
		m->redis_failing = false;
		m->heartbeat_written = true;
		freeReplyObject(replies[0]);
		freeReplyObject(replies[1]);
	}
	smart_str_free(&json);
}

void qw_monitor_tick(qw_monitor *m, double now, const qw_monitor_pool *state)
{
	qw_monitor_keep(m, state);
	if (state->need_depth) {
		qw_monitor_refresh_depth(m, now);
	}
	if (m->status && (m->heartbeat_at == 0 || now >= m->heartbeat_at + QW_MONITOR_HEARTBEAT_EVERY)) {
		m->heartbeat_at = now;
		qw_monitor_drain(m);
		qw_monitor_heartbeat(m);
	}
	if (m->json && m->snapshot_at == 0) {
		m->snapshot_at = now;
	} else if (m->json && now >= m->snapshot_at + QW_MONITOR_SNAPSHOT_EVERY) {
		m->snapshot_at = now;
		qw_monitor_snapshot(m);
	}
}

/* The index in keys of a queue name; -1 when the pool has no such queue. */
static int qw_monitor_find(const qw_monitor *m, const char *name, size_t len)
{
	int i;

	for (i = 0; i < m->nkeys; i++) {
		if (ZSTR_LEN(m->keys[i]->name) == len && memcmp(ZSTR_VAL(m->keys[i]->name), name, len) == 0) {
			return i;
		}
	}
	return -1;
}

zend_long qw_monitor_depth(const qw_monitor *m, zend_string *queue)
{
	const char *p = ZSTR_VAL(queue), *end = p + ZSTR_LEN(queue), *comma;
	zend_long sum = 0;
	int i;

	for (;;) {
		comma = memchr(p, ',', end - p);
		i = qw_monitor_find(m, p, (comma ? comma : end) - p);
		if (i >= 0) {
			sum += m->depth[i * 3];
		}
		if (!comma) {
			return sum;
		}
		p = comma + 1;
	}
}

double qw_monitor_runtime(const qw_monitor *m, zend_string *queue)
{
	return qw_metrics_runtime(&m->metrics, queue);
}

void qw_monitor_close(qw_monitor *m)
{
	const char *del[] = {"DEL", ZSTR_VAL(m->key)};
	size_t del_lens[] = {3, ZSTR_LEN(m->key)};
	const char *zrem[] = {"ZREM", ZSTR_VAL(m->index), ZSTR_VAL(m->name)};
	size_t zrem_lens[] = {4, ZSTR_LEN(m->index), ZSTR_LEN(m->name)};
	qw_cmd cmds[2] = {{2, del, del_lens}, {3, zrem, zrem_lens}};
	redisReply *replies[2] = {NULL, NULL};

	if (m->json) {
		qw_monitor_snapshot(m);
	}
	if (m->heartbeat_written) {
		if (qw_conn_exec(&m->w->queue.conn, true, 0, 2, cmds, replies) == FAILURE) {
			qw_monitor_redis_failed(m, "delete the status heartbeat");
		} else {
			freeReplyObject(replies[0]);
			freeReplyObject(replies[1]);
		}
	}
	qw_monitor_free(m, true);
}

#else /* PHP_WIN32: no pool, so nothing to monitor. */

zend_result qw_monitor_open(qw_monitor *m, const qw_monitor_options *mo, qw_worker *w, zend_string *connection, zend_string *queue)
{
	qw_throw(qw_ce_exception, "QWorker::supervise() needs fork(), which Windows has not");
	return FAILURE;
}

void qw_monitor_worker(qw_monitor *m, qw_worker *w)
{
}

void qw_monitor_tick(qw_monitor *m, double now, const qw_monitor_pool *state)
{
}

zend_long qw_monitor_depth(const qw_monitor *m, zend_string *queue)
{
	return 0;
}

double qw_monitor_runtime(const qw_monitor *m, zend_string *queue)
{
	return 0;
}

void qw_monitor_event(const qw_monitor *m, const char *event, zval *fields)
{
}

void qw_monitor_close(qw_monitor *m)
{
}

#endif

#include "php.h"

#include "zend_exceptions.h"
#include "ext/standard/php_math.h"

#include "qw_call.h"
#include "qw_error.h"
#include "qw_hooks.h"
#include "qw_job.h"
#include "qw_payload.h"
#include "qw_time.h"
#include "qw_worker.h"

zend_class_entry *qw_ce_worker;
static zend_object_handlers qw_worker_handlers;

static zend_object *qw_worker_new(zend_class_entry *ce)
{
	qw_worker *w = zend_object_alloc(sizeof(qw_worker), ce);

	zend_object_std_init(&w->std, ce);
	object_properties_init(&w->std, ce);
	qw_queue_init(&w->queue);
	w->connection_name = zend_string_init("redis", sizeof("redis") - 1, 0);
	ZVAL_UNDEF(&w->resolver);
	ZVAL_UNDEF(&w->failer);
	ZVAL_UNDEF(&w->exception_handler);
	ZVAL_UNDEF(&w->exception_counter);
	qw_hooks_init(&w->hooks);
	qw_restart_init(&w->restart);
	qw_pause_init(&w->pause);
	w->job_env.queue = &w->queue;
	w->job_env.resolver = &w->resolver;
	w->job_env.failer = &w->failer;
	w->job_env.hooks = &w->hooks;
	w->report_fd = -1;
	w->std.handlers = &qw_worker_handlers;
	return &w->std;
}

static void qw_worker_free(zend_object *obj)
{
	qw_worker *w = qw_worker_from_obj(obj);

	qw_queue_free(&w->queue);
	zend_string_release(w->connection_name);
	zval_ptr_dtor(&w->resolver);
	zval_ptr_dtor(&w->failer);
	zval_ptr_dtor(&w->exception_handler);
	zval_ptr_dtor(&w->exception_counter);
	qw_hooks_free(&w->hooks);
	qw_restart_free(&w->restart);
	qw_pause_free(&w->pause);
	zend_object_std_dtor(obj);
}

static HashTable *qw_worker_get_gc(zend_object *obj, zval **table, int *n)
{
	qw_worker *w = qw_worker_from_obj(obj);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();

	zend_get_gc_buffer_add_zval(buf, &w->resolver);
	zend_get_gc_buffer_add_zval(buf, &w->failer);
	zend_get_gc_buffer_add_zval(buf, &w->exception_handler);
	zend_get_gc_buffer_add_zval(buf, &w->exception_counter);
	zend_get_gc_buffer_add_zval(buf, &w->restart.callable);
	qw_hooks_gc(&w->hooks, buf);
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(obj);
}

void qw_worker_register(zend_class_entry *ce)
{
	qw_ce_worker = ce;
	ce->create_object = qw_worker_new;
	memcpy(&qw_worker_handlers, zend_get_std_object_handlers(), sizeof(qw_worker_handlers));
	qw_worker_handlers.offset = XtOffsetOf(qw_worker, std);
	qw_worker_handlers.free_obj = qw_worker_free;
	qw_worker_handlers.get_gc = qw_worker_get_gc;
	qw_worker_handlers.clone_obj = NULL;
}

void qw_worker_set_connection_name(qw_worker *w, zend_string *name)
{
	zend_string_release(w->connection_name);
	w->connection_name = zend_string_copy(name);
}

void qw_worker_set_callable(qw_worker *w, qw_worker_callable which, zval *fn)
{
	zval *slot = NULL;

	switch (which) {
		case QW_WORKER_RESOLVER:
			slot = &w->resolver;
			break;
		case QW_WORKER_FAILER:
			slot = &w->failer;
			break;
		case QW_WORKER_EXCEPTION_HANDLER:
			slot = &w->exception_handler;
			break;
		case QW_WORKER_EXCEPTION_COUNTER:
			slot = &w->exception_counter;
			break;
	}
	zval_ptr_dtor(slot);
	if (fn) {
		ZVAL_COPY(slot, fn);
	} else {
		ZVAL_UNDEF(slot);
	}
}

void qw_worker_set_report_fd(qw_worker *w, int fd)
{
	w->report_fd = fd;
}

void qw_worker_set_restart(qw_worker *w, qw_restart *r)
{
	qw_restart_free(&w->restart);
	w->restart = *r;
}

/* Pops the first job of n parsed queues into *job (UNDEF when none came). */
static zend_result qw_worker_pop_keys(qw_worker *w, const qw_queue_keys **keys, int n, zend_string *connection, zval *job)
{
	qw_popped popped;
	zend_result result = qw_queue_pop(&w->queue, keys, n, &popped);

	ZVAL_UNDEF(job);
	if (result == SUCCESS && popped.job) {
		qw_job_create(job, &w->std, &w->job_env, &popped, connection);
	}
	qw_popped_free(&popped);
	return result;
}

zend_result qw_worker_pop(qw_worker *w, zend_string *queues, zend_string *connection, zval *job)
{
	const qw_queue_keys **keys;
	int n = qw_queue_parse_list(&w->queue, queues, &keys);
	zend_result result = qw_worker_pop_keys(w, keys, n, connection, job);

	efree(keys);
	return result;
}

zend_result qw_worker_read_pause(qw_worker *w, zend_string *connection, const qw_queue_keys **keys, int n, const qw_options *o)
{
	bool newly;

	if (!o->pausable || !qw_restart_enabled(&w->restart)) {
		qw_pause_clear(&w->pause);
		return SUCCESS;
	}
	return qw_pause_read(&w->pause, &w->restart, connection, keys, n, o->pause_all, NULL, &newly);
}

/* Pops the first job of those of the n queues not paused. */
static zend_result qw_worker_pop_unpaused(qw_worker *w, const qw_queue_keys **keys, int n, zend_string *connection, zval *job)
{
	const qw_queue_keys **open;
	zend_result result;
	int i, m = 0;

	if (zend_hash_num_elements(&w->pause.paused) == 0) {
		return qw_worker_pop_keys(w, keys, n, connection, job);
	}
	ZVAL_UNDEF(job);
	open = safe_emalloc(n, sizeof(*open), 0);
	for (i = 0; i < n; i++) {
		if (!qw_pause_has(&w->pause, keys[i]->name)) {
			open[m++] = keys[i];
		}
	}
	result = m > 0 ? qw_worker_pop_keys(w, open, m, connection, job) : SUCCESS;
	efree(open);
	return result;
}

zend_result qw_worker_next_job(qw_worker *w, const qw_queue_keys **keys, int n, zend_string *queue, zend_string *connection, zval *job)
{
	ZVAL_UNDEF(job);
	if (qw_hooks_worker(&w->hooks, QW_HOOK_POPPING, NULL, connection, queue) == FAILURE
		|| qw_pause_announce(&w->pause, &w->hooks, connection) == FAILURE
		|| qw_worker_pop_unpaused(w, keys, n, connection, job) == FAILURE) {
		return FAILURE;
	}
	if (!Z_ISUNDEF_P(job) && qw_hooks_job(&w->hooks, QW_HOOK_POPPED, connection, job, NULL) == FAILURE) {
		zval_ptr_dtor(job);
		ZVAL_UNDEF(job);
		return FAILURE;
	}
	return SUCCESS;
}

/*
 * Writes "Class: message in file:line" to PHP's error log, with a "QWorker: "
 * prefix unless the class's own QWorker\ namespace already names qworker.
 */
static void qw_worker_log(zend_object *ex)
{
	zend_class_entry *base = zend_get_exception_base(ex);
	zval rv_message, rv_file, rv_line, *message, *file, *line;
	zend_string *m, *f;
	bool ours = zend_string_starts_with_literal(ex->ce->name, "QWorker\\");

	message = zend_read_property_ex(base, ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv_message);
	m = zval_get_string(message);
	file = zend_read_property_ex(base, ex, ZSTR_KNOWN(ZEND_STR_FILE), 1, &rv_file);
	f = zval_get_string(file);
	line = zend_read_property_ex(base, ex, ZSTR_KNOWN(ZEND_STR_LINE), 1, &rv_line);
	qw_log("%s%s: %s in %s:" ZEND_LONG_FMT, ours ? "" : "QWorker: ", ZSTR_VAL(ex->ce->name), ZSTR_VAL(m),
		ZSTR_VAL(f), zval_get_long(line));
	zend_string_release(m);
	zend_string_release(f);
}

zend_result qw_worker_report(qw_worker *w, zend_object *ex, zval *job)
{
	zend_result result = SUCCESS;

	if (Z_ISUNDEF(w->exception_handler)) {
		qw_worker_log(ex);
	} else {
		zval args[2], retval;

		ZVAL_OBJ(&args[0], ex);
		if (job && !Z_ISUNDEF_P(job)) {
			ZVAL_COPY_VALUE(&args[1], job);
		} else {
			ZVAL_NULL(&args[1]);
		}
		result = qw_call(&w->exception_handler, &retval, 2, args);
		zval_ptr_dtor(&retval);
	}
	OBJ_RELEASE(ex);
	return result;
}

zend_result qw_worker_absorb(qw_worker *w, zval *job)
{
	if (!EG(exception)) {
		return SUCCESS;
	}
	if (qw_error_is_unwind()) {
		return FAILURE;
	}
	return qw_worker_report(w, qw_error_take(), job);
}

/* The job's maxTries, else the --tries option. */
static zend_long qw_worker_max_tries(const qw_job *job, const qw_options *o)
{
	zend_long tries;

	return qw_job_max_tries(job, &tries) ? tries : o->tries;
}

/* Laravel's markJobAsFailedIfAlreadyExceedsMaxAttempts() condition. */
static bool qw_worker_exceeded(const qw_job *job, const qw_options *o)
{
	zend_long until = 0, tries = qw_worker_max_tries(job, o);

	if (qw_job_retry_until(job, &until) && until != 0) {
		return qw_time_now() > until;
	}
	return tries != 0 && qw_job_attempts(job) > tries;
}

bool qw_worker_will_exceed(const qw_job *job, const qw_options *o)
{
	zend_long until = 0, tries = qw_worker_max_tries(job, o);

	if (qw_job_retry_until(job, &until) && until != 0) {
		return until <= qw_time_now();
	}
	return tries > 0 && qw_job_attempts(job) >= tries;
}

zend_result qw_worker_max_exceptions_reached(qw_worker *w, const qw_job *job, bool *reached)
{
	zend_long max;
	zend_string *uuid;
	zend_result result;

	*reached = false;
	if (!QW_PAYLOAD_LONG(&job->payload, "maxExceptions", &max) || (uuid = QW_PAYLOAD_STRING(&job->payload, "uuid")) == NULL) {
		return SUCCESS;
	}
	if (Z_ISUNDEF(w->exception_counter)) {
		result = qw_queue_count_exception(&w->queue, uuid, max, reached);
	} else {
		zval args[2], retval;

		ZVAL_STR(&args[0], uuid);
		ZVAL_LONG(&args[1], max);
		result = qw_call(&w->exception_counter, &retval, 2, args);
		*reached = result == SUCCESS && zend_is_true(&retval);
		zval_ptr_dtor(&retval);
	}
	zend_string_release(uuid);
	return result;
}

/* The release delay for this attempt: the job's backoff list, else --backoff. */
static zend_long qw_worker_backoff(const qw_job *job, const qw_options *o)
{
	zend_string *list = QW_PAYLOAD_STRING(&job->payload, "backoff");
	zend_long delay;

	if (!list) {
		list = QW_PAYLOAD_STRING(&job->payload, "delay");
	}
	if (!list) {
		return qw_backoff_for(ZSTR_VAL(o->backoff), ZSTR_LEN(o->backoff), qw_job_attempts(job));
	}
	delay = qw_backoff_for(ZSTR_VAL(list), ZSTR_LEN(list), qw_job_attempts(job));
	zend_string_release(list);
	return delay < 0 ? 0 : delay;
}

void qw_worker_after_fatal(qw_worker *w, qw_job *job, const qw_options *o)
{
	zend_string *name = qw_job_resolve_name(job);
	zend_string *id = QW_PAYLOAD_STRING(&job->payload, "id");
	const char *outcome = "was already acknowledged";

	/* Room for what is left to do: the error may be that PHP ran out of memory. */
	zend_set_memory_limit(zend_memory_usage(true) + QW_WORKER_FATAL_MEMORY);
	/* An unwinding fatal error (qw_error_is_fatal_unwind()) goes on unwinding after this. */
	zend_exception_save();
	if (!job->deleted && !job->released) {
		/*
		 * No failer can run now. A last attempt goes back due at once: the
		 * next worker's pop fails it as attempted too many times.
		 */
		zend_long delay = qw_worker_will_exceed(job, o) ? 0 : qw_worker_backoff(job, o);

		if (qw_job_release(job, delay) == SUCCESS) {
			outcome = delay ? "was released, due again after its backoff" : "was released, due at once";
		} else {
			outcome = "could not be released (it comes back after retry_after)";
			zend_clear_exception();
		}
	}
	qw_log("QWorker: job %s (id %s) %s after a PHP fatal error: %s in %s:%d",
		ZSTR_VAL(name), id ? ZSTR_VAL(id) : "none", outcome,
		PG(last_error_message) ? ZSTR_VAL(PG(last_error_message)) : "unknown",
		PG(last_error_file) ? ZSTR_VAL(PG(last_error_file)) : "unknown", PG(last_error_lineno));
	zend_string_release(name);
	if (id) {
		zend_string_release(id);
	}
	qw_queue_set_steady(&w->queue, false);
	zend_exception_restore();
}

/*
 * Exceptions of one attempt, reported after the attempted hook as Laravel's
 * runJob() does after process(): the job's, then those of the exception,
 * released_after_exception and attempted hooks. Each adds at most one, so
 * none is ever dropped.
 */
#define QW_REPORTS_MAX 4

typedef struct {
	zend_object *e[QW_REPORTS_MAX];
	int n;
} qw_reports;

static void qw_reports_add(qw_reports *r, zend_object *e)
{
	ZEND_ASSERT(r->n < QW_REPORTS_MAX);
	r->e[r->n++] = e;
}

/* Releases those not reported yet, from the first index on. */
static void qw_reports_free(qw_reports *r, int from)
{
	int i;

	for (i = from; i < r->n; i++) {
		OBJ_RELEASE(r->e[i]);
	}
	r->n = 0;
}

/* Reports them in order. FAILURE when the exception handler threw. */
static zend_result qw_reports_flush(qw_worker *w, qw_reports *r, zval *zjob)
{
	int i;

	for (i = 0; i < r->n; i++) {
		if (qw_worker_report(w, r->e[i], zjob) == FAILURE) {
			qw_reports_free(r, i + 1);
			return FAILURE;
		}
	}
	r->n = 0;
	return SUCCESS;
}

/* Keeps the exception a hook just threw for the report. FAILURE for exit(), left thrown. */
static zend_result qw_worker_keep(qw_reports *r)
{
	if (qw_error_is_unwind()) {
		return FAILURE;
	}
	qw_reports_add(r, qw_error_take());
	return SUCCESS;
}

/*
 * Laravel's handleJobException(): fail the job when this was its last
 * attempt or exception, call the exception hook, release the job with the
 * backoff unless it is done and call the released_after_exception hook. e
 * (owned) goes to the reports. FAILURE for exit().
 */
static zend_result qw_worker_handle_exception(qw_worker *w, zval *zjob, const qw_options *o, zend_object *e, qw_reports *r)
{
	qw_job *job = Z_QW_JOB_P(zjob);

	qw_reports_add(r, e);
	if (!job->failed) {
		bool reached = false;

		if (qw_worker_will_exceed(job, o)) {
			qw_job_fail(job, e);
		} else if (qw_worker_max_exceptions_reached(w, job, &reached) == SUCCESS && reached) {
			qw_job_fail(job, e);
		}
		if (qw_worker_absorb(w, zjob) == FAILURE) {
			return FAILURE;
		}
	}
	if (qw_hooks_job(&w->hooks, QW_HOOK_EXCEPTION, job->connection, zjob, e) == FAILURE && qw_worker_keep(r) == FAILURE) {
		return FAILURE;
	}
	if (!job->deleted && !job->released && !job->failed) {
		zend_long delay = qw_worker_backoff(job, o);

		if (qw_job_release(job, delay) == FAILURE) {
			/* Not released after all: no hook; the job stays reserved until retry_after. */
			return qw_worker_absorb(w, zjob);
		}
		zval args[4];

		ZVAL_STR(&args[0], job->connection);
		ZVAL_COPY_VALUE(&args[1], zjob);
		ZVAL_LONG(&args[2], delay);
		ZVAL_OBJ(&args[3], e);
		if (qw_hooks_callv(&w->hooks, QW_HOOK_RELEASED_AFTER_EXCEPTION, NULL, 4, args) == FAILURE
			&& qw_worker_keep(r) == FAILURE) {
			return FAILURE;
		}
	}
	return SUCCESS;
}

/* Fails the job at once with e (owned here), then handles e as any job exception. */
static zend_result qw_worker_fail_now(qw_worker *w, zval *zjob, const qw_options *o, zend_object *e, qw_reports *r)
{
	qw_job_fail(Z_QW_JOB_P(zjob), e);
	if (qw_worker_absorb(w, zjob) == FAILURE) {
		OBJ_RELEASE(e);
		return FAILURE;
	}
	return qw_worker_handle_exception(w, zjob, o, e, r);
}

/* The job or a hook around it threw: handle it as a job exception unless it is exit(). */
static zend_result qw_worker_threw(qw_worker *w, zval *zjob, const qw_options *o, qw_reports *r)
{
	if (qw_error_is_unwind()) {
		return FAILURE;
	}
	return qw_worker_handle_exception(w, zjob, o, qw_error_take(), r);
}

/* The run time of a job that started at the monotonic time start: ms, rounded to 2 places as Laravel's. */
static double qw_worker_duration(double start)
{
	return _php_math_round((qw_time_mono() - start) * 1000.0, 2, PHP_ROUND_HALF_UP);
}

/*
 * Laravel's Worker::process() without its finally: one attempt at the job.
 * *duration is set to its run time (ms) once it was fired, thrown or not
 * (0 when no hook is told it).
 */
static zend_result qw_worker_attempt(qw_worker *w, zval *zjob, const qw_options *o, qw_reports *r, double *duration)
{
	qw_job *job = Z_QW_JOB_P(zjob);
	qw_fire_status fired;
	double start;
	bool timed;
	zval args[3];

	if (qw_hooks_job(&w->hooks, QW_HOOK_BEFORE, job->connection, zjob, NULL) == FAILURE) {
		return qw_worker_threw(w, zjob, o, r);
	}
	if (qw_worker_exceeded(job, o)) {
		zend_string *name = qw_job_resolve_name(job);
		zend_object *e = qw_error_make(qw_ce_max_attempts_exception,
			"%s has been attempted too many times or run too long. The job may have previously timed out.", ZSTR_VAL(name));

		zend_string_release(name);
		return qw_worker_fail_now(w, zjob, o, e, r);
	}
	/* Timed only for the hooks that are told the run time. */
	timed = qw_hooks_has(&w->hooks, QW_HOOK_AFTER) || qw_hooks_has(&w->hooks, QW_HOOK_ATTEMPTED);
	start = timed ? qw_time_mono() : 0;
	fired = qw_job_fire(job);
	*duration = timed ? qw_worker_duration(start) : 0;
	switch (fired) {
		case QW_FIRE_OK:
			break;
		case QW_FIRE_INVALID:
			/* Nothing a retry could mend: fail it now, with the reason. */
			return qw_worker_fail_now(w, zjob, o, qw_error_take(), r);
		case QW_FIRE_THREW:
			return qw_worker_threw(w, zjob, o, r);
	}
	ZVAL_STR(&args[0], job->connection);
	ZVAL_COPY_VALUE(&args[1], zjob);
	ZVAL_DOUBLE(&args[2], *duration);
	if (qw_hooks_callv(&w->hooks, QW_HOOK_AFTER, NULL, 3, args) == FAILURE) {
		return qw_worker_threw(w, zjob, o, r);
	}
	return SUCCESS;
}

zend_result qw_worker_process(qw_worker *w, zval *zjob, const qw_options *o)
{
	qw_reports r = {{NULL}, 0};
	double duration = -1;

	if (qw_worker_attempt(w, zjob, o, &r, &duration) == FAILURE) {
		qw_reports_free(&r, 0);
		return FAILURE;
	}
	/* As Laravel's finally: after every attempt that did not exit(). */
	if (qw_hooks_has(&w->hooks, QW_HOOK_ATTEMPTED)) {
		zval args[5];

		ZVAL_STR(&args[0], Z_QW_JOB_P(zjob)->connection);
		ZVAL_COPY_VALUE(&args[1], zjob);
		ZVAL_BOOL(&args[2], r.n > 0);
		if (r.n > 0) {
			ZVAL_OBJ(&args[3], r.e[0]);
		} else {
			ZVAL_NULL(&args[3]);
		}
		if (duration >= 0) {
			ZVAL_DOUBLE(&args[4], duration);
		} else {
			ZVAL_NULL(&args[4]);
		}
		if (qw_hooks_callv(&w->hooks, QW_HOOK_ATTEMPTED, NULL, 5, args) == FAILURE && qw_worker_keep(&r) == FAILURE) {
			qw_reports_free(&r, 0);
			return FAILURE;
		}
	}
	return qw_reports_flush(w, &r, zjob);
}

/*
 * The PHP methods of class QWorker. Each parses its arguments, calls the
 * src/ modules and returns: no Redis call and no Laravel logic here. Queue
 * and connection names are read with Z_PARAM_PATH_STR*, which refuse a NUL
 * byte: a queue name is cut there where it becomes part of a Redis key.
 * Declared (and listed in the class's method table) by qworker_arginfo.h,
 * generated from qworker.stub.php.
 */
#include "php.h"
#include "zend_exceptions.h"

#include "qw_daemon.h"
#include "qw_error.h"
#include "qw_hooks.h"
#include "qw_job.h"
#include "qw_options.h"
#include "qw_payload.h"
#include "qw_monitor.h"
#include "qw_pool.h"
#include "qw_queue.h"
#include "qw_restart.h"
#include "qw_settings.h"
#include "qw_signals.h"
#include "qw_time.h"
#include "qw_worker.h"

/* The worker behind $this. */
#define QW_THIS() Z_QW_WORKER_P(ZEND_THIS)

ZEND_METHOD(QWorker, __construct)
{
	HashTable *settings = NULL;
	qw_worker *w = QW_THIS();

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(settings)
	ZEND_PARSE_PARAMETERS_END();

	if (w->queue.conn.ctx) {
		zend_throw_error(NULL, "QWorker object is already constructed");
		RETURN_THROWS();
	}
	if (settings && qw_settings_apply(w, settings) == FAILURE) {
		RETURN_THROWS();
	}
	qw_conn_connect(&w->queue.conn);
}

/* Parses the options argument (arg_num) into o, initialised here. FAILURE with o freed. */
static zend_result qw_parse_options(qw_options *o, HashTable *options, uint32_t arg_num)
{
	qw_options_init(o);
	if (options && qw_options_parse(o, options, arg_num) == FAILURE) {
		qw_options_free(o);
		return FAILURE;
	}
	return SUCCESS;
}

ZEND_METHOD(QWorker, runNextJob)
{
	zend_string *connection = NULL, *queue = NULL;
	HashTable *options = NULL;
	qw_worker *w = QW_THIS();
	const qw_queue_keys **keys;
	qw_options o;
	zend_result result;
	bool down;
	int n;

	ZEND_PARSE_PARAMETERS_START(0, 3)
		Z_PARAM_OPTIONAL
		Z_PARAM_PATH_STR(connection)
		Z_PARAM_PATH_STR_OR_NULL(queue)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (qw_parse_options(&o, options, 3) == FAILURE) {
		RETURN_THROWS();
	}
	ZVAL_UNDEF(return_value);
	result = qw_options_down(&o, &down);
	if (result == SUCCESS && !down) {
		zend_string *conn = connection ? connection : w->connection_name;

		n = qw_queue_parse_list(&w->queue, queue, &keys);
		result = qw_worker_read_pause(w, conn, keys, n, &o);
		if (result == SUCCESS) {
			result = qw_worker_next_job(w, keys, n, queue ? queue : w->queue.default_queue, conn, return_value);
		}
		efree(keys);
	}
	if (result == SUCCESS && Z_ISUNDEF_P(return_value)) {
		/* No job, or the app is down: queue:work --once sleeps then. */
		if (o.sleep > 0) {
			qw_signals_sleep(o.sleep);
		}
		ZVAL_NULL(return_value);
	} else if (result == SUCCESS) {
		volatile bool fatal = false;

		zend_try {
			if (qw_worker_process(w, return_value, &o) == FAILURE && qw_error_is_fatal_unwind()) {
				qw_worker_after_fatal(w, Z_QW_JOB_P(return_value), &o);
			}
		} zend_catch {
			fatal = true;
		} zend_end_try();
		if (fatal) {
			qw_worker_after_fatal(w, Z_QW_JOB_P(return_value), &o);
			zend_bailout();
		}
	}
	qw_options_free(&o);
}

/*
 * The arguments daemon() and supervise() share: the connection name and the
 * queue list (the worker's defaults for those not given; an empty list is
 * refused) and the options (NULL when not given). FAILURE with the error
 * thrown.
 */
static zend_result qw_loop_args(zend_execute_data *execute_data, qw_worker *w, zend_string **connection,
	zend_string **queue, HashTable **options)
{
	*connection = NULL;
	*queue = NULL;
	*options = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 3)
		Z_PARAM_OPTIONAL
		Z_PARAM_PATH_STR(*connection)
		Z_PARAM_PATH_STR_OR_NULL(*queue)
		Z_PARAM_ARRAY_HT(*options)
	ZEND_PARSE_PARAMETERS_END_EX(return FAILURE);

	if (*queue && ZSTR_LEN(*queue) == 0) {
		zend_argument_value_error(2, "must not be empty");
		return FAILURE;
	}
	if (!*connection) {
		*connection = w->connection_name;
	}
	if (!*queue) {
		*queue = w->queue.default_queue;
	}
	return SUCCESS;
}

ZEND_METHOD(QWorker, daemon)
{
	zend_string *connection, *queue;
	HashTable *options;
	qw_worker *w = QW_THIS();
	zend_long status = QW_EXIT_SUCCESS;
	qw_options o;
	zend_result result;

	if (qw_loop_args(execute_data, w, &connection, &queue, &options) == FAILURE) {
		RETURN_THROWS();
	}
	if (qw_parse_options(&o, options, 3) == FAILURE) {
		RETURN_THROWS();
	}
	result = qw_daemon_run(w, connection, queue, &o, &status);
	qw_options_free(&o);
	if (result == FAILURE) {
		RETURN_THROWS();
	}
	RETURN_LONG(status);
}

ZEND_METHOD(QWorker, supervise)
{
	zend_string *connection, *queue;
	HashTable *options, *daemon_options;
	qw_worker *w = QW_THIS();
	zend_long status = QW_EXIT_SUCCESS;
	qw_scale_options so;
	qw_monitor_options mo;
	qw_options o;
	zend_result result;

	if (qw_loop_args(execute_data, w, &connection, &queue, &options) == FAILURE) {
		RETURN_THROWS();
	}
	/* The workers get the options without the pool's own. */
	daemon_options = options ? zend_array_dup(options) : zend_new_array(0);
	if (qw_scale_take_options(daemon_options, 3, qw_pool_count_queues(queue), &so) == FAILURE
		|| qw_monitor_take_options(daemon_options, 3, &mo) == FAILURE) {
		zend_array_destroy(daemon_options);
		RETURN_THROWS();
	}
	if (qw_parse_options(&o, daemon_options, 3) == FAILURE) {
		qw_monitor_options_free(&mo);
		zend_array_destroy(daemon_options);
		RETURN_THROWS();
	}
	result = qw_pool_run(w, connection, queue, &o, &so, &mo, &status);
	qw_monitor_options_free(&mo);
	qw_options_free(&o);
	zend_array_destroy(daemon_options);
	if (result == FAILURE) {
		RETURN_THROWS();
	}
	RETURN_LONG(status);
}

ZEND_METHOD(QWorker, on)
{
	zend_string *event;
	zend_fcall_info fci = empty_fcall_info;
	zend_fcall_info_cache fcc = empty_fcall_info_cache;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(event)
		Z_PARAM_FUNC_OR_NULL(fci, fcc)
	ZEND_PARSE_PARAMETERS_END();

	if (qw_hooks_set(&QW_THIS()->hooks, event, ZEND_FCI_INITIALIZED(fci) ? &fci.function_name : NULL) == FAILURE) {
		RETURN_THROWS();
	}
}

/*
 * A cache store argument: an array with "driver" (a redis one naming no
 * server uses inherit's, when not NULL), or a callable. FAILURE with an
 * error thrown.
 */
static zend_result qw_cache_store(qw_restart *r, zval *store, bool writable, const qw_conn *inherit)
{
	if (Z_TYPE_P(store) == IS_ARRAY && zend_hash_str_exists(Z_ARRVAL_P(store), "driver", sizeof("driver") - 1)) {
		return qw_settings_cache(r, Z_ARRVAL_P(store), inherit);
	}
	if (!writable && zend_is_callable(store, 0, NULL)) {
		qw_restart_use_callable(r, store);
		return SUCCESS;
	}
	if (Z_TYPE_P(store) == IS_ARRAY) {
		zend_argument_value_error(1, "must have a \"driver\" key (\"redis\" or \"file\")%s", writable ? "" : " or be a callable");
	} else {
		zend_argument_type_error(1, "must be of type array|callable|null, %s given", zend_zval_type_name(store));
	}
	return FAILURE;
}

ZEND_METHOD(QWorker, setCache)
{
	zval *store;
	qw_worker *w = QW_THIS();
	qw_restart r;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(store)
	ZEND_PARSE_PARAMETERS_END();

	qw_restart_init(&r);
	if (Z_TYPE_P(store) != IS_NULL && qw_cache_store(&r, store, false, &w->queue.conn) == FAILURE) {
		qw_restart_free(&r);
		RETURN_THROWS();
	}
	qw_worker_set_restart(w, &r);
}

ZEND_METHOD(QWorker, restart)
{
	zval *store;
	qw_restart r;
	zend_long now = qw_time_now();
	zend_result result;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY(store)
	ZEND_PARSE_PARAMETERS_END();

	qw_restart_init(&r);
	result = qw_cache_store(&r, store, true, NULL);
	if (result == SUCCESS) {
		result = qw_restart_write(&r, now);
	}
	qw_restart_free(&r);
	if (result == FAILURE) {
		RETURN_THROWS();
	}
	RETURN_LONG(now);
}

ZEND_METHOD(QWorker, pop)
{
	zend_string *queue = NULL;
	qw_worker *w = QW_THIS();

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_PATH_STR_OR_NULL(queue)
	ZEND_PARSE_PARAMETERS_END();

	if (qw_worker_pop(w, queue, w->connection_name, return_value) == FAILURE) {
		RETURN_THROWS();
	}
	if (Z_ISUNDEF_P(return_value)) {
		RETURN_NULL();
	}
}

/* push() and later(): build a Laravel payload, then enqueue it now or after delay seconds. */
static void qw_push_job(INTERNAL_FUNCTION_PARAMETERS, bool delayed)
{
	zend_string *job, *queue = NULL, *payload, *id;
	zend_long delay = 0;
	zval *data = NULL, empty;
	HashTable *options = NULL;
	qw_worker *w = QW_THIS();
	const qw_queue_keys *k;
	zend_result result;
	uint32_t first = delayed ? 2 : 1;

	ZEND_PARSE_PARAMETERS_START(first, first + 3)
		if (delayed) {
			Z_PARAM_LONG(delay)
		}
		Z_PARAM_STR(job)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(data)
		Z_PARAM_PATH_STR_OR_NULL(queue)
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (qw_queue_check_delay(delay, 1) == FAILURE) {
		RETURN_THROWS();
	}
	if (ZSTR_LEN(job) == 0) {
		zend_argument_value_error(first, "must not be empty");
		RETURN_THROWS();
	}
	if (!data) {
		ZVAL_EMPTY_STRING(&empty);
		data = &empty;
	}
	if ((payload = qw_payload_create(job, data, options, first + 3, &id)) == NULL) {
		RETURN_THROWS();
	}
	k = qw_queue_keys_for(&w->queue, queue);
	result = delayed ? qw_queue_later(&w->queue, k, payload, delay) : qw_queue_push(&w->queue, k, payload);
	zend_string_release(payload);
	if (result == FAILURE) {
		zend_string_release(id);
		RETURN_THROWS();
	}
	RETURN_STR(id);
}

ZEND_METHOD(QWorker, push)
{
	qw_push_job(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(QWorker, later)
{
	qw_push_job(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

ZEND_METHOD(QWorker, pushRaw)
{
	zend_string *payload, *queue = NULL;
	qw_worker *w = QW_THIS();

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(payload)
		Z_PARAM_OPTIONAL
		Z_PARAM_PATH_STR_OR_NULL(queue)
	ZEND_PARSE_PARAMETERS_END();

	qw_queue_push(&w->queue, qw_queue_keys_for(&w->queue, queue), payload);
}

ZEND_METHOD(QWorker, laterRaw)
{
	zend_string *payload, *queue = NULL;
	zend_long delay;
	qw_worker *w = QW_THIS();

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_LONG(delay)
		Z_PARAM_STR(payload)
		Z_PARAM_OPTIONAL
		Z_PARAM_PATH_STR_OR_NULL(queue)
	ZEND_PARSE_PARAMETERS_END();

	if (qw_queue_check_delay(delay, 1) == FAILURE) {
		RETURN_THROWS();
	}
	qw_queue_later(&w->queue, qw_queue_keys_for(&w->queue, queue), payload, delay);
}

/* size() and clear(): both count the queue's jobs. */
static void qw_count_jobs(INTERNAL_FUNCTION_PARAMETERS, bool clear)
{
	zend_string *queue = NULL;
	qw_worker *w = QW_THIS();
	const qw_queue_keys *k;
	zend_long n = 0;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_PATH_STR_OR_NULL(queue)
	ZEND_PARSE_PARAMETERS_END();

	k = qw_queue_keys_for(&w->queue, queue);
	if ((clear ? qw_queue_clear(&w->queue, k, &n) : qw_queue_size(&w->queue, k, &n)) == FAILURE) {
		RETURN_THROWS();
	}
	RETURN_LONG(n);
}

ZEND_METHOD(QWorker, size)
{
	qw_count_jobs(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

ZEND_METHOD(QWorker, clear)
{
	qw_count_jobs(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

/* setResolver() and friends: store a callable, or forget it with null. */
static void qw_set_callable(INTERNAL_FUNCTION_PARAMETERS, qw_worker_callable which)
{
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_FUNC_OR_NULL(fci, fcc)
	ZEND_PARSE_PARAMETERS_END();

	qw_worker_set_callable(QW_THIS(), which, ZEND_FCI_INITIALIZED(fci) ? &fci.function_name : NULL);
}

ZEND_METHOD(QWorker, setResolver)
{
	qw_set_callable(INTERNAL_FUNCTION_PARAM_PASSTHRU, QW_WORKER_RESOLVER);
}

ZEND_METHOD(QWorker, setFailer)
{
	qw_set_callable(INTERNAL_FUNCTION_PARAM_PASSTHRU, QW_WORKER_FAILER);
}

ZEND_METHOD(QWorker, setExceptionHandler)
{
	qw_set_callable(INTERNAL_FUNCTION_PARAM_PASSTHRU, QW_WORKER_EXCEPTION_HANDLER);
}

ZEND_METHOD(QWorker, setExceptionCounter)
{
	qw_set_callable(INTERNAL_FUNCTION_PARAM_PASSTHRU, QW_WORKER_EXCEPTION_COUNTER);
}

ZEND_METHOD(QWorker, getSettings)
{
	ZEND_PARSE_PARAMETERS_NONE();
	qw_settings_export(QW_THIS(), return_value);
}

#include "php.h"
#include "zend_exceptions.h"

#include "qw_call.h"
#include "qw_error.h"
#include "qw_job.h"
#include "qw_payload.h"

zend_class_entry *qw_ce_job;
static zend_object_handlers qw_job_handlers;

static zend_object *qw_job_new(zend_class_entry *ce)
{
	qw_job *job = zend_object_alloc(sizeof(qw_job), ce);

	zend_object_std_init(&job->std, ce);
	object_properties_init(&job->std, ce);
	ZVAL_UNDEF(&job->payload);
	ZVAL_UNDEF(&job->instance);
	job->std.handlers = &qw_job_handlers;
	return &job->std;
}

static void qw_job_free(zend_object *obj)
{
	qw_job *job = qw_job_from_obj(obj);

	if (job->raw) {
		zend_string_release(job->raw);
	}
	if (job->reserved) {
		zend_string_release(job->reserved);
	}
	if (job->connection) {
		zend_string_release(job->connection);
	}
	zval_ptr_dtor(&job->payload);
	zval_ptr_dtor(&job->instance);
	if (job->worker) {
		OBJ_RELEASE(job->worker);
	}
	zend_object_std_dtor(obj);
}

static HashTable *qw_job_get_gc(zend_object *obj, zval **table, int *n)
{
	qw_job *job = qw_job_from_obj(obj);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();

	zend_get_gc_buffer_add_zval(buf, &job->instance);
	if (job->worker) {
		zend_get_gc_buffer_add_obj(buf, job->worker);
	}
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(obj);
}

void qw_job_register(zend_class_entry *ce)
{
	qw_ce_job = ce;
	ce->create_object = qw_job_new;
	memcpy(&qw_job_handlers, zend_get_std_object_handlers(), sizeof(qw_job_handlers));
	qw_job_handlers.offset = XtOffsetOf(qw_job, std);
	qw_job_handlers.free_obj = qw_job_free;
	qw_job_handlers.get_gc = qw_job_get_gc;
	qw_job_handlers.clone_obj = NULL;
}

void qw_job_create(zval *out, zend_object *worker, const qw_job_env *env, qw_popped *p, zend_string *connection)
{
	qw_job *job;

	object_init_ex(out, qw_ce_job);
	job = Z_QW_JOB_P(out);
	GC_ADDREF(worker);
	job->worker = worker;
	job->env = env;
	job->keys = p->keys;
	qw_popped_take(p, &job->raw, &job->reserved);
	job->connection = zend_string_copy(connection);
	qw_payload_decode(job->raw, &job->payload);
}

zend_long qw_job_attempts(const qw_job *job)
{
	zend_long attempts = 0;

	QW_PAYLOAD_LONG(&job->payload, "attempts", &attempts);
	return attempts < ZEND_LONG_MAX ? attempts + 1 : ZEND_LONG_MAX;
}

bool qw_job_max_tries(const qw_job *job, zend_long *out)
{
	return QW_PAYLOAD_LONG(&job->payload, "maxTries", out);
}

bool qw_job_retry_until(const qw_job *job, zend_long *out)
{
	return QW_PAYLOAD_LONG(&job->payload, "retryUntil", out) || QW_PAYLOAD_LONG(&job->payload, "timeoutAt", out);
}

zend_string *qw_job_resolve_name(const qw_job *job)
{
	zval *name = QW_PAYLOAD_FIND(&job->payload, "displayName");

	if (name && Z_TYPE_P(name) == IS_STRING && Z_STRLEN_P(name) > 0) {
		return zend_string_copy(Z_STR_P(name));
	}
	name = QW_PAYLOAD_FIND(&job->payload, "job");
	if (name && Z_TYPE_P(name) == IS_STRING) {
		return zend_string_copy(Z_STR_P(name));
	}
	return zend_string_init("(invalid payload)", sizeof("(invalid payload)") - 1, 0);
}

/*
 * Splits the payload's `job` into class and method (`fire` when there is no @).
 * Returns FAILURE with an InvalidPayloadException thrown. Caller releases both.
 */
static zend_result qw_job_parse_name(const qw_job *job, zend_string **class_name, zend_string **method)
{
	zval *name;
	const char *at;

	if (Z_TYPE(job->payload) != IS_ARRAY) {
		qw_throw(qw_ce_invalid_payload_exception, "the job payload is not a JSON object");
		return FAILURE;
	}
	if (zend_string_equals(job->raw, job->reserved)) {
		/* The pop script reserves a JSON object as it is only when its cjson could not encode it. */
		qw_throw(qw_ce_invalid_payload_exception, "Redis could not count this attempt: its cjson cannot encode the payload "
			"(a number beyond its range?); failed rather than run with no attempt counted");
		return FAILURE;
	}
	name = QW_PAYLOAD_FIND(&job->payload, "job");
	if (!name || Z_TYPE_P(name) != IS_STRING || Z_STRLEN_P(name) == 0) {
		qw_throw(qw_ce_invalid_payload_exception, "the job payload has no \"job\" string");
		return FAILURE;
	}
	at = memchr(Z_STRVAL_P(name), '@', Z_STRLEN_P(name));
	if (!at) {
		*class_name = zend_string_copy(Z_STR_P(name));
		*method = zend_string_init("fire", sizeof("fire") - 1, 0);
		return SUCCESS;
	}
	*class_name = zend_string_init(Z_STRVAL_P(name), at - Z_STRVAL_P(name), 0);
	*method = zend_string_init(at + 1, Z_STRVAL_P(name) + Z_STRLEN_P(name) - at - 1, 0);
	return SUCCESS;
}

/*
 * Builds the handler: through the resolver when one is set, else `new Class()`.
 * Returns QW_FIRE_INVALID when the class does not exist or cannot be
 * instantiated, QW_FIRE_THREW when the resolver or constructor threw.
 */
static qw_fire_status qw_job_resolve(qw_job *job, zend_string *class_name, zval *instance)
{
	zend_class_entry *ce;

	if (!Z_ISUNDEF_P(job->env->resolver)) {
		zval args[2];

		ZVAL_STR(&args[0], class_name);
		ZVAL_OBJ(&args[1], &job->std);
		if (qw_call(job->env->resolver, instance, 2, args) == FAILURE) {
			return QW_FIRE_THREW;
		}
		if (Z_TYPE_P(instance) != IS_OBJECT) {
			qw_throw(qw_ce_exception, "the resolver returned %s for class \"%s\", expected an object",
				zend_zval_type_name(instance), ZSTR_VAL(class_name));
			zval_ptr_dtor(instance);
			ZVAL_UNDEF(instance);
			return QW_FIRE_THREW;
		}
		return QW_FIRE_OK;
	}
	ce = zend_lookup_class(class_name);
	if (EG(exception)) {
		return QW_FIRE_THREW;
	}
	if (!ce) {
		qw_throw(qw_ce_invalid_payload_exception, "job class \"%s\" not found", ZSTR_VAL(class_name));
		return QW_FIRE_INVALID;
	}
	if (ce->ce_flags & (ZEND_ACC_INTERFACE | ZEND_ACC_TRAIT | ZEND_ACC_EXPLICIT_ABSTRACT_CLASS | ZEND_ACC_IMPLICIT_ABSTRACT_CLASS | ZEND_ACC_ENUM)) {
		qw_throw(qw_ce_invalid_payload_exception, "job class \"%s\" cannot be instantiated", ZSTR_VAL(class_name));
		return QW_FIRE_INVALID;
	}
	if (object_init_ex(instance, ce) == FAILURE) {
		return QW_FIRE_THREW;
	}
	if (ce->constructor) {
		zend_call_known_instance_method_with_0_params(ce->constructor, Z_OBJ_P(instance), NULL);
		if (EG(exception)) {
			zval_ptr_dtor(instance);
			ZVAL_UNDEF(instance);
			return QW_FIRE_THREW;
		}
	}
	return QW_FIRE_OK;
}

/*
 * Parses the payload's `Class@method` and builds the handler into *instance
 * (UNDEF on entry). QW_FIRE_OK with *method set (caller releases);
 * otherwise as qw_job_resolve(), QW_FIRE_INVALID also for a payload with
 * no usable job name, with the exception pending and *method NULL.
 */
static qw_fire_status qw_job_handler(qw_job *job, zval *instance, zend_string **method)
{
	zend_string *class_name;
	qw_fire_status status;

	*method = NULL;
	if (qw_job_parse_name(job, &class_name, method) == FAILURE) {
		return QW_FIRE_INVALID;
	}
	status = qw_job_resolve(job, class_name, instance);
	zend_string_release(class_name);
	if (status != QW_FIRE_OK) {
		zend_string_release(*method);
		*method = NULL;
	}
	return status;
}

qw_fire_status qw_job_fire(qw_job *job)
{
	zend_string *method;
	qw_fire_status status;
	zval callable, args[2], retval, *data;

	zval_ptr_dtor(&job->instance);
	ZVAL_UNDEF(&job->instance);
	status = qw_job_handler(job, &job->instance, &method);
	if (status != QW_FIRE_OK) {
		return status;
	}
	array_init_size(&callable, 2);
	Z_ADDREF(job->instance);
	add_next_index_zval(&callable, &job->instance);
	add_next_index_str(&callable, zend_string_copy(method));
	if (!zend_is_callable(&callable, 0, NULL)) {
		qw_throw(qw_ce_invalid_payload_exception, "job method %s::%s() does not exist",
			ZSTR_VAL(Z_OBJCE(job->instance)->name), ZSTR_VAL(method));
		zval_ptr_dtor(&callable);
		status = QW_FIRE_INVALID;
		goto done;
	}
	ZVAL_OBJ(&args[0], &job->std);
	data = QW_PAYLOAD_FIND(&job->payload, "data");
	if (data) {
		ZVAL_COPY_VALUE(&args[1], data);
	} else {
		ZVAL_NULL(&args[1]);
	}
	status = qw_call(&callable, &retval, 2, args) == SUCCESS ? QW_FIRE_OK : QW_FIRE_THREW;
	zval_ptr_dtor(&retval);
	zval_ptr_dtor(&callable);

done:
	zend_string_release(method);
	return status;
}

void qw_job_mark_failed(qw_job *job)
{
	job->failed = true;
}

zend_result qw_job_delete(qw_job *job)
{
	job->deleted = true;
	return qw_queue_delete(job->env->queue, job->keys, job->reserved);
}

zend_result qw_job_release(qw_job *job, zend_long delay)
{
	job->released = true;
	return qw_queue_release(job->env->queue, job->keys, job->reserved, delay);
}

/*
 * Calls the handler's failed($data, $e, $uuid) when it has one. A payload
 * whose handler cannot be built has nobody to tell: that is not an error.
 */
static zend_result qw_job_call_failed(qw_job *job, zend_object *e)
{
	zend_string *method;
	zval instance, args[3], retval, *v;
	zend_function *fn;
	qw_fire_status status;
	zend_result result = SUCCESS;

	ZVAL_UNDEF(&instance);
	status = qw_job_handler(job, &instance, &method);
	if (method) {
		zend_string_release(method);
	}
	if (status == QW_FIRE_INVALID) {
		zend_clear_exception();
		return SUCCESS;
	}
	if (status == QW_FIRE_THREW) {
		return FAILURE;
	}
	fn = zend_hash_str_find_ptr(&Z_OBJCE(instance)->function_table, "failed", sizeof("failed") - 1);
	if (fn) {
		v = QW_PAYLOAD_FIND(&job->payload, "data");
		if (v) {
			ZVAL_COPY_VALUE(&args[0], v);
		} else {
			ZVAL_NULL(&args[0]);
		}
		ZVAL_OBJ(&args[1], e);
		v = QW_PAYLOAD_FIND(&job->payload, "uuid");
		if (v && Z_TYPE_P(v) == IS_STRING) {
			ZVAL_STR(&args[2], Z_STR_P(v));
		} else {
			ZVAL_EMPTY_STRING(&args[2]);
		}
		zend_call_known_instance_method(fn, Z_OBJ(instance), &retval, 3, args);
		zval_ptr_dtor(&retval);
		if (EG(exception)) {
			result = FAILURE;
		}
	}
	zval_ptr_dtor(&job->instance);
	ZVAL_COPY_VALUE(&job->instance, &instance);
	return result;
}

/* Adds the exception just thrown to *pending (as the newer one). False for exit(), left thrown. */
static bool qw_job_collect(zend_object **pending)
{
	zend_object *e;

	if (qw_error_is_unwind()) {
		return false;
	}
	e = qw_error_take();
	if (*pending) {
		zend_exception_set_previous(e, *pending);
	}
	*pending = e;
	return true;
}

zend_result qw_job_fail(qw_job *job, zend_object *e)
{
	const qw_job_env *env = job->env;
	zend_object *pending = NULL, *manual = NULL;
	zval zjob;

	job->failed = true;
	if (job->deleted) {
		return SUCCESS;
	}
	if (!e) {
		e = manual = qw_error_make(qw_ce_manually_failed_exception, "the job was failed manually");
	}
	ZVAL_OBJ(&zjob, &job->std);
	/*
	 * As Laravel: delete, then failed(); the failer and the failed hook hear
	 * of it whatever they did. Unlike Laravel, a job that released itself
	 * first does not run again: its released copy goes too.
	 */
	if ((qw_job_delete(job) == FAILURE
			|| (job->released && qw_queue_unrelease(env->queue, job->keys, job->reserved) == FAILURE)
			|| qw_job_call_failed(job, e) == FAILURE)
		&& !qw_job_collect(&pending)) {
		goto done;
	}
	if (!Z_ISUNDEF_P(env->failer)) {
		zval args[5], retval;

		ZVAL_STR(&args[0], job->connection);
		ZVAL_STR(&args[1], job->keys->name);
		ZVAL_STR(&args[2], job->raw);
		ZVAL_OBJ(&args[3], e);
		ZVAL_COPY_VALUE(&args[4], &zjob);
		if (qw_call(env->failer, &retval, 5, args) == FAILURE && !qw_job_collect(&pending)) {
			goto done;
		}
		zval_ptr_dtor(&retval);
	}
	if (qw_hooks_job(env->hooks, QW_HOOK_FAILED, job->connection, &zjob, e) == FAILURE && !qw_job_collect(&pending)) {
		goto done;
	}
	if (pending) {
		zend_throw_exception_internal(pending);
		pending = NULL;
	}

done:
	if (manual) {
		OBJ_RELEASE(manual);
	}
	if (pending) {
		OBJ_RELEASE(pending);
	}
	return EG(exception) ? FAILURE : SUCCESS;
}

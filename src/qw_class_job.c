/*
 * The PHP methods of class QWorker\Job, Laravel's Job contract: each reads
 * the job or calls the C API of src/qw_job.c. Declared (and listed in the
 * class's method table) by qworker_arginfo.h, generated from
 * qworker.stub.php.
 */
#include "php.h"
#include "zend_exceptions.h"

#include "qw_job.h"
#include "qw_payload.h"
#include "qw_queue.h"

/* The job behind $this (always initialized: the class is final with a private constructor). */
#define QW_JOB_THIS() qw_job_from_obj(Z_OBJ_P(ZEND_THIS))

ZEND_METHOD(QWorker_Job, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(QWorker_Job, getJobId)
{
	zend_string *id;

	ZEND_PARSE_PARAMETERS_NONE();
	if ((id = QW_PAYLOAD_STRING(&QW_JOB_THIS()->payload, "id")) == NULL) {
		RETURN_NULL();
	}
	RETURN_STR(id);
}

ZEND_METHOD(QWorker_Job, uuid)
{
	zend_string *uuid;

	ZEND_PARSE_PARAMETERS_NONE();
	if ((uuid = QW_PAYLOAD_STRING(&QW_JOB_THIS()->payload, "uuid")) == NULL) {
		RETURN_NULL();
	}
	RETURN_STR(uuid);
}

ZEND_METHOD(QWorker_Job, payload)
{
	qw_job *job = QW_JOB_THIS();

	ZEND_PARSE_PARAMETERS_NONE();
	if (Z_TYPE(job->payload) != IS_ARRAY) {
		RETURN_EMPTY_ARRAY();
	}
	RETURN_COPY(&job->payload);
}

ZEND_METHOD(QWorker_Job, getRawBody)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(QW_JOB_THIS()->raw);
}

ZEND_METHOD(QWorker_Job, getReservedJob)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(QW_JOB_THIS()->reserved);
}

ZEND_METHOD(QWorker_Job, attempts)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(qw_job_attempts(QW_JOB_THIS()));
}

/* Returns an integer payload field, or null. */
static void qw_job_return_long(INTERNAL_FUNCTION_PARAMETERS, const char *key, size_t len)
{
	zend_long v;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!qw_payload_long(&QW_JOB_THIS()->payload, key, len, &v)) {
		RETURN_NULL();
	}
	RETURN_LONG(v);
}

ZEND_METHOD(QWorker_Job, maxTries)
{
	qw_job_return_long(INTERNAL_FUNCTION_PARAM_PASSTHRU, ZEND_STRL("maxTries"));
}

ZEND_METHOD(QWorker_Job, maxExceptions)
{
	qw_job_return_long(INTERNAL_FUNCTION_PARAM_PASSTHRU, ZEND_STRL("maxExceptions"));
}

ZEND_METHOD(QWorker_Job, timeout)
{
	qw_job_return_long(INTERNAL_FUNCTION_PARAM_PASSTHRU, ZEND_STRL("timeout"));
}

ZEND_METHOD(QWorker_Job, retryUntil)
{
	zend_long v;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!qw_job_retry_until(QW_JOB_THIS(), &v)) {
		RETURN_NULL();
	}
	RETURN_LONG(v);
}

ZEND_METHOD(QWorker_Job, backoff)
{
	qw_job *job = QW_JOB_THIS();
	zend_string *backoff;

	ZEND_PARSE_PARAMETERS_NONE();
	if ((backoff = QW_PAYLOAD_STRING(&job->payload, "backoff")) == NULL
		&& (backoff = QW_PAYLOAD_STRING(&job->payload, "delay")) == NULL) {
		RETURN_NULL();
	}
	RETURN_STR(backoff);
}

ZEND_METHOD(QWorker_Job, shouldFailOnTimeout)
{
	zval *v;

	ZEND_PARSE_PARAMETERS_NONE();
	v = QW_PAYLOAD_FIND(&QW_JOB_THIS()->payload, "failOnTimeout");
	RETURN_BOOL(v && zend_is_true(v));
}

ZEND_METHOD(QWorker_Job, getName)
{
	zval *name;

	ZEND_PARSE_PARAMETERS_NONE();
	name = QW_PAYLOAD_FIND(&QW_JOB_THIS()->payload, "job");
	if (name && Z_TYPE_P(name) == IS_STRING) {
		RETURN_STR_COPY(Z_STR_P(name));
	}
	RETURN_EMPTY_STRING();
}

ZEND_METHOD(QWorker_Job, resolveName)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR(qw_job_resolve_name(QW_JOB_THIS()));
}

ZEND_METHOD(QWorker_Job, getQueue)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(QW_JOB_THIS()->keys->name);
}

ZEND_METHOD(QWorker_Job, getConnectionName)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STR_COPY(QW_JOB_THIS()->connection);
}

ZEND_METHOD(QWorker_Job, getResolvedJob)
{
	qw_job *job = QW_JOB_THIS();

	ZEND_PARSE_PARAMETERS_NONE();
	if (Z_ISUNDEF(job->instance)) {
		RETURN_NULL();
	}
	RETURN_COPY(&job->instance);
}

ZEND_METHOD(QWorker_Job, fire)
{
	ZEND_PARSE_PARAMETERS_NONE();
	qw_job_fire(QW_JOB_THIS());
}

ZEND_METHOD(QWorker_Job, delete)
{
	ZEND_PARSE_PARAMETERS_NONE();
	qw_job_delete(QW_JOB_THIS());
}

ZEND_METHOD(QWorker_Job, isDeleted)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(QW_JOB_THIS()->deleted);
}

ZEND_METHOD(QWorker_Job, release)
{
	zend_long delay = 0;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(delay)
	ZEND_PARSE_PARAMETERS_END();
	if (qw_queue_check_delay(delay, 1) == FAILURE) {
		RETURN_THROWS();
	}
	qw_job_release(QW_JOB_THIS(), delay);
}

ZEND_METHOD(QWorker_Job, isReleased)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(QW_JOB_THIS()->released);
}

ZEND_METHOD(QWorker_Job, isDeletedOrReleased)
{
	qw_job *job = QW_JOB_THIS();

	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(job->deleted || job->released);
}

ZEND_METHOD(QWorker_Job, fail)
{
	zend_object *e = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJ_OF_CLASS_OR_NULL(e, zend_ce_throwable)
	ZEND_PARSE_PARAMETERS_END();
	qw_job_fail(QW_JOB_THIS(), e);
}

ZEND_METHOD(QWorker_Job, hasFailed)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_BOOL(QW_JOB_THIS()->failed);
}

ZEND_METHOD(QWorker_Job, markAsFailed)
{
	ZEND_PARSE_PARAMETERS_NONE();
	qw_job_mark_failed(QW_JOB_THIS());
}

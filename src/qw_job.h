/*
 * The QWorker\Job object: one reserved job with the API of Laravel's
 * Illuminate\Contracts\Queue\Job, and the C functions the worker uses on it.
 */
#ifndef QW_JOB_H
#define QW_JOB_H

#include "php.h"
#include "qw_hooks.h"
#include "qw_queue.h"

/*
 * What a job uses of the QWorker that popped it: pointers into that
 * object, which every job of it keeps alive. Filled once by the worker.
 */
typedef struct _qw_job_env {
	qw_queue *queue;
	zval *resolver;               /* fn(string $class, Job $job): object, or UNDEF: `new` */
	zval *failer;                 /* fn($connection, $queue, $payload, $e, $job), or UNDEF */
	qw_hooks *hooks;
} qw_job_env;

typedef struct _qw_job {
	zend_object *worker;          /* the QWorker that popped it; a reference is held */
	const qw_job_env *env;        /* the worker's, valid as long as worker is */
	const qw_queue_keys *keys;    /* its queue's keys, owned by the worker */
	zend_string *raw;             /* the payload as pushed (getRawBody) */
	zend_string *reserved;        /* the copy in :reserved (getReservedJob) */
	zend_string *connection;      /* connection name */
	zval payload;                 /* raw decoded once; UNDEF when not a JSON object */
	zval instance;                /* the resolved handler, UNDEF until resolved */
	bool deleted;
	bool released;
	bool failed;
	zend_object std;
} qw_job;

typedef enum {
	QW_FIRE_OK,       /* the handler returned */
	QW_FIRE_THREW,    /* the handler (or its resolution) threw: exception pending */
	QW_FIRE_INVALID   /* the payload cannot run: InvalidPayloadException pending */
} qw_fire_status;

extern zend_class_entry *qw_ce_job;

static inline qw_job *qw_job_from_obj(zend_object *obj)
{
	return (qw_job *) ((char *) obj - XtOffsetOf(qw_job, std));
}

#define Z_QW_JOB_P(zv) qw_job_from_obj(Z_OBJ_P(zv))

/* Sets the object handlers of QWorker\Job. Called from MINIT after the class is registered. */
void qw_job_register(zend_class_entry *ce);

/*
 * Wraps a popped job; takes p's strings. The job holds a reference to
 * worker, the object env points into.
 */
void qw_job_create(zval *out, zend_object *worker, const qw_job_env *env, qw_popped *p, zend_string *connection);

/* attempts(): the pushed attempts + 1. */
zend_long qw_job_attempts(const qw_job *job);

/* maxTries() etc.: false when the payload does not set them. */
bool qw_job_max_tries(const qw_job *job, zend_long *out);
bool qw_job_retry_until(const qw_job *job, zend_long *out);

/* resolveName(): displayName, else job, else a placeholder. Caller releases. */
zend_string *qw_job_resolve_name(const qw_job *job);

/* Resolves the handler and calls method($job, $data). */
qw_fire_status qw_job_fire(qw_job *job);

/* markAsFailed(): flags it failed, nothing more. */
void qw_job_mark_failed(qw_job *job);

/* Removes the job from :reserved. FAILURE with an exception thrown. */
zend_result qw_job_delete(qw_job *job);

/* Puts the job back, available in delay seconds. FAILURE with an exception thrown. */
zend_result qw_job_release(qw_job *job, zend_long delay);

/*
 * Laravel's Job::fail(): marks it failed, deletes it, calls the handler's
 * failed($data, $e, $uuid) and hands it to the failer. e is borrowed; NULL
 * means a ManuallyFailedException. FAILURE with an exception pending.
 */
zend_result qw_job_fail(qw_job *job, zend_object *e);

#endif

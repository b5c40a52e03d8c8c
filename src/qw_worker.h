/*
 * The QWorker object and what it does with one job: Laravel's
 * Worker::process() (attempt limits, firing, release with backoff, failing)
 * and the callables that stand in for Laravel's container, failer and
 * exception handler.
 */
#ifndef QW_WORKER_H
#define QW_WORKER_H

#include "php.h"
#include "qw_options.h"
#include "qw_queue.h"

typedef struct _qw_worker {
	qw_queue queue;
	zend_string *connection_name; /* the connection name jobs report: settings "connection", "redis" */
	zval resolver;                /* fn(string $class, Job $job): object, or UNDEF: `new` */
	zval failer;                  /* fn($connection, $queue, $payload, $e, $job), or UNDEF */
	zval exception_handler;       /* fn(Throwable $e, ?Job $job), or UNDEF: PHP's error log */
	zend_object std;
} qw_worker;

extern zend_class_entry *qw_ce_worker;

static inline qw_worker *qw_worker_from_obj(zend_object *obj)
{
	return (qw_worker *) ((char *) obj - XtOffsetOf(qw_worker, std));
}

#define Z_QW_WORKER_P(zv) qw_worker_from_obj(Z_OBJ_P(zv))

/* Sets the object handlers of QWorker. Called from MINIT after the class is registered. */
void qw_worker_register(zend_class_entry *ce);

/*
 * Pops the first job of a comma list of queues (NULL: the default queue) and
 * wraps it in a QWorker\Job reporting connection as its connection name.
 * Returns FAILURE with an exception thrown; *job is UNDEF when no job came.
 */
zend_result qw_worker_pop(qw_worker *w, zend_string *queues, zend_string *connection, zval *job);

/*
 * Processes a popped job as Laravel's Worker::process() and runJob() do: fails
 * it when it already exceeds its attempts, fires it, and on an exception
 * fails or releases it with the backoff and reports the exception. Returns
 * FAILURE only when an exception must reach the caller: exit(), or one thrown
 * by the exception handler itself.
 */
zend_result qw_worker_process(qw_worker *w, zval *job, const qw_options *o);

/*
 * Hands an exception to the exception handler (or PHP's error log), taking
 * ownership of ex. Returns FAILURE when the handler threw.
 */
zend_result qw_worker_report(qw_worker *w, zend_object *ex, zval *job);

/* Sleeps for seconds (fractions allowed), going back to sleep after a signal. */
void qw_worker_sleep(double seconds);

/* Calls a callable with argc arguments. Returns FAILURE when it threw; caller owns *retval. */
zend_result qw_worker_call(zval *callable, zval *retval, uint32_t argc, zval *argv);

#endif

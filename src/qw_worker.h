/*
 * The QWorker object and what it does with one job: Laravel's
 * Worker::process() (attempt limits, firing, release with backoff, failing)
 * and the callables that stand in for Laravel's container, failer and
 * exception handler.
 */
#ifndef QW_WORKER_H
#define QW_WORKER_H

#include "php.h"
#include "qw_hooks.h"
#include "qw_job.h"
#include "qw_options.h"
#include "qw_pause.h"
#include "qw_queue.h"
#include "qw_restart.h"

typedef struct _qw_worker {
	qw_queue queue;
	zend_string *connection_name; /* the connection name jobs report: settings "connection", "redis" */
	zval resolver;                /* fn(string $class, Job $job): object, or UNDEF: `new` */
	zval failer;                  /* fn($connection, $queue, $payload, $e, $job), or UNDEF */
	zval exception_handler;       /* fn(Throwable $e, ?Job $job), or UNDEF: PHP's error log */
	zval exception_counter;       /* fn(string $uuid, int $maxExceptions): bool, or UNDEF: counted on the queue's Redis */
	qw_hooks hooks;               /* on() */
	qw_restart restart;           /* setCache(): where the restart signal and the pause keys are read */
	qw_pause pause;               /* the queues found paused, skipped by the pops */
	qw_job_env job_env;           /* what its jobs use of it: points into this object */
	int report_fd;                /* a pool worker's end of the supervisor's report pipe, -1: none */
	zend_object std;
} qw_worker;

/* The callables that stand in for Laravel's services (qw_worker_set_callable()). */
typedef enum {
	QW_WORKER_RESOLVER,
	QW_WORKER_FAILER,
	QW_WORKER_EXCEPTION_HANDLER,
	QW_WORKER_EXCEPTION_COUNTER
} qw_worker_callable;

extern zend_class_entry *qw_ce_worker;

static inline qw_worker *qw_worker_from_obj(zend_object *obj)
{
	return (qw_worker *) ((char *) obj - XtOffsetOf(qw_worker, std));
}

#define Z_QW_WORKER_P(zv) qw_worker_from_obj(Z_OBJ_P(zv))

/* Sets the object handlers of QWorker. Called from MINIT after the class is registered. */
void qw_worker_register(zend_class_entry *ce);

/* The connection name jobs report (copied). */
void qw_worker_set_connection_name(qw_worker *w, zend_string *name);

/* Sets one of the callables (fn is copied), or forgets it (NULL): the default behaviour comes back. */
void qw_worker_set_callable(qw_worker *w, qw_worker_callable which, zval *fn);

/* The fd daemon() writes a report to after each job (qw_report_job()); -1: none. The fd stays the caller's. */
void qw_worker_set_report_fd(qw_worker *w, int fd);

/* Replaces where the restart signal is read; takes r's contents (r must not be freed after). */
void qw_worker_set_restart(qw_worker *w, qw_restart *r);

/*
 * Pops the first job of a comma list of queues (NULL: the default queue) and
 * wraps it in a QWorker\Job reporting connection as its connection name.
 * Returns FAILURE with an exception thrown; *job is UNDEF when no job came.
 */
zend_result qw_worker_pop(qw_worker *w, zend_string *queues, zend_string *connection, zval *job);

/*
 * With the pausable option and a cache store, reads which of the n queues
 * are paused (qw_pause_read()); else forgets it. FAILURE with an exception
 * thrown by the read.
 */
zend_result qw_worker_read_pause(qw_worker *w, zend_string *connection, const qw_queue_keys **keys, int n, const qw_options *o);

/*
 * Laravel's Worker::getNextJob(): the popping hook, the queue_paused and
 * queue_resumed hooks for what changed, the pop of those of n parsed queues
 * not paused at the last read (none when all are), the popped hook (queue
 * is the list as given, for the hooks).
 * FAILURE with an exception thrown by the pop or a hook; a job popped
 * before its hook threw stays reserved, as in Laravel. *job is UNDEF when
 * none came.
 */
zend_result qw_worker_next_job(qw_worker *w, const qw_queue_keys **keys, int n, zend_string *queue, zend_string *connection, zval *job);

/*
 * Processes a popped job as Laravel's Worker::process() and runJob() do: the
 * before hook, fails it when it already exceeds its attempts, fires it, the
 * after hook; on an exception (from the job or those hooks) fails or
 * releases it with the backoff, calls the exception and
 * released_after_exception hooks and reports the exception; then the
 * attempted hook. Returns FAILURE only when an exception must reach the caller:
 * exit(), or one thrown by the exception handler itself.
 */
zend_result qw_worker_process(qw_worker *w, zval *job, const qw_options *o);

/*
 * Hands an exception to the exception handler (or PHP's error log), taking
 * ownership of ex. Returns FAILURE when the handler threw.
 */
zend_result qw_worker_report(qw_worker *w, zend_object *ex, zval *job);

/* Laravel's markJobAsFailedIfWillExceedMaxAttempts() condition: this attempt is the last. */
bool qw_worker_will_exceed(const qw_job *job, const qw_options *o);

/*
 * Counts the exception against the job's maxExceptions, through the
 * exception counter when one is set; *reached when it was the last allowed.
 */
zend_result qw_worker_max_exceptions_reached(qw_worker *w, const qw_job *job, bool *reached);

/*
 * Reports an exception left pending by a step that must not stop the
 * worker. FAILURE when it must reach the caller instead: exit(), or the
 * handler threw.
 */
zend_result qw_worker_absorb(qw_worker *w, zval *job);

/* Memory PHP may use beyond what it holds while a job is dealt with after a fatal error. */
#define QW_WORKER_FATAL_MEMORY (8 * 1024 * 1024)

/*
 * After a PHP fatal error (a bailout) while job was processed: no PHP code
 * may run any more, so the job, unless it was deleted or released already,
 * is released natively with its backoff (due at once when this attempt was
 * its last: the next pop fails it as attempted too many times); the error
 * text goes to the error log with the job's name and id; jobs reserved ahead
 * go back and acknowledgements are sent. The caller goes on with the bailout.
 */
void qw_worker_after_fatal(qw_worker *w, qw_job *job, const qw_options *o);

#endif

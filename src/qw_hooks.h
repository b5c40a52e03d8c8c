/*
 * The PHP callables a user hangs on the worker's events, named after
 * Laravel's queue events (Looping, JobPopping, JobProcessing, ...). An event
 * with no hook costs no PHP call.
 */
#ifndef QW_HOOKS_H
#define QW_HOOKS_H

#include "php.h"

typedef enum {
	QW_HOOK_STARTING,   /* (string $connection, string $queue) */
	QW_HOOK_LOOPING,    /* (string $connection, string $queue): false skips the pass */
	QW_HOOK_POPPING,    /* (string $connection, string $queue) */
	QW_HOOK_POPPED,     /* (string $connection, Job $job) */
	QW_HOOK_IDLE,       /* (string $connection, string $queue): no job this pass, before the sleep */
	QW_HOOK_BEFORE,     /* (string $connection, Job $job) */
	QW_HOOK_AFTER,      /* (string $connection, Job $job, float $duration): the run in ms, 2 decimals */
	QW_HOOK_EXCEPTION,  /* (string $connection, Job $job, Throwable $e) */
	QW_HOOK_RELEASED_AFTER_EXCEPTION, /* (string $connection, Job $job, int $delay, Throwable $e) */
	/* (string $connection, Job $job, bool $exceptionOccurred, ?Throwable $e, ?float $duration): null duration when the job was not run */
	QW_HOOK_ATTEMPTED,
	QW_HOOK_FAILED,     /* (string $connection, Job $job, Throwable $e) */
	QW_HOOK_TIMED_OUT,  /* (string $connection, Job $job, int $timeout): the timeout the alarm used; false keeps the worker */
	/*
	 * (int $status, string $reason, int $jobsProcessed, ?float $lastJobProcessedAt, float $memoryUsage):
	 * jobs popped, the end of the last one on the monotonic clock (hrtime) in seconds
	 * (null before any), memory_get_usage(true) / 1024 / 1024 (int|float, as PHP divides)
	 */
	QW_HOOK_STOPPING,
	QW_HOOK_QUEUE_PAUSED,  /* (string $connection, string $queue) */
	QW_HOOK_QUEUE_RESUMED, /* (string $connection, string $queue) */
	QW_HOOK_INTERRUPTED, /* (int $signal, ?Job $job): SIGTERM, SIGINT, SIGQUIT; SIGALRM at a job's timeout */
	QW_HOOK_PAUSING,    /* (string $connection, string $queue): SIGUSR2 came */
	QW_HOOK_RESUMING,   /* (string $connection, string $queue): SIGCONT came */
	QW_HOOK_COUNT
} qw_hook;

typedef struct _qw_hooks {
	zval fn[QW_HOOK_COUNT];   /* UNDEF: no hook */
} qw_hooks;

void qw_hooks_init(qw_hooks *h);
void qw_hooks_free(qw_hooks *h);

/* Adds the hooks to a GC buffer. */
void qw_hooks_gc(qw_hooks *h, zend_get_gc_buffer *buf);

/* Sets (fn) or removes (NULL) the hook of an event by name. FAILURE with a ValueError for an unknown name. */
zend_result qw_hooks_set(qw_hooks *h, zend_string *event, zval *fn);

static inline bool qw_hooks_has(const qw_hooks *h, qw_hook which)
{
	return !Z_ISUNDEF(h->fn[which]);
}

/*
 * Calls the hook of an event, if any, with argc arguments (borrowed).
 * retval (may be NULL) receives what it returned, UNDEF without a hook.
 * FAILURE when it threw.
 */
zend_result qw_hooks_callv(qw_hooks *h, qw_hook which, zval *retval, uint32_t argc, zval *argv);

/* qw_hooks_callv() with two arguments and an optional third (c may be NULL). */
zend_result qw_hooks_call(qw_hooks *h, qw_hook which, zval *retval, zval *a, zval *b, zval *c);

/* Calls a job event's hook: (connection, job[, e]). */
zend_result qw_hooks_job(qw_hooks *h, qw_hook which, zend_string *connection, zval *job, zend_object *e);

/* Calls a worker event's hook: (connection, queue); retval as qw_hooks_call(). */
zend_result qw_hooks_worker(qw_hooks *h, qw_hook which, zval *retval, zend_string *connection, zend_string *queue);

#endif

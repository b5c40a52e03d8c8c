#include "php.h"

#include <signal.h>
#include "SAPI.h"
#include "zend_exceptions.h"

#include "qw_daemon.h"
#include "qw_error.h"
#include "qw_hooks.h"
#include "qw_job.h"
#include "qw_pause.h"
#include "qw_payload.h"
#include "qw_report.h"
#include "qw_signals.h"
#include "qw_time.h"

#if PHP_VERSION_ID >= 80200
typedef zend_atomic_bool qw_vm_flag;
# define QW_VM_INTERRUPT(flag) zend_atomic_bool_store_ex((flag), true)
#else
typedef volatile zend_bool qw_vm_flag;
# define QW_VM_INTERRUPT(flag) (*(flag) = 1)
#endif

/* One daemon() call. */
typedef struct _qw_run {
	qw_worker *w;
	const qw_options *o;
	zend_string *connection;
	zend_string *queue;          /* the list as given, for hooks */
	const qw_queue_keys **keys;  /* parsed once */
	int n;
	zval *job;                   /* the job in hand, or NULL */
	qw_job *job_obj;             /* the same job, reachable after a bailout left its zval's frame */
	zend_long jobs;              /* jobs popped */
	double started;
	double last_job_at;          /* when the last job ended, else started */
	bool job_done;               /* last_job_at is the end of a job */
	zend_long timeout;           /* the alarm of the job in hand, in seconds */
	bool in_signal_hooks;        /* qw_daemon_signal_hooks() runs: a signal that comes then waits for it */
	double backoff;              /* the pause after the last failed pop, 0 after one that worked */
	bool restart_known;          /* a first value of the restart signal was read */
	zend_string *restart;        /* that value, NULL when absent */
	double restart_read_at;
} qw_run;

/*
 * The process's one daemon() (signals and the alarm are process-wide): the
 * slot, claimed under qw_daemon_lock; its thread's EG(vm_interrupt), which
 * the SIGALRM handler sets from whichever thread takes the signal; its run.
 */
static bool qw_daemon_busy;
static qw_vm_flag *qw_daemon_vm_interrupt;
static qw_run *qw_daemon_current;
#ifdef ZTS
static MUTEX_T qw_daemon_lock;
#endif
static volatile sig_atomic_t qw_daemon_timed_out;
static void (*qw_daemon_prev_interrupt)(zend_execute_data *execute_data);

/* In the SIGALRM handler: flag it and have the daemon's VM call qw_daemon_interrupt() at its next opcode. */
static void qw_daemon_on_timeout(void)
{
	qw_vm_flag *vm_interrupt = qw_daemon_vm_interrupt;

	qw_daemon_timed_out = 1;
	if (vm_interrupt) {
		QW_VM_INTERRUPT(vm_interrupt);
	}
}

/* In the handler of any other of our signals: have the daemon's VM call qw_daemon_interrupt() at its next opcode. */
static void qw_daemon_on_signal(void)
{
	qw_vm_flag *vm_interrupt = qw_daemon_vm_interrupt;

	if (vm_interrupt) {
		QW_VM_INTERRUPT(vm_interrupt);
	}
}

/* An exception pending after a step of the time-out: reported (or dropped if the handler throws). False for exit(). */
static bool qw_daemon_settle(qw_worker *w, zval *job)
{
	if (EG(exception) && qw_worker_absorb(w, job) == FAILURE) {
		if (qw_error_is_unwind()) {
			return false;
		}
		zend_clear_exception();
	}
	return true;
}

/* Calls the stopping hook: (status, reason, jobs processed, last job's end or null, memory in MB as Laravel computes it). */
static zend_result qw_daemon_stopping(qw_run *run, zend_long status, const char *reason)
{
	zval args[5];
	zend_result result;

	/* What the stopping hook sees of Redis is final, even when it ends the process (a timeout). */
	qw_queue_unpop(&run->w->queue);
	qw_queue_flush(&run->w->queue);
	if (!qw_hooks_has(&run->w->hooks, QW_HOOK_STOPPING)) {
		return SUCCESS;
	}
	ZVAL_LONG(&args[0], status);
	ZVAL_STRING(&args[1], reason);
	ZVAL_LONG(&args[2], run->jobs);
	if (run->job_done) {
		ZVAL_DOUBLE(&args[3], run->last_job_at);
	} else {
		ZVAL_NULL(&args[3]);
	}
	/* PHP's memory_get_usage(true) / 1024 / 1024: an int when whole */
	if (zend_memory_usage(true) % (1024 * 1024) == 0) {
		ZVAL_LONG(&args[4], (zend_long) (zend_memory_usage(true) / (1024 * 1024)));
	} else {
		ZVAL_DOUBLE(&args[4], (double) zend_memory_usage(true) / 1024.0 / 1024.0);
	}
	result = qw_hooks_callv(&run->w->hooks, QW_HOOK_STOPPING, NULL, 5, args);
	zval_ptr_dtor(&args[1]);
	return result;
}

/* Calls the interrupted hook: (signal, the job in hand or null). */
static zend_result qw_daemon_interrupted(qw_run *run, int signo)
{
	zval args[2];

	ZVAL_LONG(&args[0], signo);
	if (run->job) {
		ZVAL_COPY_VALUE(&args[1], run->job);
	} else {
		ZVAL_NULL(&args[1]);
	}
	return qw_hooks_callv(&run->w->hooks, QW_HOOK_INTERRUPTED, NULL, 2, args);
}

/*
 * Calls the hooks of the signals that came since the last call, in order:
 * interrupted (SIGTERM, SIGINT, SIGQUIT), pausing (SIGUSR2), resuming
 * (SIGCONT). Runs from the loop, and at the next opcode while a job runs
 * (as Laravel's async signal handlers). FAILURE with the exception of a
 * hook that threw; the signals after it wait for the next call.
 */
static zend_result qw_daemon_signal_hooks(qw_run *run)
{
	zend_result result = SUCCESS;
	int signo;

	if (run->in_signal_hooks) {
		return SUCCESS;
	}
	run->in_signal_hooks = true;
	while (result == SUCCESS && (signo = qw_signals_next()) != 0) {
		if (signo == SIGUSR2 || signo == SIGCONT) {
			result = qw_hooks_worker(&run->w->hooks, signo == SIGUSR2 ? QW_HOOK_PAUSING : QW_HOOK_RESUMING,
				NULL, run->connection, run->queue);
		} else {
			result = qw_daemon_interrupted(run, signo);
		}
	}
	run->in_signal_hooks = false;
	return result;
}

/*
 * Laravel's timeout handler: the interrupted hook with SIGALRM, fail the job
 * if this was its last attempt or exception, or it fails on timeout; the
 * timed_out and stopping hooks; then exit(1), thrown as PHP's exit so that
 * shutdown functions run. When the timed_out hook returns false the worker
 * lives on instead: in_job (the alarm stopped the job's own PHP code) throws
 * the TimeoutExceededException there, to be handled as the job's.
 */
static void qw_daemon_time_out(qw_run *run, bool in_job)
{
	qw_worker *w = run->w;
	zval *zjob = run->job;
	qw_job *job = Z_QW_JOB_P(zjob);
	zend_string *name = qw_job_resolve_name(job);
	zend_object *e = qw_error_make(qw_ce_timeout_exception, "%s has timed out.", ZSTR_VAL(name));
	zval *fail_on_timeout = QW_PAYLOAD_FIND(&job->payload, "failOnTimeout");
	bool reached = false, fail;
	zval args[3], rv;

	zend_string_release(name);
	qw_daemon_timed_out = 0;
	qw_signals_alarm(0);
	if (!qw_daemon_settle(w, zjob)) {
		run->job = NULL;
		goto out;
	}
	/* As Laravel 13: the job is told of the alarm first. */
	if (qw_hooks_has(&w->hooks, QW_HOOK_INTERRUPTED)) {
		qw_daemon_interrupted(run, SIGALRM);
	}
	run->job = NULL;
	if (!qw_daemon_settle(w, zjob)) {
		goto out;
	}
	/* The timeout counts as one of its maxExceptions, whatever else fails it. */
	fail = qw_worker_max_exceptions_reached(w, job, &reached) == SUCCESS && reached;
	if (!qw_daemon_settle(w, zjob)) {
		goto out;
	}
	if (fail || qw_worker_will_exceed(job, run->o) || (fail_on_timeout && zend_is_true(fail_on_timeout))) {
		qw_job_fail(job, e);
	}
	if (!qw_daemon_settle(w, zjob)) {
		goto out;
	}
	ZVAL_STR(&args[0], job->connection);
	ZVAL_COPY_VALUE(&args[1], zjob);
	ZVAL_LONG(&args[2], run->timeout);
	qw_hooks_callv(&w->hooks, QW_HOOK_TIMED_OUT, &rv, 3, args);
	if (!qw_daemon_settle(w, zjob)) {
		zval_ptr_dtor(&rv);
		goto out;
	}
	if (Z_TYPE(rv) == IS_FALSE) {
		/* Kept alive (Laravel's $killOnTimeout off): the job gets the exception, if it still runs PHP. */
		if (in_job) {
			zval ex;

			ZVAL_OBJ(&ex, e);
			zend_throw_exception_object(&ex);
			return;
		}
		goto out;
	}
	zval_ptr_dtor(&rv);
	qw_daemon_stopping(run, QW_EXIT_ERROR, "timed_out");
	if (!qw_daemon_settle(w, zjob)) {
		goto out;
	}
	EG(exit_status) = QW_EXIT_ERROR;
	zend_throw_unwind_exit();
out:
	OBJ_RELEASE(e);
}

/* Every thread's VM interrupt: only the daemon's own thread acts on its timeout. */
static void qw_daemon_interrupt(zend_execute_data *execute_data)
{
	if (qw_daemon_prev_interrupt) {
		qw_daemon_prev_interrupt(execute_data);
	}
	if (qw_daemon_timed_out && qw_daemon_vm_interrupt == &EG(vm_interrupt)
		&& qw_daemon_current && qw_daemon_current->job && !EG(exception)) {
		qw_daemon_time_out(qw_daemon_current, true);
	}
	/* As Laravel's async signal handlers: the hooks of a signal run while the job does. */
	if (qw_daemon_vm_interrupt == &EG(vm_interrupt) && qw_daemon_current && qw_daemon_current->job && !EG(exception)) {
		qw_daemon_signal_hooks(qw_daemon_current);
	}
}

void qw_daemon_startup(void)
{
#ifdef ZTS
	qw_daemon_lock = tsrm_mutex_alloc();
#endif
	qw_daemon_prev_interrupt = zend_interrupt_function;
	zend_interrupt_function = qw_daemon_interrupt;
}

void qw_daemon_shutdown(void)
{
	if (zend_interrupt_function == qw_daemon_interrupt) {
		zend_interrupt_function = qw_daemon_prev_interrupt;
	}
#ifdef ZTS
	tsrm_mutex_free(qw_daemon_lock);
#endif
}

/*
 * Takes the process's daemon slot for this thread. FAILURE with an Error
 * thrown outside the CLI and phpdbg SAPIs, or while a daemon() runs, in
 * this thread or another.
 */
static zend_result qw_daemon_claim(void)
{
	bool busy;

	if (strcmp(sapi_module.name, "cli") != 0 && strcmp(sapi_module.name, "phpdbg") != 0) {
		zend_throw_error(NULL, "QWorker::daemon() runs only in the CLI, not in the %s SAPI: "
			"its signals and job alarm would belong to the whole server", sapi_module.name);
		return FAILURE;
	}
#ifdef ZTS
	tsrm_mutex_lock(qw_daemon_lock);
#endif
	busy = qw_daemon_busy;
	if (!busy) {
		qw_daemon_busy = true;
		qw_daemon_vm_interrupt = &EG(vm_interrupt);
	}
#ifdef ZTS
	tsrm_mutex_unlock(qw_daemon_lock);
#endif
	if (busy) {
		zend_throw_error(NULL, "QWorker::daemon() is already running");
		return FAILURE;
	}
	return SUCCESS;
}

/* Gives the process's daemon slot back. */
static void qw_daemon_release(void)
{
#ifdef ZTS
	tsrm_mutex_lock(qw_daemon_lock);
#endif
	qw_daemon_vm_interrupt = NULL;
	qw_daemon_busy = false;
#ifdef ZTS
	tsrm_mutex_unlock(qw_daemon_lock);
#endif
}

/*
 * Reads the cache store at most once a second unless force: the restart
 * signal (the restartable option), *changed when it differs from the first
 * value read; and which queues are paused (pausable), in the same MGET on a
 * Redis store. A queue found newly paused sends the jobs reserved ahead
 * back first: none of them runs while its queue is paused. Read errors are
 * reported and change nothing. FAILURE when an exception must end the
 * worker.
 */
static zend_result qw_daemon_poll(qw_run *run, bool force, bool *changed)
{
	qw_worker *w = run->w;
	double now = qw_time_mono();
	bool restart = run->o->restartable && qw_restart_enabled(&w->restart);
	bool pause = run->o->pausable && qw_restart_enabled(&w->restart);
	bool newly = false;
	zend_string *value = NULL;
	zend_result result;

	*changed = false;
	if ((!restart && !pause) || (!force && now - run->restart_read_at < QW_DAEMON_RESTART_EVERY)) {
		return SUCCESS;
	}
	run->restart_read_at = now;
	if (pause) {
		result = qw_pause_read(&w->pause, &w->restart, run->connection, run->keys, run->n, run->o->pause_all,
			restart ? &value : NULL, &newly);
	} else {
		result = qw_restart_read(&w->restart, &value);
	}
	if (result == FAILURE) {
		return qw_error_is_unwind() ? FAILURE : qw_worker_report(w, qw_error_take(), NULL);
	}
	if (newly) {
		qw_queue_unpop(&w->queue);
	}
	if (!restart) {
		return SUCCESS;
	}
	if (!run->restart_known) {
		run->restart_known = true;
		run->restart = value;
		return SUCCESS;
	}
	*changed = value && run->restart ? !zend_string_equals(value, run->restart) : value != run->restart;
	if (value) {
		zend_string_release(value);
	}
	return SUCCESS;
}

/*
 * Laravel's stopIfNecessary(): *reason is set (and *status) when the worker
 * must stop. had_job tells whether this pass ran a job.
 */
static zend_result qw_daemon_stop_check(qw_run *run, bool had_job, zend_long *status, const char **reason)
{
	const qw_options *o = run->o;
	double now;
	bool restarted;

	*status = QW_EXIT_SUCCESS;
	*reason = NULL;
	if (qw_signals_quit()) {
		*reason = "interrupted";
		return SUCCESS;
	}
	if (o->memory > 0 && (double) zend_memory_usage(true) >= (double) o->memory * 1024.0 * 1024.0) {
		*status = QW_EXIT_MEMORY_LIMIT;
		*reason = "max_memory_exceeded";
		return SUCCESS;
	}
	if (qw_daemon_poll(run, false, &restarted) == FAILURE) {
		return FAILURE;
	}
	now = qw_time_mono();
	if (restarted) {
		*reason = "received_restart_signal";
	} else if (o->stop_when_empty && !had_job) {
		*reason = "queue_empty";
	} else if (o->stop_when_empty_for > 0 && !had_job && now - run->last_job_at >= (double) o->stop_when_empty_for) {
		*reason = "queue_empty_for";
	} else if (o->max_time > 0 && now - run->started >= (double) o->max_time) {
		*reason = "max_time_exceeded";
	} else if (o->max_jobs > 0 && run->jobs >= o->max_jobs) {
		*reason = "max_jobs_exceeded";
	}
	return SUCCESS;
}

/* Laravel's daemonShouldRun(), inverted: down for maintenance, paused, or the looping hook said false. */
static zend_result qw_daemon_skip(qw_run *run, bool *skip)
{
	zval rv;
	bool down;

	*skip = false;
	if (qw_options_down(run->o, &down) == FAILURE) {
		return FAILURE;
	}
	if (down || qw_signals_paused()) {
		*skip = true;
		return SUCCESS;
	}
	if (qw_hooks_worker(&run->w->hooks, QW_HOOK_LOOPING, &rv, run->connection, run->queue) == FAILURE) {
		return FAILURE;
	}
	*skip = Z_TYPE(rv) == IS_FALSE;
	zval_ptr_dtor(&rv);
	return SUCCESS;
}

/* The job's payload timeout, else the option. */
static zend_long qw_daemon_timeout_for(zval *zjob, const qw_options *o)
{
	zend_long timeout;

	if (QW_PAYLOAD_LONG(&Z_QW_JOB_P(zjob)->payload, "timeout", &timeout)) {
		return timeout;
	}
	return o->timeout;
}

/* Processes a popped job under its timeout. FAILURE when an exception must end the worker. */
static zend_result qw_daemon_run_job(qw_run *run, zval *job)
{
	zend_result result;
	bool report = run->w->report_fd >= 0;
	/* timed only for a pool worker's report */
	double wall = report ? qw_time_wall() : 0, started = report ? qw_time_mono() : 0;

	run->jobs++;
	run->job = job;
	run->job_obj = Z_QW_JOB_P(job);
	run->timeout = qw_daemon_timeout_for(job, run->o);
	qw_signals_alarm(run->timeout);
	result = qw_worker_process(run->w, job, run->o);
	qw_signals_alarm(0);
	if (result == FAILURE && qw_error_is_fatal_unwind()) {
		qw_worker_after_fatal(run->w, run->job_obj, run->o);
	}
	if (result == SUCCESS && qw_daemon_timed_out && run->job) {
		/* the alarm came while C code ran: no opcode took the interrupt */
		qw_daemon_time_out(run, false);
		result = EG(exception) ? FAILURE : SUCCESS;
	}
	if (report && !qw_error_is_fatal_unwind()) {
		qw_report_job(run->w->report_fd, run->job_obj, wall, qw_time_mono() - started);
	}
	run->job = NULL;
	run->job_obj = NULL;
	run->last_job_at = qw_time_mono();
	run->job_done = true;
	return result;
}

/* Sleeps as the loop does, the deferred acknowledgements sent first: none waits out a sleep. */
static void qw_daemon_sleep(qw_run *run, double seconds)
{
	qw_queue_flush(&run->w->queue);
	qw_signals_sleep(seconds);
}

/* One pass after the skip checks: pop, run or idle. *had_job tells which. */
static zend_result qw_daemon_pass(qw_run *run, bool *had_job)
{
	qw_worker *w = run->w;
	zval job;
	zend_result result;

	*had_job = false;
	/*
	 * A signal already seen must not cut the blocking pop short; one that
	 * comes after the flags are read here still does.
	 */
	qw_signals_drain();
	if (qw_signals_quit() || qw_signals_paused()) {
		return SUCCESS;
	}
	/* No job is reserved ahead that max_jobs would leave unrun. */
	qw_queue_set_prefetch(&w->queue, run->o->max_jobs > 0 ? MIN(run->o->prefetch, run->o->max_jobs - run->jobs) : run->o->prefetch);
	if (qw_worker_next_job(w, run->keys, run->n, run->queue, run->connection, &job) == FAILURE) {
		/* Laravel reports a pop error and sleeps; a dead Redis is retried less and less often. */
		if (qw_error_is_unwind() || qw_worker_report(w, qw_error_take(), NULL) == FAILURE) {
			return FAILURE;
		}
		run->backoff = run->backoff > 0 ? MIN(run->backoff * 2, QW_DAEMON_MAX_BACKOFF) : 1;
		qw_daemon_sleep(run, run->backoff);
		return SUCCESS;
	}
	run->backoff = 0;
	if (Z_ISUNDEF(job)) {
		if (qw_hooks_worker(&w->hooks, QW_HOOK_IDLE, NULL, run->connection, run->queue) == FAILURE) {
			return FAILURE;
		}
		/* With block_for, the blocking pop was the wait, unless every queue is paused and none was popped. */
		if ((w->queue.block_for < 0 || qw_pause_all_of(&w->pause, run->keys, run->n)) && run->o->sleep > 0) {
			qw_daemon_sleep(run, run->o->sleep);
		}
		return SUCCESS;
	}
	*had_job = true;
	result = qw_daemon_run_job(run, &job);
	zval_ptr_dtor(&job);
	if (result == SUCCESS && run->o->rest > 0) {
		qw_daemon_sleep(run, run->o->rest);
	}
	return result;
}

static zend_result qw_daemon_loop(qw_run *run, zend_long *status)
{
	const char *reason = NULL;
	bool changed;

	if (!run->o->pausable || !qw_restart_enabled(&run->w->restart)) {
		qw_pause_clear(&run->w->pause);
	}
	if (qw_daemon_poll(run, true, &changed) == FAILURE
		|| qw_hooks_worker(&run->w->hooks, QW_HOOK_STARTING, NULL, run->connection, run->queue) == FAILURE) {
		return FAILURE;
	}
	while (!reason) {
		bool skip, had_job = false;

		if (qw_daemon_signal_hooks(run) == FAILURE || qw_daemon_skip(run, &skip) == FAILURE) {
			return FAILURE;
		}
		if (skip) {
			/* Jobs reserved ahead are not kept waiting out a pause or maintenance. */
			qw_queue_unpop(&run->w->queue);
			qw_daemon_sleep(run, run->o->sleep > 0 ? run->o->sleep : 1);
		} else if (qw_daemon_pass(run, &had_job) == FAILURE) {
			return FAILURE;
		}
		if (qw_daemon_signal_hooks(run) == FAILURE || qw_daemon_stop_check(run, had_job, status, &reason) == FAILURE) {
			return FAILURE;
		}
	}
	return qw_daemon_stopping(run, *status, reason);
}

/* Runs the loop; true when a PHP fatal error (a bailout) ended it instead. */
static bool qw_daemon_loop_bailed(qw_run *run, zend_long *status, zend_result *result)
{
	volatile bool bailed = false;

	zend_try {
		*result = qw_daemon_loop(run, status);
	} zend_catch {
		bailed = true;
	} zend_end_try();
	return bailed;
}

zend_result qw_daemon_run(qw_worker *w, zend_string *connection, zend_string *queue, const qw_options *o, zend_long *status)
{
	qw_run run;
	zend_result result = FAILURE;
	bool fatal;

	memset(&run, 0, sizeof(run));
	if (qw_daemon_claim() == FAILURE) {
		return FAILURE;
	}
	qw_daemon_timed_out = 0;
	if (qw_signals_start(qw_daemon_on_timeout, qw_daemon_on_signal) == FAILURE) {
		qw_daemon_release();
		return FAILURE;
	}
	run.w = w;
	run.o = o;
	run.connection = connection;
	run.queue = queue;
	run.n = qw_queue_parse_list(&w->queue, queue, &run.keys);
	run.started = run.last_job_at = qw_time_mono();
	qw_daemon_current = &run;
	qw_queue_set_wake_fd(&w->queue, qw_signals_wake_fd());
	qw_queue_set_steady(&w->queue, true);

	fatal = qw_daemon_loop_bailed(&run, status, &result);
	if (fatal) {
		/* A PHP fatal error: the process ends, but not before the jobs in hand are dealt with. */
		qw_signals_alarm(0);
		if (run.job_obj) {
			qw_worker_after_fatal(w, run.job_obj, o);
		}
	}
	qw_queue_set_steady(&w->queue, false);
	qw_queue_set_wake_fd(&w->queue, -1);
	qw_daemon_current = NULL;
	qw_signals_stop();
	qw_daemon_release();
	efree(run.keys);
	if (run.restart) {
		zend_string_release(run.restart);
	}
	if (fatal) {
		zend_bailout();
	}
	return result;
}

#include "php.h"
#include "SAPI.h"
#include "main/php_output.h"
#include "zend_exceptions.h"

#ifndef PHP_WIN32
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#endif

#include "qw_conn.h"
#include "qw_daemon.h"
#include "qw_error.h"
#include "qw_monitor.h"
#include "qw_number.h"
#include "qw_pool.h"
#include "qw_restart.h"
#include "qw_signals.h"
#include "qw_time.h"

zend_result qw_pool_take_options(HashTable *options, uint32_t arg_num, zend_long *processes)
{
	zval *v = zend_hash_str_find_deref(options, "processes", sizeof("processes") - 1);
	zend_long l = 0;
	double d;

	*processes = 1;
	if (!v) {
		return SUCCESS;
	}
	switch (qw_number(v, &l, &d)) {
		case IS_LONG:
			break;
		case IS_DOUBLE:
			if (d != floor(d)) {
				zend_argument_value_error(arg_num, "key \"processes\" must be an integer");
				return FAILURE;
			}
			l = d < 1 ? 0 : d > QW_POOL_MAX_PROCESSES ? QW_POOL_MAX_PROCESSES + 1 : (zend_long) d;
			break;
		default:
			zend_argument_value_error(arg_num, "key \"processes\" must be a number, %s given", zend_zval_type_name(v));
			return FAILURE;
	}
	if (l < 1 || l > QW_POOL_MAX_PROCESSES) {
		zend_argument_value_error(arg_num, "key \"processes\" must be between 1 and %d", QW_POOL_MAX_PROCESSES);
		return FAILURE;
	}
	*processes = l;
	zend_hash_str_del(options, "processes", sizeof("processes") - 1);
	return SUCCESS;
}

#ifndef PHP_WIN32

/* One worker slot of the pool. */
typedef struct _qw_pool_slot {
	double started;     /* when its worker was forked */
	double backoff;     /* the wait before the last replacement, 0 after a worker that lived */
	double not_before;  /* no fork before this time */
} qw_pool_slot;

static const int qw_pool_sigs[] = {SIGTERM, SIGINT, SIGQUIT, SIGUSR2, SIGCONT, SIGCHLD};
#define QW_POOL_NSIGS (sizeof(qw_pool_sigs) / sizeof(qw_pool_sigs[0]))

/*
 * The supervisor's state the signal handler reads: the workers' pids (0: a
 * free slot), written only with the signals blocked; the stop signal that
 * came (0: none); whether the pool is paused; the wake pipe.
 */
static volatile pid_t qw_pool_pids[QW_POOL_MAX_PROCESSES];
static volatile sig_atomic_t qw_pool_n, qw_pool_quit, qw_pool_paused;
static int qw_pool_pipe[2] = {-1, -1};
static struct sigaction qw_pool_old[QW_POOL_NSIGS];
static bool qw_pool_busy;

/* Blocks (how SIG_BLOCK) or unblocks (SIG_UNBLOCK) the signals the supervisor handles. */
static void qw_pool_mask(int how)
{
	sigset_t set;
	size_t i;

	sigemptyset(&set);
	for (i = 0; i < QW_POOL_NSIGS; i++) {
		sigaddset(&set, qw_pool_sigs[i]);
	}
	sigprocmask(how, &set, NULL);
}

/* Sends signo to every worker. Async-signal-safe. */
static void qw_pool_forward(int signo)
{
	int i;

	for (i = 0; i < qw_pool_n; i++) {
		pid_t pid = qw_pool_pids[i];

		if (pid > 0) {
			kill(pid, signo);
		}
	}
}

/* The supervisor's handler: forwards the stop and pause signals at once, notes them, wakes the loop. */
static void qw_pool_handler(int signo)
{
	int saved = errno;

	switch (signo) {
		case SIGTERM:
		case SIGINT:
		case SIGQUIT:
			qw_pool_quit = signo;
			qw_pool_forward(signo);
			break;
		case SIGUSR2:
			qw_pool_paused = 1;
			qw_pool_forward(signo);
			break;
		case SIGCONT:
			qw_pool_paused = 0;
			qw_pool_forward(signo);
			break;
	}
	if (qw_pool_pipe[1] >= 0) {
		(void) !write(qw_pool_pipe[1], "", 1);
	}
	errno = saved;
}

/* Puts the handlers in place before the pool back and closes the wake pipe. */
static void qw_pool_undo(void)
{
	size_t i;

	for (i = 0; i < QW_POOL_NSIGS; i++) {
		qw_signals_sigaction(qw_pool_sigs[i], &qw_pool_old[i], NULL);
	}
	close(qw_pool_pipe[0]);
	close(qw_pool_pipe[1]);
	qw_pool_pipe[0] = qw_pool_pipe[1] = -1;
}

/* Opens the wake pipe and installs the handlers (the signals stay blocked). FAILURE with a QWorker\Exception thrown. */
static zend_result qw_pool_setup(void)
{
	struct sigaction sa;
	size_t i;

	if (qw_signals_open_pipe(qw_pool_pipe, "QWorker::supervise()") == FAILURE) {
		return FAILURE;
	}
	qw_pool_quit = qw_pool_paused = 0;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = qw_pool_handler;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < QW_POOL_NSIGS; i++) {
		qw_signals_sigaction(qw_pool_sigs[i], &sa, &qw_pool_old[i]);
	}
	return SUCCESS;
}

/* Empties the wake pipe. */
static void qw_pool_drain(void)
{
	char buf[64];

	while (read(qw_pool_pipe[0], buf, sizeof(buf)) > 0);
}

/*
 * In a new worker (the signals blocked): the supervisor's handlers and pipe
 * go, the worker stops when the supervisor dies, its Redis links are its
 * own, then daemon() runs. Never returns to the supervisor's loop: FAILURE
 * with exit() pending, with daemon()'s status (1 after an exception out of
 * daemon(), which is logged).
 */
static zend_result qw_pool_worker(qw_worker *w, zend_string *connection, zend_string *queue, const qw_options *o, pid_t supervisor)
{
	zend_long status = QW_EXIT_SUCCESS;
	zend_object *ex;

	qw_pool_undo();
	qw_pool_busy = false;
	qw_pool_n = 0;
#ifdef __linux__
	prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
	if (getppid() != supervisor) {
		/* the supervisor died before the worker could ask to be told */
		_exit(QW_EXIT_SUCCESS);
	}
	/*
	 * The supervisor's output buffers and sockets are not the worker's to
	 * write to: the links are closed unused (no QUIT on them) and reopened by
	 * the first command. Acknowledgements still deferred (Redis was down) are
	 * safe to repeat: the worker sends them.
	 */
	php_output_discard_all();
	qw_conn_close(&w->queue.conn);
	qw_conn_close(&w->restart.conn);
	qw_pool_mask(SIG_UNBLOCK);
	if (qw_daemon_run(w, connection, queue, o, &status) == FAILURE) {
		if (qw_error_is_unwind()) {
			return FAILURE;
		}
		ex = qw_error_take();
		if (ex) {
			zend_exception_error(ex, E_ERROR);
		}
		status = QW_EXIT_ERROR;
	}
	EG(exit_status) = (int) status;
	zend_throw_unwind_exit();
	return FAILURE;
}

/* Logs the pending exception (taken off the engine) after what. */
static void qw_pool_log_exception(const char *what)
{
	zend_object *ex = qw_error_take();
	zval rv, *msg;

	if (!ex) {
		return;
	}
	msg = zend_read_property_ex(zend_get_exception_base(ex), ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);
	qw_log("QWorker::supervise(): %s: %s", what, Z_TYPE_P(msg) == IS_STRING ? Z_STRVAL_P(msg) : "");
	OBJ_RELEASE(ex);
}

/*
 * Reads the restart signal into *value (NULL: absent); true when it was
 * read. A read that fails is logged and changes nothing.
 */
static bool qw_pool_read_restart(qw_worker *w, zend_string **value)
{
	*value = NULL;
	if (qw_restart_read(&w->restart, value) == FAILURE) {
		qw_pool_log_exception("cannot read the restart signal");
		return false;
	}
	return true;
}

/* True when the restart signal now differs from first (the value read when the pool started). */
static bool qw_pool_restarted(qw_worker *w, bool *known, zend_string **first)
{
	zend_string *value;
	bool changed;

	if (!qw_pool_read_restart(w, &value)) {
		return false;
	}
	if (!*known) {
		*known = true;
		*first = value;
		return false;
	}
	changed = value && *first ? !zend_string_equals(value, *first) : value != *first;
	if (value) {
		zend_string_release(value);
	}
	return changed;
}

/* Takes the slot of a worker that exited (signals blocked around the write); true when it exited with status 0. */
static bool qw_pool_reaped(qw_pool_slot *slot, int i, int wstatus)
{
	double lived = qw_time_mono() - slot->started;

	qw_pool_mask(SIG_BLOCK);
	qw_pool_pids[i] = 0;
	qw_pool_mask(SIG_UNBLOCK);
	if (lived < QW_POOL_YOUNG) {
		slot->backoff = slot->backoff > 0 ? MIN(slot->backoff * 2, QW_POOL_MAX_BACKOFF) : 1;
	} else {
		slot->backoff = 0;
	}
	slot->not_before = qw_time_mono() + slot->backoff;
	return WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0;
}

zend_result qw_pool_run(qw_worker *w, zend_string *connection, zend_string *queue, const qw_options *o,
	zend_long processes, const qw_monitor_options *mo, zend_long *status)
{
	qw_pool_slot *slots;
	qw_monitor mon;
	qw_monitor_group group = {queue, 0, (int) processes};
	qw_monitor_pool state = {false, false, 1, &group, (int) processes, qw_pool_pids};
	pid_t self = getpid();
	bool restartable = o->restartable && qw_restart_enabled(&w->restart);
	bool known = false, stopping = false;
	zend_string *first = NULL;
	double next_read = 0, term_at = 0, kill_at = 0;
	int i, alive;

	*status = QW_EXIT_SUCCESS;
	if (strcmp(sapi_module.name, "cli") != 0 && strcmp(sapi_module.name, "phpdbg") != 0) {
		zend_throw_error(NULL, "QWorker::supervise() runs only in the CLI, not in the %s SAPI", sapi_module.name);
		return FAILURE;
	}
	if (qw_pool_busy || qw_signals_owned()) {
		zend_throw_error(NULL, "QWorker::supervise() cannot run inside daemon() or another supervise()");
		return FAILURE;
	}
	/* Before any fork: the restart signal as the pool starts, and nothing left to send on the queue's link. */
	if (restartable) {
		qw_pool_restarted(w, &known, &first);
		next_read = qw_time_mono() + QW_DAEMON_RESTART_EVERY;
	}
	qw_queue_flush(&w->queue);
	if (qw_monitor_open(&mon, mo, w, connection, queue) == FAILURE) {
		if (first) {
			zend_string_release(first);
		}
		return FAILURE;
	}
	qw_pool_mask(SIG_BLOCK);
	if (qw_pool_setup() == FAILURE) {
		qw_pool_mask(SIG_UNBLOCK);
		qw_monitor_close(&mon);
		if (first) {
			zend_string_release(first);
		}
		return FAILURE;
	}
	qw_pool_busy = true;
	qw_pool_n = (int) processes;
	slots = ecalloc(processes, sizeof(*slots));
	for (i = 0; i < processes; i++) {
		qw_pool_pids[i] = 0;
	}
	qw_pool_mask(SIG_UNBLOCK);

	for (;;) {
		double now = qw_time_mono(), wake = now + 1.0;
		bool exited0 = false;
		struct pollfd p[3];
		int ms, np = 1;

		qw_pool_drain();
		alive = 0;
		for (i = 0; i < processes; i++) {
			int wstatus;

			if (qw_pool_pids[i] > 0 && waitpid(qw_pool_pids[i], &wstatus, WNOHANG) == qw_pool_pids[i]) {
				exited0 |= qw_pool_reaped(&slots[i], i, wstatus);
			}
			alive += qw_pool_pids[i] > 0;
		}
		group.running = alive;
		state.paused = qw_pool_paused;
		qw_monitor_tick(&mon, now, &state);
		if (!stopping && qw_pool_quit) {
			/* the handler forwarded it already */
			stopping = true;
			kill_at = o->timeout > 0 ? now + (double) o->timeout + QW_POOL_STOP_GRACE : 0;
		} else if (!stopping && restartable && (exited0 || now >= next_read)) {
			next_read = now + QW_DAEMON_RESTART_EVERY;
			if (qw_pool_restarted(w, &known, &first)) {
				/* The workers see it within a second; one forked after it is told with SIGTERM. */
				stopping = true;
				term_at = now + QW_DAEMON_RESTART_EVERY + 1.0;
				kill_at = o->timeout > 0 ? term_at + (double) o->timeout + QW_POOL_STOP_GRACE : 0;
			}
		}
		if (stopping) {
			if (alive == 0) {
				break;
			}
			if (term_at > 0 && now >= term_at) {
				term_at = 0;
				qw_pool_forward(SIGTERM);
			}
			if (kill_at > 0 && now >= kill_at) {
				kill_at = 0;
				qw_pool_forward(SIGKILL);
			}
			if (term_at > 0) {
				wake = MIN(wake, term_at);
			}
			if (kill_at > 0) {
				wake = MIN(wake, kill_at);
			}
		} else if (!qw_pool_paused) {
			for (i = 0; i < processes; i++) {
				pid_t pid;

				if (qw_pool_pids[i] > 0) {
					continue;
				}
				if (now < slots[i].not_before) {
					wake = MIN(wake, slots[i].not_before);
					continue;
				}
				qw_pool_mask(SIG_BLOCK);
				pid = fork();
				if (pid == 0) {
					efree(slots);
					if (first) {
						zend_string_release(first);
					}
					qw_monitor_worker(&mon, w);
					return qw_pool_worker(w, connection, queue, o, self);
				}
				if (pid < 0) {
					qw_log("QWorker::supervise(): cannot fork a worker: %s", strerror(errno));
					slots[i].backoff = slots[i].backoff > 0 ? MIN(slots[i].backoff * 2, QW_POOL_MAX_BACKOFF) : 1;
					slots[i].not_before = now + slots[i].backoff;
					wake = MIN(wake, slots[i].not_before);
				} else {
					qw_pool_pids[i] = pid;
					slots[i].started = now;
				}
				qw_pool_mask(SIG_UNBLOCK);
			}
		}
		ms = (int) ((wake - qw_time_mono()) * 1000.0) + 1;
		p[0].fd = qw_pool_pipe[0];
		p[0].events = POLLIN;
		p[0].revents = 0;
		qw_monitor_poll(&mon, p, &np);
		if (poll(p, np, ms < 1 ? 1 : ms) > 0) {
			qw_monitor_ready(&mon, p, np);
		}
	}

	qw_pool_mask(SIG_BLOCK);
	qw_pool_undo();
	qw_pool_n = 0;
	qw_pool_busy = false;
	qw_pool_mask(SIG_UNBLOCK);
	qw_monitor_close(&mon);
	efree(slots);
	if (first) {
		zend_string_release(first);
	}
	return SUCCESS;
}

#else /* PHP_WIN32: no fork. */

zend_result qw_pool_run(qw_worker *w, zend_string *connection, zend_string *queue, const qw_options *o,
	zend_long processes, const qw_monitor_options *mo, zend_long *status)
{
	zend_throw_error(NULL, "QWorker::supervise() needs fork(), which Windows has not");
	return FAILURE;
}

#endif

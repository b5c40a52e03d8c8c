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
#include "qw_scale.h"
#include "qw_signals.h"
#include "qw_time.h"

uint32_t qw_pool_count_queues(zend_string *queue)
{
	const char *p = ZSTR_VAL(queue), *end = p + ZSTR_LEN(queue);
	uint32_t n = 1;

	while ((p = memchr(p, ',', end - p)) != NULL) {
		n++;
		p++;
	}
	return n;
}

#ifndef PHP_WIN32

/* One worker slot of the pool: slot k of group g is slots[g * max + k]. */
typedef struct _qw_pool_slot {
	double started;     /* when its worker was forked */
	double backoff;     /* the wait before the last replacement, 0 after a worker that lived */
	double not_before;  /* no fork before this time */
	bool retiring;      /* its worker was told to stop: the group shrank */
} qw_pool_slot;

/* The supervisor's own state, beside what the signal handler reads. */
typedef struct _qw_pool {
	qw_pool_slot *slots;
	zend_string **queues;      /* each group's queue string */
	qw_scale_group *groups;    /* each group's size, as the scaler sees it */
	qw_monitor_group *view;    /* each group, as the monitor sees it */
	uint32_t n;                /* groups */
	zend_long max;             /* slots per group */
} qw_pool;

static const int qw_pool_sigs[] = {SIGTERM, SIGINT, SIGQUIT, SIGUSR2, SIGCONT, SIGCHLD};
#define QW_POOL_NSIGS (sizeof(qw_pool_sigs) / sizeof(qw_pool_sigs[0]))

/*
 * The supervisor's state the signal handler reads: the workers' pids, one
 * per slot (0: a free slot), written only with the signals blocked; the stop
 * signal that came (0: none); whether the pool is paused; the wake pipe.
 */
static volatile pid_t *qw_pool_pids;
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
	efree((void *) qw_pool_pids);
	qw_pool_pids = NULL;
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

/* Tells the monitor, as a JSON event, that a worker of group g started or exited (wstatus, after lived seconds). */
static void qw_pool_event(const qw_pool *pool, const qw_monitor *m, const char *event, uint32_t g, pid_t pid,
	int wstatus, double lived)
{
	zval fields;

	array_init(&fields);
	add_assoc_long(&fields, "pid", pid);
	add_assoc_str(&fields, "queue", zend_string_copy(pool->queues[g]));
	if (lived >= 0) {
		if (WIFSIGNALED(wstatus)) {
			add_assoc_long(&fields, "signal", WTERMSIG(wstatus));
		} else {
			add_assoc_long(&fields, "status", WEXITSTATUS(wstatus));
		}
		add_assoc_double(&fields, "lived", lived);
	}
	qw_monitor_event(m, event, &fields);
	zval_ptr_dtor(&fields);
}

/* Takes slot i of a worker that exited (signals blocked around the write); true when it exited with status 0. */
static bool qw_pool_reaped(qw_pool *pool, const qw_monitor *m, uint32_t i, int wstatus)
{
	qw_pool_slot *slot = &pool->slots[i];
	double lived = qw_time_mono() - slot->started;
	pid_t pid = qw_pool_pids[i];

	qw_pool_mask(SIG_BLOCK);
	qw_pool_pids[i] = 0;
	qw_pool_mask(SIG_UNBLOCK);
	if (lived < QW_POOL_YOUNG && !slot->retiring) {
		slot->backoff = slot->backoff > 0 ? MIN(slot->backoff * 2, QW_POOL_MAX_BACKOFF) : 1;
	} else {
		slot->backoff = 0;
	}
	slot->retiring = false;
	slot->not_before = qw_time_mono() + slot->backoff;
	qw_pool_event(pool, m, "worker_exited", (uint32_t) (i / pool->max), pid, wstatus, lived);
	return WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0;
}

/*
 * As a container's init (pid 1), the supervisor inherits every orphan of
 * its workers (a job's own daemon, say): it reaps them all, so no zombie
 * piles up; its workers among them have their slots taken. True when one
 * of those exited with status 0.
 */
static bool qw_pool_reap_all(qw_pool *pool, const qw_monitor *m, uint32_t slots)
{
	bool exited0 = false;
	int wstatus;
	pid_t pid;
	uint32_t i;

	while ((pid = waitpid(-1, &wstatus, WNOHANG)) > 0) {
		for (i = 0; i < slots; i++) {
			if (qw_pool_pids[i] == pid) {
				exited0 |= qw_pool_reaped(pool, m, i, wstatus);
				break;
			}
		}
	}
	return exited0;
}

/* The groups: one per queue of the comma list with a balance, else one for the whole list. */
static void qw_pool_groups(qw_pool *pool, zend_string *queue, const qw_scale_options *so)
{
	const char *p = ZSTR_VAL(queue), *end = p + ZSTR_LEN(queue);
	uint32_t i = 0;

	pool->n = so->balance == QW_BALANCE_OFF ? 1 : qw_pool_count_queues(queue);
	pool->max = so->max;
	pool->queues = safe_emalloc(pool->n, sizeof(*pool->queues), 0);
	pool->groups = ecalloc(pool->n, sizeof(*pool->groups));
	pool->view = ecalloc(pool->n, sizeof(*pool->view));
	pool->slots = ecalloc((size_t) pool->n * (size_t) pool->max, sizeof(*pool->slots));
	if (pool->n == 1) {
		pool->queues[0] = zend_string_copy(queue);
	} else {
		while (i < pool->n) {
			const char *comma = memchr(p, ',', end - p);

			pool->queues[i++] = zend_string_init(p, (comma ? comma : end) - p, 0);
			p = comma ? comma + 1 : end;
		}
	}
	qw_scale_start(so, pool->groups, pool->n);
	for (i = 0; i < pool->n; i++) {
		pool->groups[i].now = pool->groups[i].next;
		pool->view[i].queue = pool->queues[i];
	}
}

static void qw_pool_free(qw_pool *pool)
{
	uint32_t i;

	for (i = 0; i < pool->n; i++) {
		zend_string_release(pool->queues[i]);
	}
	efree(pool->queues);
	efree(pool->groups);
	efree(pool->view);
	efree(pool->slots);
}

/*
 * Forks the workers group g lacks and tells those beyond its size to stop
 * (the newest first: they are in the highest slots). In a new worker,
 * FAILURE with exit() pending and *child true.
 */
static zend_result qw_pool_fill(qw_pool *pool, uint32_t g, qw_monitor *m, qw_worker *w, zend_string *connection,
	const qw_options *o, pid_t self, double now, double *wake, bool *child)
{
	zend_long k;

	for (k = 0; k < pool->max; k++) {
		uint32_t i = (uint32_t) (g * pool->max + k);
		qw_pool_slot *slot = &pool->slots[i];
		pid_t pid;

		if (k >= pool->groups[g].now) {
			if (qw_pool_pids[i] > 0 && !slot->retiring) {
				slot->retiring = true;
				kill(qw_pool_pids[i], SIGTERM);
			}
			continue;
		}
		if (qw_pool_pids[i] > 0) {
			continue;
		}
		if (now < slot->not_before) {
			*wake = MIN(*wake, slot->not_before);
			continue;
		}
		qw_pool_mask(SIG_BLOCK);
		pid = fork();
		if (pid == 0) {
			zend_string *queue = zend_string_copy(pool->queues[g]);
			zend_result result;

			*child = true;
			qw_pool_free(pool);
			qw_monitor_worker(m, w);
			result = qw_pool_worker(w, connection, queue, o, self);
			zend_string_release(queue);
			return result;
		}
		if (pid < 0) {
			qw_log("QWorker::supervise(): cannot fork a worker: %s", strerror(errno));
			slot->backoff = slot->backoff > 0 ? MIN(slot->backoff * 2, QW_POOL_MAX_BACKOFF) : 1;
			slot->not_before = now + slot->backoff;
			*wake = MIN(*wake, slot->not_before);
		} else {
			qw_pool_pids[i] = pid;
			slot->started = now;
			slot->retiring = false;
		}
		qw_pool_mask(SIG_UNBLOCK);
		if (pid > 0) {
			qw_pool_event(pool, m, "worker_started", g, pid, 0, -1);
		}
	}
	return SUCCESS;
}

/* Group g's ready jobs and their time (Σ per queue of ready × mean runtime), as the monitor last read them. */
static void qw_pool_measure(const qw_pool *pool, uint32_t g, const qw_monitor *m, zend_long *size, double *time)
{
	const char *p = ZSTR_VAL(pool->queues[g]), *end = p + ZSTR_LEN(pool->queues[g]);

	*size = 0;
	*time = 0;
	while (p <= end) {
		const char *comma = memchr(p, ',', end - p);
		zend_string *q = zend_string_init(p, (comma ? comma : end) - p, 0);
		zend_long ready = qw_monitor_depth(m, q);

		*size += ready;
		*time += (double) ready * qw_monitor_runtime(m, q);
		zend_string_release(q);
		p = (comma ? comma : end) + 1;
	}
}

/* One autoscaling step: the groups' new sizes, each change told as a "scaled" JSON event. */
static void qw_pool_scale(qw_pool *pool, const qw_scale_options *so, const qw_monitor *m)
{
	uint32_t g;

	for (g = 0; g < pool->n; g++) {
		qw_pool_measure(pool, g, m, &pool->groups[g].size, &pool->groups[g].time);
	}
	qw_scale_step(so, pool->groups, pool->n);
	for (g = 0; g < pool->n; g++) {
		if (pool->groups[g].next != pool->groups[g].now) {
			zval fields;

			array_init(&fields);
			add_assoc_str(&fields, "queue", zend_string_copy(pool->queues[g]));
			add_assoc_long(&fields, "from", pool->groups[g].now);
			add_assoc_long(&fields, "to", pool->groups[g].next);
			add_assoc_long(&fields, "ready", pool->groups[g].size);
			qw_monitor_event(m, "scaled", &fields);
			zval_ptr_dtor(&fields);
			pool->groups[g].now = pool->groups[g].next;
		}
	}
}

/* Tells the monitor, as a JSON event, that the pool stops: for a signal (signo) or the restart signal. */
static void qw_pool_stopping(const qw_monitor *m, const char *reason, int signo)
{
	zval fields;

	array_init(&fields);
	add_assoc_string(&fields, "reason", reason);
	if (signo) {
		add_assoc_long(&fields, "signal", signo);
	}
	qw_monitor_event(m, "stopping", &fields);
	zval_ptr_dtor(&fields);
}

/* Tells the monitor the pool's state: paused, and each group's workers running and wanted. */
static void qw_pool_view(qw_pool *pool, qw_monitor_pool *state, bool scaling)
{
	uint32_t g;
	zend_long k;

	for (g = 0; g < pool->n; g++) {
		pool->view[g].running = 0;
		pool->view[g].target = (int) pool->groups[g].now;
		for (k = 0; k < pool->max; k++) {
			pool->view[g].running += qw_pool_pids[g * pool->max + k] > 0;
		}
	}
	state->paused = qw_pool_paused;
	state->need_depth = scaling;
	state->ngroups = (int) pool->n;
	state->groups = pool->view;
	state->npids = (int) (pool->n * pool->max);
	state->pids = qw_pool_pids;
}

zend_result qw_pool_run(qw_worker *w, zend_string *connection, zend_string *queue, const qw_options *o,
	const qw_scale_options *so, const qw_monitor_options *mo, zend_long *status)
{
	qw_pool pool;
	qw_monitor mon;
	qw_monitor_pool state;
	bool scaling = !qw_scale_fixed(so), paused = false;
	double next_scale = 0;
	pid_t self = getpid();
	bool restartable = o->restartable && qw_restart_enabled(&w->restart);
	bool known = false, stopping = false, child = false;
	zend_string *first = NULL;
	double next_read = 0, term_at = 0, kill_at = 0;
	uint32_t i, g, slots;
	int alive;

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
	qw_pool_groups(&pool, queue, so);
	slots = (uint32_t) (pool.n * pool.max);
	qw_pool_pids = ecalloc(slots, sizeof(*qw_pool_pids));
	qw_pool_n = (sig_atomic_t) slots;
	qw_pool_mask(SIG_UNBLOCK);

	for (;;) {
		double now = qw_time_mono(), wake = now + 1.0;
		bool exited0 = false;
		struct pollfd p[3];
		int ms, np = 1;

		qw_pool_drain();
		if (self == 1) {
			exited0 |= qw_pool_reap_all(&pool, &mon, slots);
		}
		alive = 0;
		for (i = 0; i < slots; i++) {
			int wstatus;

			if (qw_pool_pids[i] > 0 && waitpid(qw_pool_pids[i], &wstatus, WNOHANG) == qw_pool_pids[i]) {
				exited0 |= qw_pool_reaped(&pool, &mon, i, wstatus);
			}
			alive += qw_pool_pids[i] > 0;
		}
		qw_pool_view(&pool, &state, scaling);
		qw_monitor_tick(&mon, now, &state);
		if (paused != (bool) qw_pool_paused) {
			paused = qw_pool_paused;
			qw_monitor_event(&mon, paused ? "paused" : "resumed", NULL);
		}
		if (!stopping && qw_pool_quit) {
			/* the handler forwarded it already */
			stopping = true;
			kill_at = o->timeout > 0 ? now + (double) o->timeout + QW_POOL_STOP_GRACE : 0;
			qw_pool_stopping(&mon, "signal", qw_pool_quit);
		} else if (!stopping && restartable && (exited0 || now >= next_read)) {
			next_read = now + QW_DAEMON_RESTART_EVERY;
			if (qw_pool_restarted(w, &known, &first)) {
				/* The workers see it within a second; one forked after it is told with SIGTERM. */
				stopping = true;
				term_at = now + QW_DAEMON_RESTART_EVERY + 1.0;
				kill_at = o->timeout > 0 ? term_at + (double) o->timeout + QW_POOL_STOP_GRACE : 0;
				qw_pool_stopping(&mon, "restart", 0);
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
			if (scaling && now >= next_scale) {
				next_scale = now + so->cooldown;
				qw_pool_scale(&pool, so, &mon);
			}
			if (scaling) {
				wake = MIN(wake, next_scale);
			}
			for (g = 0; g < pool.n; g++) {
				if (qw_pool_fill(&pool, g, &mon, w, connection, o, self, now, &wake, &child) == FAILURE && child) {
					if (first) {
						zend_string_release(first);
					}
					return FAILURE;
				}
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
	efree((void *) qw_pool_pids);
	qw_pool_pids = NULL;
	qw_pool_busy = false;
	qw_pool_mask(SIG_UNBLOCK);
	qw_monitor_close(&mon);
	qw_pool_free(&pool);
	if (first) {
		zend_string_release(first);
	}
	return SUCCESS;
}

#else /* PHP_WIN32: no fork. */

zend_result qw_pool_run(qw_worker *w, zend_string *connection, zend_string *queue, const qw_options *o,
	const qw_scale_options *so, const qw_monitor_options *mo, zend_long *status)
{
	zend_throw_error(NULL, "QWorker::supervise() needs fork(), which Windows has not");
	return FAILURE;
}

#endif

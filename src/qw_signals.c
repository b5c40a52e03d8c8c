#include "php.h"

#ifndef PHP_WIN32
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
#endif

#include "qw_error.h"
#include "qw_signals.h"
#include "qw_time.h"

#ifndef PHP_WIN32

/*
 * 0, or -1 with errno. Zend's signal layer keeps its handler table per thread
 * under ZTS: a signal the kernel hands to another thread would run that
 * thread's handler, not ours. The handler is async-signal-safe and only
 * touches process-wide state, so there it is installed with sigaction() and
 * runs in whichever thread takes the signal. Zend's layer ends the request
 * with a fatal error itself when sigaction() fails.
 */
int qw_signals_sigaction(int signo, const struct sigaction *act, struct sigaction *old)
{
#if defined(ZTS) || !defined(ZEND_SIGNALS)
	return sigaction(signo, act, old);
#else
	zend_sigaction(signo, act, old);
	return 0;
#endif
}

static const int qw_sigs[] = {SIGTERM, SIGINT, SIGQUIT, SIGUSR2, SIGCONT, SIGALRM};
#define QW_NSIGS (sizeof(qw_sigs) / sizeof(qw_sigs[0]))

static struct sigaction qw_sig_old[QW_NSIGS];
static volatile sig_atomic_t qw_sig_quit, qw_sig_paused, qw_sig_alarms, qw_sig_written;
static int qw_sig_pipe[2] = {-1, -1};
static void (*qw_sig_on_timeout)(void);
static void (*qw_sig_on_signal)(void);
/* Signals not taken by qw_signals_next(): the handler writes at head, the daemon reads at tail. */
static volatile sig_atomic_t qw_sig_queue[QW_SIGNALS_QUEUED], qw_sig_head, qw_sig_tail;
#ifdef ZTS
static void *qw_sig_owner; /* the TSRM storage of the thread that started them */
#endif

static void qw_signals_handler(int signo)
{
	static const char gone[] = "QWorker: the job outlived its timeout and did not return to PHP within "
		ZEND_TOSTR(QW_SIGNALS_TIMEOUT_GRACE) " s: exiting with status 1\n";
	int saved = errno;

	switch (signo) {
		case SIGTERM:
		case SIGINT:
		case SIGQUIT:
			qw_sig_quit = 1;
			break;
		case SIGUSR2:
			qw_sig_paused = 1;
			break;
		case SIGCONT:
			qw_sig_paused = 0;
			break;
	}
	if (signo != SIGALRM) {
		int next = (qw_sig_head + 1) % QW_SIGNALS_QUEUED;

		if (next != qw_sig_tail) {
			qw_sig_queue[qw_sig_head] = signo;
			qw_sig_head = next;
		}
		if (qw_sig_on_signal) {
			qw_sig_on_signal();
		}
	}
	switch (signo) {
		case SIGALRM:
			if (qw_sig_alarms++ == 0) {
				if (qw_sig_on_timeout) {
					qw_sig_on_timeout();
				}
				alarm(QW_SIGNALS_TIMEOUT_GRACE);
			} else {
				(void) !write(STDERR_FILENO, gone, sizeof(gone) - 1);
				_exit(1);
			}
			break;
	}
	if (qw_sig_pipe[1] >= 0) {
		qw_sig_written = 1;
		(void) !write(qw_sig_pipe[1], "", 1);
	}
	errno = saved;
}

zend_result qw_signals_open_pipe(int fds[2], const char *who)
{
	int i;

	if (pipe(fds) != 0) {
		qw_throw(qw_ce_exception, "%s cannot create its signal pipe: %s", who, strerror(errno));
		fds[0] = fds[1] = -1;
		return FAILURE;
	}
	for (i = 0; i < 2; i++) {
		fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
		fcntl(fds[i], F_SETFD, FD_CLOEXEC);
	}
	return SUCCESS;
}

/* Puts back the first n previous handlers and closes the pipe. */
static void qw_signals_undo(size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		qw_signals_sigaction(qw_sigs[i], &qw_sig_old[i], NULL);
	}
	close(qw_sig_pipe[0]);
	close(qw_sig_pipe[1]);
	qw_sig_pipe[0] = qw_sig_pipe[1] = -1;
	qw_sig_on_timeout = NULL;
	qw_sig_on_signal = NULL;
}

zend_result qw_signals_start(void (*on_timeout)(void), void (*on_signal)(void))
{
	struct sigaction sa;
	size_t i;

	if (qw_signals_open_pipe(qw_sig_pipe, "QWorker::daemon()") == FAILURE) {
		return FAILURE;
	}
	qw_sig_quit = qw_sig_paused = qw_sig_alarms = qw_sig_written = 0;
	qw_sig_head = qw_sig_tail = 0;
	qw_sig_on_timeout = on_timeout;
	qw_sig_on_signal = on_signal;
#ifdef ZTS
	qw_sig_owner = tsrm_get_ls_cache();
#endif
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = qw_signals_handler;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < QW_NSIGS; i++) {
		if (qw_signals_sigaction(qw_sigs[i], &sa, &qw_sig_old[i]) != 0) {
			int saved = errno;

			qw_signals_undo(i);
			qw_throw(qw_ce_exception, "QWorker::daemon() cannot install its handler of signal %d: %s", qw_sigs[i], strerror(saved));
			return FAILURE;
		}
	}
	return SUCCESS;
}

void qw_signals_stop(void)
{
	if (qw_sig_pipe[0] < 0) {
		return;
	}
	alarm(0);
	qw_signals_undo(QW_NSIGS);
}

bool qw_signals_owned(void)
{
#ifdef ZTS
	return qw_sig_pipe[0] >= 0 && qw_sig_owner == tsrm_get_ls_cache();
#else
	return qw_sig_pipe[0] >= 0;
#endif
}

bool qw_signals_quit(void)
{
	return qw_sig_quit != 0;
}

bool qw_signals_paused(void)
{
	return qw_sig_paused != 0;
}

int qw_signals_next(void)
{
	int signo;

	if (qw_sig_tail == qw_sig_head) {
		return 0;
	}
	signo = qw_sig_queue[qw_sig_tail];
	qw_sig_tail = (qw_sig_tail + 1) % QW_SIGNALS_QUEUED;
	return signo;
}

int qw_signals_wake_fd(void)
{
	return qw_signals_owned() ? qw_sig_pipe[0] : -1;
}

void qw_signals_alarm(zend_long seconds)
{
	qw_sig_alarms = 0;
	alarm(seconds <= 0 ? 0 : seconds > UINT_MAX ? UINT_MAX : (unsigned int) seconds);
}

void qw_signals_drain(void)
{
	char buf[64];

	/* no syscall on the common path: nothing was written since the last drain */
	if (qw_sig_written && qw_signals_owned()) {
		qw_sig_written = 0;
		while (read(qw_sig_pipe[0], buf, sizeof(buf)) > 0);
	}
}

void qw_signals_sleep(double seconds)
{
	double end = qw_time_mono() + seconds;
	bool owned = qw_signals_owned();

	for (;;) {
		double left = end - qw_time_mono();

		if (left <= 0) {
			return;
		}
		if (!owned) {
			struct timespec ts;

			ts.tv_sec = (time_t) left;
			ts.tv_nsec = (long) ((left - (double) ts.tv_sec) * 1e9);
			nanosleep(&ts, NULL);
		} else {
			struct pollfd p = {qw_sig_pipe[0], POLLIN, 0};
			double ms = left * 1000.0 + 1.0;

			if (poll(&p, 1, ms > INT_MAX ? INT_MAX : (int) ms) > 0) {
				qw_signals_drain();
				return;
			}
		}
	}
}

#else /* PHP_WIN32: no signals; the daemon runs until another stop condition. */

zend_result qw_signals_start(void (*on_timeout)(void), void (*on_signal)(void))
{
	return SUCCESS;
}

void qw_signals_stop(void)
{
}

bool qw_signals_owned(void)
{
	return false;
}

bool qw_signals_quit(void)
{
	return false;
}

bool qw_signals_paused(void)
{
	return false;
}

int qw_signals_next(void)
{
	return 0;
}

int qw_signals_wake_fd(void)
{
	return -1;
}

void qw_signals_drain(void)
{
}

void qw_signals_alarm(zend_long seconds)
{
}

void qw_signals_sleep(double seconds)
{
	Sleep((DWORD) (seconds * 1000));
}

#endif

/*
 * The daemon's signals, without ext/pcntl: SIGTERM, SIGINT and SIGQUIT ask
 * it to stop, SIGUSR2 pauses it, SIGCONT resumes it, and SIGALRM ends a job
 * that outlives its timeout. Handlers only set flags and write a byte to a
 * pipe, so that sleeps and blocking pops that poll the pipe end at once.
 * They are installed while daemon() runs (through Zend's signal layer,
 * except under ZTS, where that layer is per thread) and the previous ones
 * are put back after. Signals, the alarm and these flags belong to the
 * process: one daemon() at a time.
 */
#ifndef QW_SIGNALS_H
#define QW_SIGNALS_H

#include "php.h"
#include <signal.h>

#ifdef PHP_WIN32
/* No POSIX signals there: these numbers only name the signals qw_signals_next() never returns. */
# define SIGALRM 14
# define SIGUSR2 12
# define SIGCONT 18
#endif

/* Seconds a timed-out job has to hand control back to PHP before the process _exit(1)s. */
#define QW_SIGNALS_TIMEOUT_GRACE 2

/*
 * Installs the handlers and opens the wake pipe. on_timeout runs in the
 * signal handler when the job alarm fires, on_signal when any other of our
 * signals comes, in any thread: they must only set flags. FAILURE with a
 * QWorker\Exception thrown and nothing left installed when the pipe cannot
 * be made or a handler cannot be installed.
 */
/*
 * sigaction() as qworker installs its handlers: plain sigaction() under ZTS
 * or without Zend's signal layer, else zend_sigaction(). 0, or -1 with errno.
 */
int qw_signals_sigaction(int signo, const struct sigaction *act, struct sigaction *old);

/*
 * Opens a wake pipe, both ends non-blocking and close-on-exec. FAILURE with
 * a QWorker\Exception thrown that names who (e.g. "QWorker::daemon()").
 */
zend_result qw_signals_open_pipe(int fds[2], const char *who);

zend_result qw_signals_start(void (*on_timeout)(void), void (*on_signal)(void));

/* Puts the previous handlers back, cancels the alarm, closes the pipe. */
void qw_signals_stop(void);

/* True in the thread that started the handlers, while they are installed. */
bool qw_signals_owned(void);

/* True once SIGTERM, SIGINT or SIGQUIT came. */
bool qw_signals_quit(void);

/* True between SIGUSR2 and SIGCONT. */
bool qw_signals_paused(void);

/*
 * The oldest of the SIGTERM, SIGINT, SIGQUIT, SIGUSR2 and SIGCONT that came
 * and were not taken yet, in the order they came (0: none), for the hooks
 * that tell of them. Up to QW_SIGNALS_QUEUED are kept; later ones only set
 * the flags.
 */
int qw_signals_next(void);

#define QW_SIGNALS_QUEUED 16

/* The read end of the wake pipe (-1 when not running, or in another thread): readable after any of our signals. */
int qw_signals_wake_fd(void);

/*
 * Empties the wake pipe: called before a wait that must only end for a
 * signal that comes from now on (the flags keep the older ones).
 */
void qw_signals_drain(void);

/*
 * Sleeps for seconds (fractions allowed), ending early when one of our
 * signals comes; a plain sleep unless qw_signals_owned().
 */
void qw_signals_sleep(double seconds);

/*
 * Arms the job alarm (0 cancels it). When it fires, on_timeout runs and a
 * second alarm gives the job QW_SIGNALS_TIMEOUT_GRACE seconds; past that
 * the process writes a line to stderr and _exit(1)s.
 */
void qw_signals_alarm(zend_long seconds);

#endif

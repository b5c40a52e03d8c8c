/*
 * The daemon's signals, without ext/pcntl: SIGTERM, SIGINT and SIGQUIT ask
 * it to stop, SIGUSR2 pauses it, SIGCONT resumes it, and SIGALRM ends a job
 * that outlives its timeout. Handlers only set flags and write a byte to a
 * pipe, so that sleeps and blocking pops that poll the pipe end at once.
 * They are installed through Zend's signal layer while daemon() runs and
 * the previous ones are put back after.
 */
#ifndef QW_SIGNALS_H
#define QW_SIGNALS_H

#include "php.h"

/* Seconds a timed-out job has to hand control back to PHP before the process _exit(1)s. */
#define QW_SIGNALS_TIMEOUT_GRACE 2

/*
 * Installs the handlers and opens the wake pipe. on_timeout runs in the
 * signal handler when the job alarm fires: it must only set flags.
 * FAILURE (with a warning) when the pipe cannot be made.
 */
zend_result qw_signals_start(void (*on_timeout)(void));

/* Puts the previous handlers back, cancels the alarm, closes the pipe. */
void qw_signals_stop(void);

/* True once SIGTERM, SIGINT or SIGQUIT came. */
bool qw_signals_quit(void);

/* True between SIGUSR2 and SIGCONT. */
bool qw_signals_paused(void);

/* The read end of the wake pipe (-1 when not running): readable after any of our signals. */
int qw_signals_wake_fd(void);

/*
 * Empties the wake pipe: called before a wait that must only end for a
 * signal that comes from now on (the flags keep the older ones).
 */
void qw_signals_drain(void);

/*
 * Sleeps for seconds (fractions allowed), ending early when one of our
 * signals comes; with no handlers installed, a plain sleep.
 */
void qw_signals_sleep(double seconds);

/* Seconds on a monotonic clock, for intervals. */
double qw_signals_clock(void);

/*
 * Arms the job alarm (0 cancels it). When it fires, on_timeout runs and a
 * second alarm gives the job QW_SIGNALS_TIMEOUT_GRACE seconds; past that
 * the process writes a line to stderr and _exit(1)s.
 */
void qw_signals_alarm(zend_long seconds);

#endif

/*
 * The worker loop, Laravel's Worker::daemon() in C: skip checks
 * (maintenance, pause, looping hook), pop, process under a timeout, rest or
 * sleep, then the stop checks in Laravel's order. PHP runs only for the
 * job and for the hooks and callables the user set.
 */
#ifndef QW_DAEMON_H
#define QW_DAEMON_H

#include "php.h"
#include "qw_options.h"
#include "qw_worker.h"

#define QW_EXIT_SUCCESS 0
#define QW_EXIT_ERROR 1
#define QW_EXIT_MEMORY_LIMIT 12

/* Longest pause after failed pops in a row (1 s, doubled each time). */
#define QW_DAEMON_MAX_BACKOFF 30.0

/* How often the restart signal and the pause keys are read, at most: once a second. */
#define QW_DAEMON_RESTART_EVERY 1.0

/* Chains the VM interrupt that ends a timed-out job. Called from MINIT. */
void qw_daemon_startup(void);

/* Unchains it. Called from MSHUTDOWN. */
void qw_daemon_shutdown(void);

/*
 * Runs the loop on the comma list queue until a stop condition; *status is
 * the exit code (QW_EXIT_SUCCESS or QW_EXIT_MEMORY_LIMIT). Returns FAILURE
 * with an exception pending: one from a hook or callable that must end the
 * worker, or exit() (a timed-out job ends the process with QW_EXIT_ERROR).
 * Signals and the alarm are process-wide, so it runs only in the CLI (or
 * phpdbg) and one at a time in a process: otherwise, or when the signals
 * cannot be set up, FAILURE with nothing run and an Error (a
 * QWorker\Exception for the signals) thrown.
 */
zend_result qw_daemon_run(qw_worker *w, zend_string *connection, zend_string *queue, const qw_options *o, zend_long *status);

#endif

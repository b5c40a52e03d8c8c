/*
 * A pre-fork pool of daemon() workers: the calling process becomes the
 * supervisor, forks the workers, replaces those that exit (backing off when
 * they die young), forwards the stop and pause signals, and stops the pool
 * on the restart signal. The supervisor makes no Redis call per job: it
 * reads the restart signal, at most once a second, and nothing else.
 * POSIX only, CLI only.
 */
#ifndef QW_POOL_H
#define QW_POOL_H

#include "php.h"
#include "qw_monitor.h"
#include "qw_options.h"
#include "qw_worker.h"

/* Most workers one pool may have. */
#define QW_POOL_MAX_PROCESSES 256

/* A worker that lived less than this many seconds died young: its replacement waits. */
#define QW_POOL_YOUNG 1.0

/* Longest wait before a worker that died young is replaced (1 s, doubled each time). */
#define QW_POOL_MAX_BACKOFF 30.0

/* Seconds the workers have beyond the timeout option to stop, before SIGKILL. */
#define QW_POOL_STOP_GRACE 5

/*
 * Takes the pool's own options out of options (a copy the caller owns and
 * frees): "processes" (1 to QW_POOL_MAX_PROCESSES, 1) into *processes.
 * FAILURE with a ValueError naming the key (arg_num is the
 * argument's position).
 */
zend_result qw_pool_take_options(HashTable *options, uint32_t arg_num, zend_long *processes);

/*
 * Runs the pool of processes workers, each running daemon(connection,
 * queue, o), monitored as mo says (qw_monitor). In the supervisor, returns SUCCESS once every worker stopped
 * (a stop signal, the restart signal) with *status 0. A worker never
 * returns: it ends the script with daemon()'s status, as exit() does.
 * FAILURE with an Error thrown outside the CLI, inside daemon() or another
 * supervise(), or a QWorker\Exception when the first fork or the signal
 * set-up fails, or the metrics listener cannot listen; nothing is left
 * running then.
 */
zend_result qw_pool_run(qw_worker *w, zend_string *connection, zend_string *queue, const qw_options *o,
	zend_long processes, const qw_monitor_options *mo, zend_long *status);

#endif

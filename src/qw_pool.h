/*
 * A pre-fork pool of daemon() workers: the calling process becomes the
 * supervisor, forks the workers in groups (one per queue with a balance),
 * sizes the groups to the work waiting, replaces workers that exit (backing
 * off when they die young), forwards the stop and pause signals, and stops
 * the pool on the restart signal. The supervisor makes no Redis call per job: it
 * reads the restart signal, at most once a second, and nothing else.
 * POSIX only, CLI only.
 */
#ifndef QW_POOL_H
#define QW_POOL_H

#include "php.h"
#include "qw_monitor.h"
#include "qw_options.h"
#include "qw_scale.h"
#include "qw_worker.h"

/* A worker that lived less than this many seconds died young: its replacement waits. */
#define QW_POOL_YOUNG 1.0

/* Longest wait before a worker that died young is replaced (1 s, doubled each time). */
#define QW_POOL_MAX_BACKOFF 30.0

/* Seconds the workers have beyond the timeout option to stop, before SIGKILL. */
#define QW_POOL_STOP_GRACE 5

/* The queues of the comma list queue: the groups a balance makes. */
uint32_t qw_pool_count_queues(zend_string *queue);

/*
 * Runs the pool: groups of workers sized as so says (qw_scale.h), each
 * worker running daemon(connection, its group's queue, o), monitored as mo
 * says (qw_monitor.h). In the supervisor, returns SUCCESS once every worker stopped
 * (a stop signal, the restart signal) with *status 0. A worker never
 * returns: it ends the script with daemon()'s status, as exit() does.
 * FAILURE with an Error thrown outside the CLI, inside daemon() or another
 * supervise(), or a QWorker\Exception when the first fork or the signal
 * set-up fails, or the metrics listener cannot listen; nothing is left
 * running then.
 */
zend_result qw_pool_run(qw_worker *w, zend_string *connection, zend_string *queue, const qw_options *o,
	const qw_scale_options *so, const qw_monitor_options *mo, zend_long *status);

#endif

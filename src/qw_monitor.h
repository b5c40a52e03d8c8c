/*
 * The supervisor's monitor: the workers' job reports (a pipe each worker
 * writes a record to after each job), the metrics store they feed, queue
 * depths read from Redis, a loopback HTTP listener serving Prometheus text
 * at GET /metrics, JSON lines on stdout, and the status heartbeat in Redis
 * that `qworker:status` reads. The pool calls it; it forks nothing and
 * makes no Redis call per job.
 */
#ifndef QW_MONITOR_H
#define QW_MONITOR_H

#include "php.h"
#include "qw_metrics.h"
#include "qw_worker.h"

#ifndef PHP_WIN32
#include <poll.h>
#include <sys/types.h>
#endif

/* Seconds between two reads of the queue depths, at least. */
#define QW_MONITOR_DEPTH_EVERY 1.0

/* Seconds between two heartbeats, and how long the heartbeat key lives. */
#define QW_MONITOR_HEARTBEAT_EVERY 5.0
#define QW_MONITOR_HEARTBEAT_TTL 15

/* Seconds between two JSON metrics lines. */
#define QW_MONITOR_SNAPSHOT_EVERY 10.0

/* The monitor's options of supervise(). */
typedef struct _qw_monitor_options {
	zend_string *metrics;  /* the listener's address ("127.0.0.1:9090", "9090"), NULL: none */
	bool json;             /* JSON lines on stdout */
	bool status;           /* the heartbeat key, on by default */
} qw_monitor_options;

/* One group of the pool, as the supervisor sees it. */
typedef struct _qw_monitor_group {
	zend_string *queue;    /* its comma list of queues */
	int running;           /* workers running */
	int target;            /* workers it should have */
} qw_monitor_group;

/* What the pool tells the monitor at each pass (qw_monitor_tick()). */
typedef struct _qw_monitor_pool {
	bool paused;
	bool need_depth;             /* the scaler reads qw_monitor_depth(): keep the depths fresh */
	int ngroups;
	const qw_monitor_group *groups;
	int npids;
	const volatile pid_t *pids;  /* the workers' pids, 0 for a free slot */
} qw_monitor_pool;

typedef struct _qw_monitor {
	qw_worker *w;
	bool json, status;
	int pipe[2];                 /* the reports: the supervisor reads [0], the workers write [1] */
	int listener;                /* the metrics listener, -1: none */
	char *buf;                   /* reports read, buf_len bytes, the last one maybe partial */
	size_t buf_len;
	qw_metrics metrics;
	zend_string *connection, *queue;
	zend_string *name, *host;    /* "{host}:{pid}" */
	zend_string *key, *index;    /* the heartbeat key and the supervisors' sorted set, prefixed */
	const qw_queue_keys **keys;  /* the pool's queues */
	int nkeys;
	zend_long *depth;            /* ready, delayed, reserved of each of keys */
	bool depth_known, redis_failing, heartbeat_written;
	double depth_at, heartbeat_at, snapshot_at;
	zend_long started_at;
	bool paused;                 /* the last state the pool told (for the scrapes between passes): */
	qw_monitor_group *groups;    /* its groups, each queue string held */
	int ngroups;
	pid_t *pids;                 /* its workers' pids, room for pids_size */
	int npids, pids_size;
} qw_monitor;

/*
 * Takes the monitor's options out of options (the caller's copy): "metrics"
 * (a string), "json" and "status" (bools). FAILURE with a ValueError naming
 * the key (arg_num is the argument's position). mo's strings are the
 * caller's to release (qw_monitor_options_free()).
 */
zend_result qw_monitor_take_options(HashTable *options, uint32_t arg_num, qw_monitor_options *mo);

void qw_monitor_options_free(qw_monitor_options *mo);

/*
 * Before the first fork: opens the report pipe and the listener. FAILURE
 * with a QWorker\Exception (the address in use, no fd left), nothing left
 * open.
 */
zend_result qw_monitor_open(qw_monitor *m, const qw_monitor_options *mo, qw_worker *w, zend_string *connection, zend_string *queue);

/* In a new worker right after fork: frees the supervisor's part and gives w the pipe to report to. */
void qw_monitor_worker(qw_monitor *m, qw_worker *w);

/* Adds the monitor's fds to the supervisor's poll set p (room for 2 more), *n counting them. */
void qw_monitor_poll(qw_monitor *m, struct pollfd *p, int *n);

/* After poll: reads the reports waiting, answers one HTTP request (within about a second). */
void qw_monitor_ready(qw_monitor *m, const struct pollfd *p, int n);

/*
 * Once per supervisor pass: keeps state for the scrapes, reads the depths
 * (at most once a second, when state->need_depth), writes the heartbeat
 * (every 5 s) and the JSON metrics line (every 10 s). now is monotonic.
 */
void qw_monitor_tick(qw_monitor *m, double now, const qw_monitor_pool *state);

/* Ready jobs of a comma list of queues at the last read, summed. */
zend_long qw_monitor_depth(const qw_monitor *m, zend_string *queue);

/* Mean runtime in seconds of one queue's recent jobs; 0 when unknown. */
double qw_monitor_runtime(const qw_monitor *m, zend_string *queue);

/*
 * Writes one JSON line, {"event":event,...fields}, to stdout when the json
 * option is on (fields: an array, or NULL).
 */
void qw_monitor_event(const qw_monitor *m, const char *event, zval *fields);

/* When the pool stops: the last JSON metrics line, the heartbeat deleted, everything closed. */
void qw_monitor_close(qw_monitor *m);

#endif

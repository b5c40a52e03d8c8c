/*
 * Laravel's Redis queue protocol: the keys of a queue under the connection
 * prefix, and pop/reserve, delete, release, push, later, size and clear with
 * the same atomic semantics as Illuminate\Queue\RedisQueue.
 */
#ifndef QW_QUEUE_H
#define QW_QUEUE_H

#include "php.h"
#include "qw_conn.h"

/* The four keys of one queue, prefixed: queues:NAME and its :reserved, :notify, :delayed. */
typedef struct _qw_queue_keys {
	zend_string *name;        /* unprefixed queue name, as jobs report it */
	zend_string *list;
	zend_string *reserved;
	zend_string *notify;
	zend_string *delayed;
	zend_long migrated_at;    /* when the pop last moved due jobs of this queue (steady mode), 0: never */
} qw_queue_keys;

typedef struct _qw_queue {
	qw_conn conn;
	zend_string *prefix;         /* Laravel's database.redis.options.prefix */
	zend_string *default_queue;  /* queue.connections.redis.queue */
	zend_long retry_after;       /* seconds a reservation lasts (0..QW_QUEUE_MAX_DELAY, checked by the settings) */
	double block_for;            /* seconds; < 0 never blocks (Laravel's null), 0 blocks until a job */
	HashTable keys;              /* queue name => qw_queue_keys*, built once per name */
	HashTable forwards;          /* queue name => the name its keys use (Laravel 13's Queue::forward()) */
	bool steady;                 /* the daemon's steady state: see qw_queue_set_steady() */
	zend_long prefetch;          /* in steady mode, how many jobs one pop may reserve (1..QW_QUEUE_MAX_PREFETCH) */
	struct _qw_popped *ahead;    /* the last pop's jobs: ahead[ahead_next..ahead_count - 1] not handed out yet */
	int ahead_next, ahead_count, ahead_size;
	zend_long ahead_at;          /* the second they were reserved */
	const qw_queue_keys *ack_keys; /* the queue of the batched acknowledgements */
	zend_string **acks;          /* reserved copies deleted in steady mode, sent as one ZREM with the next command */
	int nacks, acks_size;
} qw_queue;

/* The most jobs one pop may reserve ahead (the prefetch option). */
#define QW_QUEUE_MAX_PREFETCH 1000

/*
 * The longest delay or reservation, in seconds: ten years. Scores stay far
 * from time_t and double limits; longer delays are clamped to it, because a
 * score Redis refuses halfway through a script would lose the job.
 */
#define QW_QUEUE_MAX_DELAY 315360000

/* Checks a delay argument: 0 to QW_QUEUE_MAX_DELAY. FAILURE with a ValueError for argument arg_num. */
zend_result qw_queue_check_delay(zend_long delay, uint32_t arg_num);

/* A reserved job as the pop returned it. Owned by the caller: qw_popped_free(). */
typedef struct _qw_popped {
	zend_string *job;            /* the payload as it was pushed; NULL when nothing was popped */
	zend_string *reserved;       /* the copy held in :reserved (attempts + 1) */
	const qw_queue_keys *keys;
} qw_popped;

void qw_queue_init(qw_queue *q);
void qw_queue_free(qw_queue *q);
void qw_popped_free(qw_popped *p);

/* Hands p's job and reserved strings to the caller, who owns them from now on; p is left empty. */
void qw_popped_take(qw_popped *p, zend_string **job, zend_string **reserved);

/*
 * Setters of the queue settings, before any queue's keys are built (the
 * prefix is in them). Strings are copied; the values are checked by the
 * settings: retry_after 0..QW_QUEUE_MAX_DELAY, block_for < 0 for never.
 */
void qw_queue_set_prefix(qw_queue *q, zend_string *prefix);
void qw_queue_set_default_queue(qw_queue *q, zend_string *name);
void qw_queue_set_retry_after(qw_queue *q, zend_long seconds);
void qw_queue_set_block_for(qw_queue *q, double seconds);

/*
 * Makes queue from use the keys of queue to (queues:TO and its :reserved,
 * :notify, :delayed) while its jobs still report from, as Laravel 13's
 * RedisQueue does for a queue forwarded with Queue::forward().
 */
void qw_queue_set_forward(qw_queue *q, zend_string *from, zend_string *to);

/*
 * How many jobs one pop may reserve in steady mode, 1..QW_QUEUE_MAX_PREFETCH
 * (the daemon lowers it so that max_jobs leaves none unrun). Leaving steady
 * mode sets it back to 1.
 */
void qw_queue_set_prefetch(qw_queue *q, zend_long n);

/* The connection's wake fd (qw_conn_set_wake_fd()): the daemon's signal pipe, -1 when it ends. */
void qw_queue_set_wake_fd(qw_queue *q, int fd);

/*
 * The daemon's steady state, on or off. On: deleted jobs' ZREM is sent with
 * the next command (the next pop, usually), one ZREM for those of one
 * queue, not in a round trip of its own; a pop moves due delayed jobs and
 * expired reservations of a queue once per second of the clock (and right
 * after a blocking pop wakes, or this worker released a job due now), not
 * every time (scores are whole seconds: a job due this second that was not
 * due at the last move is one released this second by another worker), and
 * always before a pop says there is no job; and a pop reserves up to prefetch jobs of
 * the first queue that has any, handed out one by one by the next pops.
 * Turning it off gives back the jobs not handed out (qw_queue_unpop()),
 * sends what is deferred (qw_queue_flush()) and sets prefetch back to 1.
 */
void qw_queue_set_steady(qw_queue *q, bool on);

/*
 * Gives back the jobs a pop reserved ahead and no pop handed out yet: each
 * goes back to the head of its list, in order, attempts unchanged, unless
 * its reservation already expired and moved it. Never throws (an exception
 * pending on entry stays pending): when Redis cannot be reached, they are
 * logged and come back after retry_after. Returns how many went back.
 */
int qw_queue_unpop(qw_queue *q);

/*
 * Sends the deferred acknowledgements now, without throwing. false when the
 * link is down: they stay queued for the next command.
 */
bool qw_queue_flush(qw_queue *q);

/* The keys of queue name (NULL or empty: the default queue). Owned by q. */
const qw_queue_keys *qw_queue_keys_for(qw_queue *q, zend_string *name);

/*
 * Splits a comma list of queue names (priority order) into their keys.
 * Empty names stand for the default queue. Returns the count; *out is
 * emalloc'd and owned by the caller, the keys by q.
 */
int qw_queue_parse_list(qw_queue *q, zend_string *list, const qw_queue_keys ***out);

/*
 * Pops the first job of the n queues, in order, migrating due delayed jobs and
 * expired reservations first. When none has a job and block_for >= 0, waits on
 * every queue's :notify at once, then tries them all again in order.
 * A job reserved ahead by an earlier pop (steady mode) comes first, without
 * asking Redis for more; its attempt is counted as it starts (the start
 * script, written without waiting in the second of its pop, together with
 * the acknowledgements of the jobs finished before it; later, waited for,
 * with its reservation renewed to run retry_after from now), and it is
 * skipped once the pop's reservation expired: it may belong to another
 * worker by then.
 * Returns FAILURE with an exception thrown; out->job is NULL when no job came.
 */
zend_result qw_queue_pop(qw_queue *q, const qw_queue_keys **queues, int n, qw_popped *out);

/* Removes the reserved job: ZREM of its exact reserved string. */
zend_result qw_queue_delete(qw_queue *q, const qw_queue_keys *k, zend_string *reserved);

/* Takes back a release: ZREM of the released copy (the reserved string) from :delayed. */
zend_result qw_queue_unrelease(qw_queue *q, const qw_queue_keys *k, zend_string *reserved);

/* Moves the reserved job to :delayed, available delay seconds from now (clamped to 0..QW_QUEUE_MAX_DELAY). */
zend_result qw_queue_release(qw_queue *q, const qw_queue_keys *k, zend_string *reserved, zend_long delay);

/* Appends a payload to the queue (and :notify). */
zend_result qw_queue_push(qw_queue *q, const qw_queue_keys *k, zend_string *payload);

/* Adds a payload to :delayed, available delay seconds from now (clamped to 0..QW_QUEUE_MAX_DELAY). */
zend_result qw_queue_later(qw_queue *q, const qw_queue_keys *k, zend_string *payload, zend_long delay);

/* Ready + delayed + reserved jobs. */
zend_result qw_queue_size(qw_queue *q, const qw_queue_keys *k, zend_long *size);

/* Deletes the queue's keys; *size is how many jobs they held. */
zend_result qw_queue_clear(qw_queue *q, const qw_queue_keys *k, zend_long *size);

/*
 * Counts one more exception for the job uuid (key job-exceptions:UUID under the
 * prefix, kept a day); when the count reaches max the key is dropped and
 * *reached set. Returns FAILURE with an exception thrown.
 */
zend_result qw_queue_count_exception(qw_queue *q, zend_string *uuid, zend_long max, bool *reached);

#endif

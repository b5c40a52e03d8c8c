/*
 * Paused queues. Laravel's `queue:pause CONN:QUEUE` stores true in the
 * app's cache under illuminate:queue:paused:CONN:QUEUE (with a TTL through
 * Queue::pauseFor()), Laravel 13's `queue:pause --all` under
 * illuminate:queues:paused; a worker pops no job from a paused queue. Read
 * from the worker's cache store (qw_restart.h); the queue_paused and
 * queue_resumed hooks hear of each change.
 */
#ifndef QW_PAUSE_H
#define QW_PAUSE_H

#include "php.h"
#include "qw_hooks.h"
#include "qw_queue.h"
#include "qw_restart.h"

#define QW_PAUSE_ALL_KEY "illuminate:queues:paused"
#define QW_PAUSE_KEY "illuminate:queue:paused:"

typedef struct _qw_pause {
	HashTable paused;   /* queue name => NULL: paused at the last read, in the order of the queue list */
	HashTable told;     /* queue name => NULL: paused as the hooks last heard */
} qw_pause;

void qw_pause_init(qw_pause *p);
void qw_pause_free(qw_pause *p);

/*
 * Reads which of the n queues of connection are paused, as Laravel reads
 * them: with all (Laravel 13), the global key first, and when it is true
 * every queue is paused; else each queue's key. A Redis store reads them in
 * one MGET, together with the restart signal when restart is not NULL
 * (*restart then gets what qw_restart_read() would give); other stores read
 * the restart signal first, then key by key, the queues' keys only when
 * the global one is false. *newly is true when a queue not paused before
 * is now. FAILURE with an exception thrown: the state is left as it was.
 */
zend_result qw_pause_read(qw_pause *p, qw_restart *store, zend_string *connection, const qw_queue_keys **keys, int n,
	bool all, zend_string **restart, bool *newly);

/* Forgets what was read: no queue is paused (reads turned off). */
void qw_pause_clear(qw_pause *p);

/* Whether queue name was paused at the last read. */
static inline bool qw_pause_has(const qw_pause *p, const zend_string *name)
{
	return zend_hash_num_elements(&p->paused) > 0 && zend_hash_exists(&p->paused, (zend_string *) name);
}

/* Whether every one of the n queues was paused at the last read (n > 0). */
bool qw_pause_all_of(const qw_pause *p, const qw_queue_keys **keys, int n);

/*
 * As Laravel 13's raisePausedQueueEvents(): the queue_paused hook for each
 * queue paused since the hooks last heard, then queue_resumed for each no
 * longer paused, each (connection, queue). FAILURE when a hook threw: they
 * are told again at the next call.
 */
zend_result qw_pause_announce(qw_pause *p, qw_hooks *h, zend_string *connection);

#endif

/*
 * The app's cache store as the worker reads it: Laravel's `queue:restart`
 * stores the time under the cache key illuminate:queue:restart and every
 * worker stops once the value it reads differs from the one it started
 * with; `queue:pause` stores true under illuminate:queue:paused:CONN:QUEUE
 * (qw_pause.h). Read (and the restart signal written) here natively in the
 * two stores a Laravel app keeps them in (Redis, files), or read through a
 * PHP callable for any other store.
 */
#ifndef QW_RESTART_H
#define QW_RESTART_H

#include "php.h"
#include "qw_conn.h"

#define QW_RESTART_KEY "illuminate:queue:restart"

typedef enum {
	QW_RESTART_NONE,      /* no store: the worker never restarts */
	QW_RESTART_REDIS,
	QW_RESTART_FILE,
	QW_RESTART_CALLABLE
} qw_restart_kind;

typedef struct _qw_restart {
	qw_restart_kind kind;
	qw_conn conn;          /* redis: the cache store's own connection */
	zend_string *where;    /* the restart signal: redis: the full key; file: the cache file */
	zend_string *base;     /* redis: what goes before a cache key; file: the cache directory */
	zval callable;         /* callable: fn(string $key): mixed */
} qw_restart;

void qw_restart_init(qw_restart *r);

/* True when a store is set: the signal can change. */
static inline bool qw_restart_enabled(const qw_restart *r)
{
	return r->kind != QW_RESTART_NONE;
}

void qw_restart_free(qw_restart *r);

/*
 * A Redis store (conn already set): the key is prefix . cache_prefix .
 * separator . QW_RESTART_KEY, the separator only after a non-empty cache
 * prefix (":" by default, as Laravel up to 10 adds it; 11+ adds none).
 * NULL arguments are empty, except separator.
 */
void qw_restart_use_redis(qw_restart *r, zend_string *prefix, zend_string *cache_prefix, zend_string *separator);

/* A file store: DIR/ab/cd/abcd... with the sha1 of the key, as Laravel's FileStore names it. */
void qw_restart_use_file(qw_restart *r, zend_string *dir);

void qw_restart_use_callable(qw_restart *r, zval *callable);

/*
 * Reads the current value as a string (the stored number, or for files
 * the serialized value), NULL when absent or expired. FAILURE with an
 * exception thrown.
 */
zend_result qw_restart_read(qw_restart *r, zend_string **value);

/*
 * Reads the cache keys keys[0..n-1] (as the app names them, without the
 * store's prefix) in one go: a Redis store sends one MGET, a file store reads
 * each key's file (an expired one is absent), a callable store is called
 * once per key, in order, with the key. values[i] is the stored string
 * (Redis; file: the serialized value after the expiry), the callable's
 * value, or NULL when absent; the caller destroys each. On FAILURE (an
 * exception thrown) every values[i] is NULL.
 */
zend_result qw_restart_read_keys(qw_restart *r, int n, zend_string *const *keys, zval *values);

/*
 * Whether a value qw_restart_read_keys() gave is true as the app's cache
 * would return it to `(bool)`: a callable's value as PHP has it; a stored
 * string as Laravel's store unserializes it (Redis keeps numbers raw),
 * read without unserialize(): b:1;, a non-zero i: or d:, a non-empty
 * string other than "0", a non-empty array, an object. NULL is false.
 */
bool qw_restart_truthy(const qw_restart *r, zval *value);

/* Stores time for good, in the store's own format. FAILURE with an exception thrown. */
zend_result qw_restart_write(qw_restart *r, zend_long time);

#endif

/*
 * QWorker's constructor settings, named as in a Laravel app's config:
 * database.redis.* (host, port, path, scheme, username, password, database,
 * timeout, read_timeout, prefix) and queue.connections.* (connection, queue,
 * retry_after, block_for).
 */
#ifndef QW_SETTINGS_H
#define QW_SETTINGS_H

#include "php.h"
#include "qw_restart.h"
#include "qw_worker.h"

/*
 * Applies settings to a new worker. Unknown keys and bad values throw a
 * ValueError or TypeError naming the key. Returns FAILURE then.
 */
zend_result qw_settings_apply(qw_worker *w, HashTable *settings);

/*
 * Configures r from a cache store array as setCache() and restart() take
 * it: "driver" "redis" with the connection keys plus "prefix",
 * "cache_prefix" and "separator", or "driver" "file" with "path".
 * A redis store that names no server (no host, port, path or scheme)
 * starts from inherit's connection settings when inherit is not NULL,
 * else from Laravel's defaults; its own keys apply on top.
 * Unknown keys and bad values throw a ValueError or TypeError naming the key.
 * r must be freshly initialised; on FAILURE it must still be freed.
 */
zend_result qw_settings_cache(qw_restart *r, HashTable *store, const qw_conn *inherit);

/* The effective settings as an array, the password masked. */
void qw_settings_export(const qw_worker *w, zval *out);

#endif

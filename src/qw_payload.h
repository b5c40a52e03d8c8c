/*
 * Laravel job payloads: decoding the JSON once, reading its fields with
 * Laravel's null handling, building new payloads in Laravel's field order,
 * and backoff lists.
 */
#ifndef QW_PAYLOAD_H
#define QW_PAYLOAD_H

#include "php.h"

/*
 * Decodes raw into an array. Returns FAILURE, with out UNDEF, when raw is not
 * a JSON object. The caller owns out.
 */
zend_result qw_payload_decode(zend_string *raw, zval *out);

/* The field key of a decoded payload; NULL when absent or null (PHP's ??). */
zval *qw_payload_find(const zval *payload, const char *key, size_t len);
#define QW_PAYLOAD_FIND(p, key) qw_payload_find((p), (key), sizeof(key) - 1)

/*
 * An integer field (ints, floats and numeric strings count; a float beyond
 * the integer range, 1e300 or JSON's 1e400 that decodes to INF, saturates
 * at its end, and NAN is 0). False when absent, null or not numeric.
 */
bool qw_payload_long(const zval *payload, const char *key, size_t len, zend_long *out);
#define QW_PAYLOAD_LONG(p, key, out) qw_payload_long((p), (key), sizeof(key) - 1, (out))

/* A string field, integers converted. NULL when absent or null; caller releases. */
zend_string *qw_payload_string(const zval *payload, const char *key, size_t len);
#define QW_PAYLOAD_STRING(p, key) qw_payload_string((p), (key), sizeof(key) - 1)

/*
 * Builds the JSON payload Laravel's RedisQueue pushes for a `Class@method`
 * job: uuid, displayName, job, maxTries, maxExceptions, failOnTimeout,
 * backoff, timeout, [retryUntil], data, id, attempts. options may set
 * displayName, maxTries, maxExceptions, failOnTimeout, backoff, timeout and
 * retryUntil, each value possibly a PHP reference; arg_num is the options
 * argument's position, for errors.
 * Returns NULL with an error thrown. Caller owns the payload and *id.
 */
zend_string *qw_payload_create(zend_string *job, zval *data, HashTable *options, uint32_t arg_num, zend_string **id);

/*
 * The delay for an attempt from a comma list ("10,30,60"): the entry for
 * attempt number attempts, else the last one; entries read like PHP's (int).
 */
zend_long qw_backoff_for(const char *list, size_t len, zend_long attempts);

/*
 * Checks a backoff option (int, comma list or array of ints, all >= 0; the
 * value and the array's elements may be PHP references) and returns it as a
 * comma list. NULL with a ValueError thrown for a bad value. Caller releases.
 */
zend_string *qw_backoff_parse(zval *value, const char *what, uint32_t arg_num);

#endif

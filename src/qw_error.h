/* Exception classes and the helpers that throw or build them. */
#ifndef QW_ERROR_H
#define QW_ERROR_H

#include "php.h"

extern zend_class_entry *qw_ce_exception;
extern zend_class_entry *qw_ce_connection_exception;
extern zend_class_entry *qw_ce_redis_exception;
extern zend_class_entry *qw_ce_invalid_payload_exception;
extern zend_class_entry *qw_ce_max_attempts_exception;
extern zend_class_entry *qw_ce_manually_failed_exception;
extern zend_class_entry *qw_ce_timeout_exception;

/* Throws an exception of class ce with a printf-style message. */
ZEND_COLD void qw_throw(zend_class_entry *ce, const char *fmt, ...)
	ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);

/* Builds, without throwing, an exception of class ce. Caller owns the object. */
zend_object *qw_error_make(zend_class_entry *ce, const char *fmt, ...)
	ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);

/* Writes a printf-style line to PHP's error log (php_log_err()). */
void qw_log(const char *fmt, ...)
	ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);

/*
 * Takes the pending exception off the engine so that C code can hand it on.
 * Returns NULL when none is pending; caller owns the returned object.
 */
zend_object *qw_error_take(void);

/* True when the pending exception is exit() or a fatal unwind: never catch it. */
bool qw_error_is_unwind(void);

/*
 * True when the pending unwind exit is a PHP fatal error's: PHP builds that
 * delay an out-of-memory error to the next opcode (Debian's 8.2) report it,
 * set the exit status 255 and unwind, rather than bail out.
 */
bool qw_error_is_fatal_unwind(void);

#endif

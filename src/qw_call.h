/* Calling a PHP callable from C: the one way every hook, callback and store is called. */
#ifndef QW_CALL_H
#define QW_CALL_H

#include "php.h"

/*
 * Calls callable with argc arguments (borrowed). The callable may replace
 * or free the zval it came from while it runs: a copy is called. Returns
 * FAILURE when it threw (or could not be called: a QWorker\Exception is
 * thrown then), with *retval UNDEF; on SUCCESS the caller owns *retval.
 */
zend_result qw_call(zval *callable, zval *retval, uint32_t argc, zval *argv);

#endif

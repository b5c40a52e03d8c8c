/*
 * Numbers as options, settings and payload fields carry them: an int, a
 * float, or a numeric string (env() gives strings, JSON may too). Each
 * caller decides what it accepts of the result: whole numbers only, a
 * range, finite values.
 */
#ifndef QW_NUMBER_H
#define QW_NUMBER_H

#include "php.h"

/*
 * Reads v (not a reference: the caller dereferences it) with PHP's own
 * parsing of numeric strings.
 * Returns IS_LONG with *l set (an int, or a string that reads as one),
 * IS_DOUBLE with *d set (a float, or a string with a fraction, an exponent
 * or beyond the zend_long range), 0 when v is no number (any other type, a
 * non-numeric string).
 */
zend_uchar qw_number(const zval *v, zend_long *l, double *d);

/* Reads v as qw_number() does, an int made a float: false when v is no number. */
bool qw_number_double(const zval *v, double *d);

#endif

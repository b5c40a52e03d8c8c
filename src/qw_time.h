/*
 * The clocks: the wall clock as PHP and Laravel read it (job due times,
 * expiries, the restart signal's value) and a monotonic clock for
 * intervals (sleeps, timeouts, the daemon's stop checks).
 */
#ifndef QW_TIME_H
#define QW_TIME_H

#include "php.h"

/*
 * The unix time as PHP's time() and Laravel's Carbon read it (gettimeofday):
 * time(NULL) can lag it by milliseconds after each second ticks over, and a
 * job due by Laravel's clock must be due by ours.
 */
zend_long qw_time_now(void);

/* The unix time with its fraction, as PHP's microtime(true). */
double qw_time_wall(void);

/* Seconds on a monotonic clock, for intervals; its origin means nothing. */
double qw_time_mono(void);

#endif

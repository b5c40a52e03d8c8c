/*
 * Worker options, named after queue:work's options with Laravel's defaults.
 * runNextJob() and the daemon loop read the same struct.
 */
#ifndef QW_OPTIONS_H
#define QW_OPTIONS_H

#include "php.h"

typedef struct _qw_options {
	zend_string *name;           /* --name, "default" */
	zend_string *backoff;        /* --backoff as a comma list, "0" */
	double sleep;                /* --sleep, 3 */
	double rest;                 /* --rest, 0 */
	zend_long tries;             /* --tries, 1; 0 = unlimited */
	zend_long memory;            /* --memory in MB, 128; 0 = no limit (Laravel 12+) */
	zend_long timeout;           /* --timeout in seconds, 60; 0 = none */
	zend_long max_jobs;          /* --max-jobs, 0 = no limit */
	zend_long max_time;          /* --max-time in seconds, 0 = no limit */
	zend_long stop_when_empty_for; /* --stop-when-empty-for in seconds, 0 = off */
	zend_long prefetch;          /* jobs one pop may reserve ahead, daemon() only: 1 to QW_QUEUE_MAX_PREFETCH, 1 */
	bool stop_when_empty;        /* --stop-when-empty */
	bool force;                  /* --force */
	bool restartable;            /* read the restart signal (Laravel's Worker::$restartable), true */
	bool pausable;               /* read the queues' pause keys (Worker::$pausable), false */
	bool pause_all;              /* with pausable, read Laravel 13's global pause key first, false */
	zval maintenance;            /* the app's down file (string) or fn(): bool; UNDEF: never down */
} qw_options;

/* Sets Laravel's defaults. */
void qw_options_init(qw_options *o);

/*
 * Overrides the defaults with the keys of ht. Unknown keys and bad values
 * throw a ValueError or TypeError naming the key (arg_num is the argument's
 * position). Returns FAILURE then; o must still be freed.
 */
zend_result qw_options_parse(qw_options *o, HashTable *ht, uint32_t arg_num);

void qw_options_free(qw_options *o);

/* True when the app is down for maintenance and force is off. FAILURE (callable threw) leaves *down false. */
zend_result qw_options_down(const qw_options *o, bool *down);

#endif

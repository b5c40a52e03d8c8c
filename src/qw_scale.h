/*
 * The size of a pool's worker groups: the pool's options (named after
 * Horizon's supervisor options) and the step the supervisor takes every
 * cooldown toward the workers each group's queues need. Pure arithmetic:
 * the caller measures the queues and forks or stops the workers.
 */
#ifndef QW_SCALE_H
#define QW_SCALE_H

#include "php.h"

/* Most workers one pool may have. */
#define QW_SCALE_MAX_PROCESSES 256

typedef enum {
	QW_BALANCE_OFF,    /* one group: every worker works every queue, in order */
	QW_BALANCE_SIMPLE, /* one group per queue, max_processes split evenly, fixed */
	QW_BALANCE_AUTO    /* one group per queue, each sized by its share of the work */
} qw_scale_balance;

typedef enum {
	QW_SCALE_BY_TIME,  /* a queue's work: its jobs ready × their mean runtime */
	QW_SCALE_BY_SIZE   /* a queue's work: its jobs ready */
} qw_scale_strategy;

typedef struct _qw_scale_options {
	zend_long min;                /* min_processes: workers per group at least */
	zend_long max;                /* max_processes: workers in the pool at most */
	qw_scale_balance balance;
	qw_scale_strategy strategy;   /* auto_scaling_strategy */
	zend_long max_shift;          /* balance_max_shift: most workers a group gains or loses per step */
	double cooldown;              /* balance_cooldown: seconds between two steps */
} qw_scale_options;

/* One group of workers as the step sees it. */
typedef struct _qw_scale_group {
	zend_long size;   /* jobs ready now in its queues */
	double time;      /* seconds its workers would need for them: Σ size × mean runtime per queue */
	zend_long now;    /* workers it has (or is about to have) */
	zend_long next;   /* out: workers it should have after this step */
} qw_scale_group;

/*
 * Takes the pool's options out of options (a copy the caller owns):
 * "processes" (a fixed pool), or "min_processes" and "max_processes",
 * "balance" (false, "simple", "auto"), "auto_scaling_strategy" ("time",
 * "size"), "balance_max_shift", "balance_cooldown". groups is the number of
 * groups balance makes (the queues with a balance, else 1). FAILURE with a
 * ValueError naming the key (arg_num is the argument's position).
 */
zend_result qw_scale_take_options(HashTable *options, uint32_t arg_num, uint32_t groups, qw_scale_options *so);

/* True when the groups' sizes never change: no step is needed. */
bool qw_scale_fixed(const qw_scale_options *so);

/* The workers each of n groups starts with, into g[i].next. */
void qw_scale_start(const qw_scale_options *so, qw_scale_group *g, uint32_t n);

/*
 * One step: from each group's size, time and now, the workers it should
 * have next (the formula is in docs/daemon.md, "Autoscaling").
 */
void qw_scale_step(const qw_scale_options *so, qw_scale_group *g, uint32_t n);

#endif

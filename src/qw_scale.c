#include "php.h"
#include "zend_exceptions.h"

#include "qw_number.h"
#include "qw_scale.h"

/*
 * Reads the integer at key into *out when present (*given then true);
 * FAILURE with a ValueError when it is not an integer from lo to hi.
 */
static zend_result qw_scale_long(HashTable *options, const char *key, zend_long lo, zend_long hi, uint32_t arg_num,
	zend_long *out, bool *given)
{
	zval *v = zend_hash_str_find_deref(options, key, strlen(key));
	zend_long l = 0;
	double d;

	*given = v != NULL;
	if (!v) {
		return SUCCESS;
	}
	switch (qw_number(v, &l, &d)) {
		case IS_LONG:
			break;
		case IS_DOUBLE:
			if (d != floor(d)) {
				zend_argument_value_error(arg_num, "key \"%s\" must be an integer", key);
				return FAILURE;
			}
			l = d < lo ? lo - 1 : d > hi ? hi + 1 : (zend_long) d;
			break;
		default:
			zend_argument_value_error(arg_num, "key \"%s\" must be a number, %s given", key, zend_zval_type_name(v));
			return FAILURE;
	}
	if (l < lo || l > hi) {
		zend_argument_value_error(arg_num, "key \"%s\" must be between " ZEND_LONG_FMT " and " ZEND_LONG_FMT, key, lo, hi);
		return FAILURE;
	}
	*out = l;
	return SUCCESS;
}

/*
 * Reads the string choice at key: *out is the index of its value in names (n
 * of them); false and "off" pick names[0], null leaves *out.
 */
static zend_result qw_scale_choice(HashTable *options, const char *key, const char *const *names, int n, uint32_t arg_num,
	int *out)
{
	zval *v = zend_hash_str_find_deref(options, key, strlen(key));
	int i;

	if (!v || Z_TYPE_P(v) == IS_NULL) {
		return SUCCESS;
	}
	if (Z_TYPE_P(v) == IS_FALSE || (Z_TYPE_P(v) == IS_STRING && zend_string_equals_literal(Z_STR_P(v), "off"))) {
		*out = 0;
		return SUCCESS;
	}
	if (Z_TYPE_P(v) == IS_STRING) {
		for (i = 0; i < n; i++) {
			if (zend_string_equals_cstr(Z_STR_P(v), names[i], strlen(names[i]))) {
				*out = i;
				return SUCCESS;
			}
		}
	}
	zend_argument_value_error(arg_num, "key \"%s\" must be %s", key,
		n == 3 ? "false, \"simple\" or \"auto\"" : "\"time\" or \"size\"");
	return FAILURE;
}

/* Reads balance_cooldown: seconds, more than 0, at most an hour. */
static zend_result qw_scale_cooldown(HashTable *options, uint32_t arg_num, double *out)
{
	zval *v = zend_hash_str_find_deref(options, "balance_cooldown", sizeof("balance_cooldown") - 1);
	double d;

	if (!v) {
		return SUCCESS;
	}
	if (!qw_number_double(v, &d)) {
		zend_argument_value_error(arg_num, "key \"balance_cooldown\" must be a number, %s given", zend_zval_type_name(v));
		return FAILURE;
	}
	if (!(d >= 0.1 && d <= 3600)) {
		zend_argument_value_error(arg_num, "key \"balance_cooldown\" must be between 0.1 and 3600 seconds");
		return FAILURE;
	}
	*out = d;
	return SUCCESS;
}

zend_result qw_scale_take_options(HashTable *options, uint32_t arg_num, uint32_t groups, qw_scale_options *so)
{
	static const char *const balances[] = {"false", "simple", "auto"};
	static const char *const strategies[] = {"time", "size"};
	static const char *const keys[] = {"processes", "min_processes", "max_processes", "balance",
		"auto_scaling_strategy", "balance_max_shift", "balance_cooldown"};
	zend_long processes = 1;
	bool has_processes, has_min, has_max, unused;
	int balance = QW_BALANCE_OFF, strategy = QW_SCALE_BY_TIME;
	size_t i;

	so->min = so->max = 1;
	so->max_shift = 1;
	so->cooldown = 3;
	if (qw_scale_long(options, "processes", 1, QW_SCALE_MAX_PROCESSES, arg_num, &processes, &has_processes) == FAILURE
		|| qw_scale_long(options, "min_processes", 1, QW_SCALE_MAX_PROCESSES, arg_num, &so->min, &has_min) == FAILURE
		|| qw_scale_long(options, "max_processes", 1, QW_SCALE_MAX_PROCESSES, arg_num, &so->max, &has_max) == FAILURE
		|| qw_scale_choice(options, "balance", balances, 3, arg_num, &balance) == FAILURE
		|| qw_scale_choice(options, "auto_scaling_strategy", strategies, 2, arg_num, &strategy) == FAILURE
		|| qw_scale_long(options, "balance_max_shift", 1, QW_SCALE_MAX_PROCESSES, arg_num, &so->max_shift, &unused) == FAILURE
		|| qw_scale_cooldown(options, arg_num, &so->cooldown) == FAILURE) {
		return FAILURE;
	}
	so->balance = (qw_scale_balance) balance;
	so->strategy = (qw_scale_strategy) strategy;
	if (has_processes && (has_min || has_max)) {
		zend_argument_value_error(arg_num, "key \"processes\" cannot be given with \"min_processes\" or \"max_processes\"");
		return FAILURE;
	}
	if (has_processes) {
		/* A fixed pool without a balance; with one, the pool's most workers. */
		so->max = processes;
		so->min = so->balance == QW_BALANCE_OFF ? processes : 1;
	} else if (!has_max) {
		so->max = so->min;
	}
	if (so->min > so->max) {
		zend_argument_value_error(arg_num, "key \"min_processes\" must not exceed \"max_processes\"");
		return FAILURE;
	}
	if (so->balance != QW_BALANCE_OFF && so->min * (zend_long) groups > so->max) {
		zend_argument_value_error(arg_num, "key \"max_processes\" must be at least \"min_processes\" for each of the %u queues",
			groups);
		return FAILURE;
	}
	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		zend_hash_str_del(options, keys[i], strlen(keys[i]));
	}
	return SUCCESS;
}

bool qw_scale_fixed(const qw_scale_options *so)
{
	return so->balance == QW_BALANCE_SIMPLE || (so->balance == QW_BALANCE_OFF && so->min == so->max);
}

void qw_scale_start(const qw_scale_options *so, qw_scale_group *g, uint32_t n)
{
	uint32_t i;

	for (i = 0; i < n; i++) {
		if (so->balance == QW_BALANCE_SIMPLE) {
			/* max split evenly, the first queues taking what is left over */
			g[i].next = MAX(so->min, so->max / (zend_long) n + ((zend_long) i < so->max % (zend_long) n ? 1 : 0));
		} else {
			g[i].next = so->min;
		}
	}
}

/* The workers group g would want if it could have them at once. by_time: shares from times, else from sizes. */
static zend_long qw_scale_desired(const qw_scale_options *so, const qw_scale_group *g, zend_long total_size,
	double total_time, bool by_time)
{
	double share;
	zend_long want;

	if (g->size == 0) {
		return so->min;
	}
	share = by_time ? g->time / total_time : (double) g->size / (double) total_size;
	want = (zend_long) ceil(share * (double) so->max - 1e-9);
	/* never more workers than jobs waiting */
	want = MIN(want, g->size);
	return MAX(so->min, MIN(want, so->max));
}

void qw_scale_step(const qw_scale_options *so, qw_scale_group *g, uint32_t n)
{
	zend_long total_size = 0, total = 0, *want;
	double total_time = 0;
	bool by_time = so->strategy == QW_SCALE_BY_TIME;
	uint32_t i;

	if (qw_scale_fixed(so)) {
		for (i = 0; i < n; i++) {
			g[i].next = g[i].now;
		}
		return;
	}
	for (i = 0; i < n; i++) {
		total_size += g[i].size;
		total_time += g[i].time;
		/* a queue whose runtime is not known yet: shares from sizes */
		by_time = by_time && (g[i].size == 0 || g[i].time > 0);
	}
	want = safe_emalloc(n, sizeof(*want), 0);
	/* Shrinking first makes room under max for the groups that grow. */
	for (i = 0; i < n; i++) {
		want[i] = qw_scale_desired(so, &g[i], total_size, total_time, by_time);
		g[i].next = want[i] < g[i].now ? MAX(g[i].now - so->max_shift, want[i]) : g[i].now;
		total += g[i].next;
	}
	for (i = 0; i < n; i++) {
		if (want[i] > g[i].now) {
			zend_long up = MIN(MIN(so->max_shift, want[i] - g[i].now), MAX(0, so->max - total));

			g[i].next += up;
			total += up;
		}
	}
	efree(want);
}

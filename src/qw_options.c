#include "php.h"

#include "qw_options.h"
#include "qw_payload.h"
#include "qw_queue.h"
#include "qw_worker.h"

typedef enum { QW_OPT_SECONDS, QW_OPT_COUNT, QW_OPT_POSITIVE, QW_OPT_BOOL, QW_OPT_STRING, QW_OPT_BACKOFF, QW_OPT_PATH_OR_CALLABLE } qw_opt_kind;

typedef struct {
	const char *key;
	qw_opt_kind kind;
	size_t offset;
	zend_long max;               /* the largest count allowed, 0: ZEND_LONG_MAX */
} qw_opt;

#define QW_OPT(key, kind, field) {key, kind, XtOffsetOf(qw_options, field), 0}
#define QW_OPT_MAX(key, kind, field, max) {key, kind, XtOffsetOf(qw_options, field), max}

static const qw_opt qw_opts[] = {
	QW_OPT("name", QW_OPT_STRING, name),
	QW_OPT("backoff", QW_OPT_BACKOFF, backoff),
	QW_OPT("sleep", QW_OPT_SECONDS, sleep),
	QW_OPT("rest", QW_OPT_SECONDS, rest),
	QW_OPT("tries", QW_OPT_COUNT, tries),
	QW_OPT("memory", QW_OPT_POSITIVE, memory),
	QW_OPT("timeout", QW_OPT_COUNT, timeout),
	QW_OPT("max_jobs", QW_OPT_COUNT, max_jobs),
	QW_OPT("max_time", QW_OPT_COUNT, max_time),
	QW_OPT("stop_when_empty_for", QW_OPT_COUNT, stop_when_empty_for),
	QW_OPT_MAX("prefetch", QW_OPT_POSITIVE, prefetch, QW_QUEUE_MAX_PREFETCH),
	QW_OPT("stop_when_empty", QW_OPT_BOOL, stop_when_empty),
	QW_OPT("force", QW_OPT_BOOL, force),
	QW_OPT("maintenance", QW_OPT_PATH_OR_CALLABLE, maintenance),
	{NULL, 0, 0, 0}
};

void qw_options_init(qw_options *o)
{
	memset(o, 0, sizeof(*o));
	o->name = zend_string_init("default", sizeof("default") - 1, 0);
	o->backoff = zend_string_init("0", 1, 0);
	o->sleep = 3;
	o->tries = 1;
	o->memory = 128;
	o->timeout = 60;
	o->prefetch = 1;
	ZVAL_UNDEF(&o->maintenance);
}

void qw_options_free(qw_options *o)
{
	if (o->name) {
		zend_string_release(o->name);
	}
	if (o->backoff) {
		zend_string_release(o->backoff);
	}
	o->name = o->backoff = NULL;
	zval_ptr_dtor(&o->maintenance);
	ZVAL_UNDEF(&o->maintenance);
}

zend_result qw_options_down(const qw_options *o, bool *down)
{
	zval rv;

	*down = false;
	if (o->force || Z_ISUNDEF(o->maintenance)) {
		return SUCCESS;
	}
	if (Z_TYPE(o->maintenance) == IS_STRING) {
		zend_stat_t st;

		*down = VCWD_STAT(Z_STRVAL(o->maintenance), &st) == 0;
		return SUCCESS;
	}
	if (qw_worker_call((zval *) &o->maintenance, &rv, 0, NULL) == FAILURE) {
		return FAILURE;
	}
	*down = zend_is_true(&rv);
	zval_ptr_dtor(&rv);
	return SUCCESS;
}

/* Reads a number (int, float or numeric string). False when v is none of them. */
static bool qw_opt_number(zval *v, double *out, bool *integral)
{
	zend_long l;
	double d;

	switch (Z_TYPE_P(v)) {
		case IS_LONG:
			*out = (double) Z_LVAL_P(v);
			*integral = true;
			return true;
		case IS_DOUBLE:
			*out = Z_DVAL_P(v);
			*integral = *out == (double) (zend_long) *out;
			return zend_finite(*out);
		case IS_STRING:
			switch (is_numeric_string(Z_STRVAL_P(v), Z_STRLEN_P(v), &l, &d, false)) {
				case IS_LONG:
					*out = (double) l;
					*integral = true;
					return true;
				case IS_DOUBLE:
					*out = d;
					*integral = *out == (double) (zend_long) *out;
					return zend_finite(d);
			}
	}
	return false;
}

static zend_result qw_opt_set(qw_options *o, const qw_opt *opt, zval *v, uint32_t arg_num)
{
	char *field = (char *) o + opt->offset;
	double number;
	bool integral;

	switch (opt->kind) {
		case QW_OPT_BOOL:
			if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
				zend_argument_type_error(arg_num, "key \"%s\" must be of type bool, %s given", opt->key, zend_zval_type_name(v));
				return FAILURE;
			}
			*(bool *) field = Z_TYPE_P(v) == IS_TRUE;
			return SUCCESS;
		case QW_OPT_STRING:
			if (Z_TYPE_P(v) != IS_STRING) {
				zend_argument_type_error(arg_num, "key \"%s\" must be of type string, %s given", opt->key, zend_zval_type_name(v));
				return FAILURE;
			}
			zend_string_release(*(zend_string **) field);
			*(zend_string **) field = zend_string_copy(Z_STR_P(v));
			return SUCCESS;
		case QW_OPT_PATH_OR_CALLABLE:
			zval_ptr_dtor((zval *) field);
			ZVAL_UNDEF((zval *) field);
			if (Z_TYPE_P(v) == IS_NULL) {
				return SUCCESS;
			}
			if (Z_TYPE_P(v) != IS_STRING && !zend_is_callable(v, 0, NULL)) {
				zend_argument_type_error(arg_num, "key \"%s\" must be a file path or a callable, %s given", opt->key, zend_zval_type_name(v));
				return FAILURE;
			}
			ZVAL_COPY((zval *) field, v);
			return SUCCESS;
		case QW_OPT_BACKOFF: {
			zend_string *list = qw_backoff_parse(v, opt->key, arg_num);

			if (!list) {
				return FAILURE;
			}
			zend_string_release(*(zend_string **) field);
			*(zend_string **) field = list;
			return SUCCESS;
		}
		default:
			break;
	}
	if (!qw_opt_number(v, &number, &integral)) {
		zend_argument_value_error(arg_num, "key \"%s\" must be a number, %s given", opt->key, zend_zval_type_name(v));
		return FAILURE;
	}
	if (number < 0 || (opt->kind == QW_OPT_POSITIVE && number == 0)) {
		zend_argument_value_error(arg_num, "key \"%s\" must be greater than %s0", opt->key,
			opt->kind == QW_OPT_POSITIVE ? "" : "or equal to ");
		return FAILURE;
	}
	if (opt->kind == QW_OPT_SECONDS) {
		*(double *) field = number;
		return SUCCESS;
	}
	if (!integral || number > (double) ZEND_LONG_MAX) {
		zend_argument_value_error(arg_num, "key \"%s\" must be an integer", opt->key);
		return FAILURE;
	}
	if (opt->max && number > (double) opt->max) {
		zend_argument_value_error(arg_num, "key \"%s\" must be at most " ZEND_LONG_FMT, opt->key, opt->max);
		return FAILURE;
	}
	*(zend_long *) field = (zend_long) number;
	return SUCCESS;
}

zend_result qw_options_parse(qw_options *o, HashTable *ht, uint32_t arg_num)
{
	zend_string *key;
	zval *v;

	ZEND_HASH_FOREACH_STR_KEY_VAL(ht, key, v) {
		const qw_opt *opt;

		for (opt = qw_opts; opt->key && (!key || strcmp(opt->key, ZSTR_VAL(key)) != 0); opt++);
		if (!opt->key) {
			zend_argument_value_error(arg_num, "has an unknown key \"%s\"", key ? ZSTR_VAL(key) : "(integer)");
			return FAILURE;
		}
		ZVAL_DEREF(v);
		if (qw_opt_set(o, opt, v, arg_num) == FAILURE) {
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

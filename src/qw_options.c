#include "php.h"

#include "qw_call.h"
#include "qw_number.h"
#include "qw_options.h"
#include "qw_payload.h"
#include "qw_queue.h"

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
	QW_OPT("memory", QW_OPT_COUNT, memory),
	QW_OPT("timeout", QW_OPT_COUNT, timeout),
	QW_OPT("max_jobs", QW_OPT_COUNT, max_jobs),
	QW_OPT("max_time", QW_OPT_COUNT, max_time),
	QW_OPT("stop_when_empty_for", QW_OPT_COUNT, stop_when_empty_for),
	QW_OPT_MAX("prefetch", QW_OPT_POSITIVE, prefetch, QW_QUEUE_MAX_PREFETCH),
	QW_OPT("stop_when_empty", QW_OPT_BOOL, stop_when_empty),
	QW_OPT("force", QW_OPT_BOOL, force),
	QW_OPT("restartable", QW_OPT_BOOL, restartable),
	QW_OPT("pausable", QW_OPT_BOOL, pausable),
	QW_OPT("pause_all", QW_OPT_BOOL, pause_all),
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
	o->restartable = true;
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
	if (qw_call((zval *) &o->maintenance, &rv, 0, NULL) == FAILURE) {
		return FAILURE;
	}
	*down = zend_is_true(&rv);
	zval_ptr_dtor(&rv);
	return SUCCESS;
}

/*
 * Reads a number (qw_number()). Returns IS_LONG with *l set for an integer
 * that zend_long holds exactly (ints as they are, never through a double),
 * IS_DOUBLE with *d set for any other finite number (a fraction, or an
 * integer out of range: a numeric string that overflows reads as a double),
 * 0 when v is not a finite number.
 */
static zend_uchar qw_opt_number(const zval *v, zend_long *l, double *d)
{
	zend_uchar type = qw_number(v, l, d);

	if (type != IS_DOUBLE) {
		return type;
	}
	if (!zend_finite(*d)) {
		return 0;
	}
	/* ZEND_DOUBLE_FITS_LONG() refuses 2^63, the double that (double) ZEND_LONG_MAX rounds to. */
	if (ZEND_DOUBLE_FITS_LONG(*d) && *d == (double) (zend_long) *d) {
		*l = (zend_long) *d;
		return IS_LONG;
	}
	return IS_DOUBLE;
}

/* Refuses a string option holding a NUL byte: it is used as a C string. */
static zend_result qw_opt_no_nul(const qw_opt *opt, const zval *v, uint32_t arg_num)
{
	if (zend_str_has_nul_byte(Z_STR_P(v))) {
		zend_argument_value_error(arg_num, "key \"%s\" must not contain any null bytes", opt->key);
		return FAILURE;
	}
	return SUCCESS;
}

/* Sets one option from v (dereferenced). FAILURE with a ValueError or TypeError naming the key. */
static zend_result qw_opt_set(qw_options *o, const qw_opt *opt, zval *v, uint32_t arg_num)
{
	char *field = (char *) o + opt->offset;
	zend_long l = 0, max = opt->max ? opt->max : ZEND_LONG_MAX;
	double d = 0;
	zend_uchar type;

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
			if (qw_opt_no_nul(opt, v, arg_num) == FAILURE) {
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
			if (Z_TYPE_P(v) == IS_STRING && qw_opt_no_nul(opt, v, arg_num) == FAILURE) {
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
	if ((type = qw_opt_number(v, &l, &d)) == 0) {
		zend_argument_value_error(arg_num, "key \"%s\" must be a number, %s given", opt->key, zend_zval_type_name(v));
		return FAILURE;
	}
	if (type == IS_LONG ? l < 0 || (opt->kind == QW_OPT_POSITIVE && l == 0) : d < 0) {
		zend_argument_value_error(arg_num, "key \"%s\" must be greater than %s0", opt->key,
			opt->kind == QW_OPT_POSITIVE ? "" : "or equal to ");
		return FAILURE;
	}
	if (opt->kind == QW_OPT_SECONDS) {
		*(double *) field = type == IS_LONG ? (double) l : d;
		return SUCCESS;
	}
	/* A double here is a fraction, or an integer beyond ZEND_LONG_MAX. */
	if (type == IS_DOUBLE && d != floor(d)) {
		zend_argument_value_error(arg_num, "key \"%s\" must be an integer", opt->key);
		return FAILURE;
	}
	if (type == IS_DOUBLE || l > max) {
		zend_argument_value_error(arg_num, "key \"%s\" must be at most " ZEND_LONG_FMT, opt->key, max);
		return FAILURE;
	}
	*(zend_long *) field = l;
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

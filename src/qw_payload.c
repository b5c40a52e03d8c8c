#include "php.h"
#include "ext/json/php_json.h"
#include "zend_smart_str.h"
#if PHP_VERSION_ID >= 80200
#include "ext/random/php_random.h"
#else
#include "ext/standard/php_random.h"
#endif

#include "qw_error.h"
#include "qw_number.h"
#include "qw_payload.h"

zend_result qw_payload_decode(zend_string *raw, zval *out)
{
	if (ZSTR_LEN(raw) == 0
		|| php_json_decode_ex(out, ZSTR_VAL(raw), ZSTR_LEN(raw), PHP_JSON_OBJECT_AS_ARRAY, PHP_JSON_PARSER_DEFAULT_DEPTH) == FAILURE) {
		ZVAL_UNDEF(out);
		return FAILURE;
	}
	if (Z_TYPE_P(out) != IS_ARRAY) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		return FAILURE;
	}
	return SUCCESS;
}

zval *qw_payload_find(const zval *payload, const char *key, size_t len)
{
	zval *v;

	if (Z_TYPE_P(payload) != IS_ARRAY) {
		return NULL;
	}
	v = zend_hash_str_find(Z_ARRVAL_P(payload), key, len);
	if (!v || Z_TYPE_P(v) == IS_NULL) {
		return NULL;
	}
	return v;
}

static zend_long qw_payload_dval_to_long(double d)
{
	if (zend_isnan(d)) {
		return 0;
	}
	if (!ZEND_DOUBLE_FITS_LONG(d)) {
		return d > 0 ? ZEND_LONG_MAX : ZEND_LONG_MIN;
	}
	return (zend_long) d;
}

bool qw_payload_long(const zval *payload, const char *key, size_t len, zend_long *out)
{
	zval *v = qw_payload_find(payload, key, len);
	double d;

	if (!v) {
		return false;
	}
	switch (qw_number(v, out, &d)) {
		case IS_LONG:
			return true;
		case IS_DOUBLE:
			*out = qw_payload_dval_to_long(d);
			return true;
		default:
			return false;
	}
}

zend_string *qw_payload_string(const zval *payload, const char *key, size_t len)
{
	zval *v = qw_payload_find(payload, key, len);

	if (!v) {
		return NULL;
	}
	if (Z_TYPE_P(v) == IS_STRING) {
		return zend_string_copy(Z_STR_P(v));
	}
	if (Z_TYPE_P(v) == IS_LONG || Z_TYPE_P(v) == IS_DOUBLE) {
		return zval_get_string(v);
	}
	return NULL;
}

zend_long qw_backoff_for(const char *list, size_t len, zend_long attempts)
{
	const char *p = list, *end = list + len, *comma;
	zend_long i = 1;

	/* Find entry number attempts (1-based); stop at the last one. */
	while ((comma = memchr(p, ',', end - p)) != NULL && i < attempts) {
		p = comma + 1;
		i++;
	}
	return ZEND_STRTOL(p, NULL, 10);
}

/* A random id of len letters and digits, as Laravel's Str::random(). NULL with an exception thrown. */
static zend_string *qw_payload_random_id(size_t len)
{
	static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	zend_string *id = zend_string_alloc(len, 0);
	unsigned char bytes[64];
	size_t filled = 0;

	while (filled < len) {
		size_t i;

		if (php_random_bytes_throw(bytes, sizeof(bytes)) == FAILURE) {
			zend_string_efree(id);
			return NULL;
		}
		/* 248 = 4 * 62: rejecting bytes above it keeps the draw uniform. */
		for (i = 0; i < sizeof(bytes) && filled < len; i++) {
			if (bytes[i] < 248) {
				ZSTR_VAL(id)[filled++] = alphabet[bytes[i] % 62];
			}
		}
	}
	ZSTR_VAL(id)[len] = '\0';
	return id;
}

/* A random (version 4) UUID, lower-case, as Laravel's Str::uuid(). */
static zend_string *qw_payload_uuid(void)
{
	unsigned char b[16];

	if (php_random_bytes_throw(b, sizeof(b)) == FAILURE) {
		return NULL;
	}
	b[6] = (b[6] & 0x0f) | 0x40;
	b[8] = (b[8] & 0x3f) | 0x80;
	return zend_strpprintf(0, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
		b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
}

zend_string *qw_backoff_parse(zval *value, const char *what, uint32_t arg_num)
{
	zend_string *list;
	const char *p;

	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) == IS_LONG) {
		if (Z_LVAL_P(value) < 0) {
			zend_argument_value_error(arg_num, "key \"%s\" must be greater than or equal to 0", what);
			return NULL;
		}
		return zend_long_to_str(Z_LVAL_P(value));
	}
	if (Z_TYPE_P(value) == IS_ARRAY) {
		smart_str buf = {0};
		zval *item;

		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
			ZVAL_DEREF(item);
			if (Z_TYPE_P(item) != IS_LONG || Z_LVAL_P(item) < 0) {
				smart_str_free(&buf);
				zend_argument_value_error(arg_num, "key \"%s\" must hold integers greater than or equal to 0", what);
				return NULL;
			}
			if (buf.s) {
				smart_str_appendc(&buf, ',');
			}
			smart_str_append_long(&buf, Z_LVAL_P(item));
		} ZEND_HASH_FOREACH_END();
		if (!buf.s) {
			zend_argument_value_error(arg_num, "key \"%s\" must not be empty", what);
			return NULL;
		}
		return smart_str_extract(&buf);
	}
	if (Z_TYPE_P(value) != IS_STRING) {
		zend_argument_type_error(arg_num, "key \"%s\" must be of type int|string|array, %s given", what, zend_zval_type_name(value));
		return NULL;
	}
	list = Z_STR_P(value);
	/* digits separated by single commas: "10", "10,30,60" */
	for (p = ZSTR_VAL(list); ; p++) {
		if (!isdigit((unsigned char) *p)) {
			break;
		}
		while (isdigit((unsigned char) *p)) {
			p++;
		}
		if (*p != ',') {
			break;
		}
	}
	if (ZSTR_LEN(list) == 0 || p != ZSTR_VAL(list) + ZSTR_LEN(list) || !isdigit((unsigned char) p[-1])) {
		zend_argument_value_error(arg_num, "key \"%s\" must be an integer or a comma-separated list of integers, \"%s\" given", what, ZSTR_VAL(list));
		return NULL;
	}
	return zend_string_copy(list);
}

/* Reads an optional integer option (null allowed) into dst. */
static zend_result qw_payload_opt_long(HashTable *options, const char *key, uint32_t arg_num, zval *dst)
{
	zval *v = zend_hash_str_find_deref(options, key, strlen(key));

	ZVAL_NULL(dst);
	if (!v || Z_TYPE_P(v) == IS_NULL) {
		return SUCCESS;
	}
	if (Z_TYPE_P(v) != IS_LONG) {
		zend_argument_type_error(arg_num, "key \"%s\" must be of type ?int, %s given", key, zend_zval_type_name(v));
		return FAILURE;
	}
	ZVAL_COPY_VALUE(dst, v);
	return SUCCESS;
}

zend_string *qw_payload_create(zend_string *job, zval *data, HashTable *options, uint32_t arg_num, zend_string **id)
{
	static const char *const known[] = {
		"displayName", "maxTries", "maxExceptions", "failOnTimeout", "backoff", "timeout", "retryUntil", NULL
	};
	zval payload, max_tries, max_exceptions, timeout, retry_until, tmp, *v;
	zend_string *key, *uuid, *json = NULL;
	smart_str buf = {0};
	const char *at;

	*id = NULL;
	if (options) {
		ZEND_HASH_FOREACH_STR_KEY(options, key) {
			int i;

			for (i = 0; known[i] && (!key || strcmp(known[i], ZSTR_VAL(key)) != 0); i++);
			if (!known[i]) {
				zend_argument_value_error(arg_num, "has an unknown key \"%s\"", key ? ZSTR_VAL(key) : "(integer)");
				return NULL;
			}
		} ZEND_HASH_FOREACH_END();
		if (qw_payload_opt_long(options, "maxTries", arg_num, &max_tries) == FAILURE
			|| qw_payload_opt_long(options, "maxExceptions", arg_num, &max_exceptions) == FAILURE
			|| qw_payload_opt_long(options, "timeout", arg_num, &timeout) == FAILURE
			|| qw_payload_opt_long(options, "retryUntil", arg_num, &retry_until) == FAILURE) {
			return NULL;
		}
	} else {
		ZVAL_NULL(&max_tries);
		ZVAL_NULL(&max_exceptions);
		ZVAL_NULL(&timeout);
		ZVAL_NULL(&retry_until);
	}
	if ((uuid = qw_payload_uuid()) == NULL || (*id = qw_payload_random_id(32)) == NULL) {
		if (uuid) {
			zend_string_release(uuid);
		}
		return NULL;
	}

	array_init_size(&payload, 12);
	add_assoc_str(&payload, "uuid", uuid);
	if (options && (v = zend_hash_str_find_deref(options, "displayName", sizeof("displayName") - 1)) && Z_TYPE_P(v) != IS_NULL) {
		if (Z_TYPE_P(v) != IS_STRING) {
			zend_argument_type_error(arg_num, "key \"displayName\" must be of type ?string, %s given", zend_zval_type_name(v));
			goto fail;
		}
		add_assoc_str(&payload, "displayName", zend_string_copy(Z_STR_P(v)));
	} else {
		at = memchr(ZSTR_VAL(job), '@', ZSTR_LEN(job));
		add_assoc_stringl(&payload, "displayName", ZSTR_VAL(job), at ? (size_t) (at - ZSTR_VAL(job)) : ZSTR_LEN(job));
	}
	add_assoc_str(&payload, "job", zend_string_copy(job));
	add_assoc_zval(&payload, "maxTries", &max_tries);
	add_assoc_zval(&payload, "maxExceptions", &max_exceptions);
	v = options ? zend_hash_str_find_deref(options, "failOnTimeout", sizeof("failOnTimeout") - 1) : NULL;
	if (v && Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
		zend_argument_type_error(arg_num, "key \"failOnTimeout\" must be of type bool, %s given", zend_zval_type_name(v));
		goto fail;
	}
	add_assoc_bool(&payload, "failOnTimeout", v && Z_TYPE_P(v) == IS_TRUE);
	v = options ? zend_hash_str_find_deref(options, "backoff", sizeof("backoff") - 1) : NULL;
	if (v && Z_TYPE_P(v) != IS_NULL) {
		zend_string *list = qw_backoff_parse(v, "backoff", arg_num);

		if (!list) {
			goto fail;
		}
		add_assoc_str(&payload, "backoff", list);
	} else {
		add_assoc_null(&payload, "backoff");
	}
	add_assoc_zval(&payload, "timeout", &timeout);
	if (Z_TYPE(retry_until) != IS_NULL) {
		add_assoc_zval(&payload, "retryUntil", &retry_until);
	}
	ZVAL_COPY(&tmp, data);
	add_assoc_zval(&payload, "data", &tmp);
	add_assoc_str(&payload, "id", zend_string_copy(*id));
	add_assoc_long(&payload, "attempts", 0);

	/* ext/json returns SUCCESS for INF and NAN (written as 0) but sets the error, as json_encode() reads it. */
	if (php_json_encode(&buf, &payload, PHP_JSON_UNESCAPED_UNICODE) == FAILURE || JSON_G(error_code) != PHP_JSON_ERROR_NONE) {
		smart_str_free(&buf);
		qw_throw(qw_ce_invalid_payload_exception, "unable to JSON encode the payload (json error %d)",
			(int) JSON_G(error_code));
		goto fail;
	}
	json = smart_str_extract(&buf);
	zval_ptr_dtor(&payload);
	return json;

fail:
	zval_ptr_dtor(&payload);
	zend_string_release(*id);
	*id = NULL;
	return NULL;
}

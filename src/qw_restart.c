#include "php.h"

#include <errno.h>
#include "ext/standard/md5.h"
#include "ext/standard/sha1.h"

#include "qw_call.h"
#include "qw_error.h"
#include "qw_restart.h"
#include "qw_time.h"

/* Laravel's FileStore: a 10-digit expiry, then the serialized value; forever is this expiry. */
#define QW_RESTART_FOREVER "9999999999"
#define QW_RESTART_EXPIRY_LEN 10
#define QW_RESTART_MAX_FILE 4096

void qw_restart_init(qw_restart *r)
{
	r->kind = QW_RESTART_NONE;
	qw_conn_init(&r->conn);
	r->where = NULL;
	r->base = NULL;
	ZVAL_UNDEF(&r->callable);
}

void qw_restart_free(qw_restart *r)
{
	qw_conn_free(&r->conn);
	if (r->where) {
		zend_string_release(r->where);
	}
	if (r->base) {
		zend_string_release(r->base);
	}
	zval_ptr_dtor(&r->callable);
	r->kind = QW_RESTART_NONE;
	r->where = NULL;
	r->base = NULL;
	ZVAL_UNDEF(&r->callable);
}

void qw_restart_use_redis(qw_restart *r, zend_string *prefix, zend_string *cache_prefix, zend_string *separator)
{
	const char *sep = "";

	if (cache_prefix && ZSTR_LEN(cache_prefix) > 0) {
		sep = separator ? ZSTR_VAL(separator) : ":";
	}
	r->kind = QW_RESTART_REDIS;
	r->base = zend_strpprintf(0, "%s%s%s", prefix ? ZSTR_VAL(prefix) : "", cache_prefix ? ZSTR_VAL(cache_prefix) : "", sep);
	r->where = zend_strpprintf(0, "%s" QW_RESTART_KEY, ZSTR_VAL(r->base));
}

/* The file Laravel's FileStore keeps key in: DIR/ab/cd/abcd... with the key's sha1. Caller releases. */
static zend_string *qw_restart_file_path(zend_string *dir, const char *key, size_t len)
{
	PHP_SHA1_CTX ctx;
	unsigned char digest[20];
	char hex[41];

	PHP_SHA1Init(&ctx);
	PHP_SHA1Update(&ctx, (const unsigned char *) key, len);
	PHP_SHA1Final(digest, &ctx);
	make_digest_ex(hex, digest, 20);
	return zend_strpprintf(0, "%s/%.2s/%.2s/%s", ZSTR_VAL(dir), hex, hex + 2, hex);
}

void qw_restart_use_file(qw_restart *r, zend_string *dir)
{
	r->kind = QW_RESTART_FILE;
	r->base = zend_string_copy(dir);
	r->where = qw_restart_file_path(dir, QW_RESTART_KEY, sizeof(QW_RESTART_KEY) - 1);
}

void qw_restart_use_callable(qw_restart *r, zval *callable)
{
	r->kind = QW_RESTART_CALLABLE;
	ZVAL_COPY(&r->callable, callable);
}

/* One command on the store's connection: NULL with an exception thrown when it fails or Redis answers an error. */
static redisReply *qw_restart_command(qw_restart *r, int argc, const char **argv, const size_t *lens)
{
	redisReply *reply = qw_conn_command(&r->conn, true, argc, argv, lens);

	if (reply && reply->type == REDIS_REPLY_ERROR) {
		qw_throw(qw_ce_redis_exception, "%s of the restart signal failed: %s", argv[0], reply->str);
		freeReplyObject(reply);
		return NULL;
	}
	return reply;
}

static zend_result qw_restart_read_redis(qw_restart *r, zend_string **value)
{
	const char *argv[2] = {"GET", ZSTR_VAL(r->where)};
	size_t lens[2] = {3, ZSTR_LEN(r->where)};
	redisReply *reply = qw_restart_command(r, 2, argv, lens);

	if (!reply) {
		return FAILURE;
	}
	if (reply->type == REDIS_REPLY_STRING) {
		*value = zend_string_init(reply->str, reply->len, 0);
	} else if (reply->type == REDIS_REPLY_INTEGER) {
		*value = zend_long_to_str((zend_long) reply->integer);
	}
	freeReplyObject(reply);
	return SUCCESS;
}

/*
 * Whether open_basedir (when set) lets a cache file be opened. Quiet: the
 * caller says what a refusal means, rather than a warning per check.
 */
static bool qw_restart_file_allowed(const zend_string *path)
{
	return php_check_open_basedir_ex(ZSTR_VAL(path), 0) == 0;
}

/*
 * Reads a cache file through PHP's streams, as Laravel's FileStore does
 * (file_get_contents()), so that open_basedir applies: *value is what
 * follows the expiry, left NULL when the file is absent, expired or outside
 * open_basedir (FileStore::get() returns null there). Reads go straight
 * into buf: no stream buffer, and no notice for a read error (a directory
 * in the file's place reads as empty).
 */
static zend_result qw_restart_read_path(const zend_string *path, zend_string **value)
{
	char buf[QW_RESTART_MAX_FILE];
	php_stream *f;
	size_t n = 0;
	ssize_t got;

	if (!qw_restart_file_allowed(path)) {
		return SUCCESS;
	}
	f = php_stream_open_wrapper_ex(ZSTR_VAL(path), "rb", 0, NULL, NULL);
	if (!f) {
		if (errno == ENOENT || errno == ENOTDIR) {
			return SUCCESS;
		}
		qw_throw(qw_ce_exception, "cannot read the cache file %s: %s", ZSTR_VAL(path), strerror(errno));
		return FAILURE;
	}
	f->flags |= PHP_STREAM_FLAG_SUPPRESS_ERRORS;
	php_stream_set_option(f, PHP_STREAM_OPTION_READ_BUFFER, PHP_STREAM_BUFFER_NONE, NULL);
	while (n < sizeof(buf) && (got = php_stream_read(f, buf + n, sizeof(buf) - n)) > 0) {
		n += (size_t) got;
	}
	php_stream_close(f);
	if (n > QW_RESTART_EXPIRY_LEN) {
		char expiry[QW_RESTART_EXPIRY_LEN + 1];

		memcpy(expiry, buf, QW_RESTART_EXPIRY_LEN);
		expiry[QW_RESTART_EXPIRY_LEN] = '\0';
		if (qw_time_now() < ZEND_STRTOL(expiry, NULL, 10)) {
			*value = zend_string_init(buf + QW_RESTART_EXPIRY_LEN, n - QW_RESTART_EXPIRY_LEN, 0);
		}
	}
	return SUCCESS;
}

/* Calls the callable store with key; rv gets its value. FAILURE with an exception thrown. */
static zend_result qw_restart_call(qw_restart *r, const char *key, size_t len, zval *rv)
{
	zval arg;
	zend_result result;

	ZVAL_STRINGL(&arg, key, len);
	result = qw_call(&r->callable, rv, 1, &arg);
	zval_ptr_dtor(&arg);
	return result;
}

static zend_result qw_restart_read_callable(qw_restart *r, zend_string **value)
{
	zval rv;

	if (qw_restart_call(r, QW_RESTART_KEY, sizeof(QW_RESTART_KEY) - 1, &rv) == FAILURE) {
		return FAILURE;
	}
	if (Z_TYPE(rv) != IS_NULL && Z_TYPE(rv) != IS_FALSE) {
		*value = zval_try_get_string(&rv);
	}
	zval_ptr_dtor(&rv);
	return EG(exception) ? FAILURE : SUCCESS;
}

zend_result qw_restart_read(qw_restart *r, zend_string **value)
{
	*value = NULL;
	switch (r->kind) {
		case QW_RESTART_REDIS:
			return qw_restart_read_redis(r, value);
		case QW_RESTART_FILE:
			return qw_restart_read_path(r->where, value);
		case QW_RESTART_CALLABLE:
			return qw_restart_read_callable(r, value);
		case QW_RESTART_NONE:
			break;
	}
	return SUCCESS;
}

/* One MGET of the keys under the store's prefix. */
static zend_result qw_restart_read_keys_redis(qw_restart *r, int n, zend_string *const *keys, zval *values)
{
	const char **argv = safe_emalloc(n + 1, sizeof(*argv), 0);
	size_t *lens = safe_emalloc(n + 1, sizeof(*lens), 0);
	zend_string **full = safe_emalloc(n, sizeof(*full), 0);
	redisReply *reply;
	int i;

	argv[0] = "MGET";
	lens[0] = 4;
	for (i = 0; i < n; i++) {
		full[i] = zend_string_concat2(ZSTR_VAL(r->base), ZSTR_LEN(r->base), ZSTR_VAL(keys[i]), ZSTR_LEN(keys[i]));
		argv[i + 1] = ZSTR_VAL(full[i]);
		lens[i + 1] = ZSTR_LEN(full[i]);
	}
	reply = qw_restart_command(r, n + 1, argv, lens);
	for (i = 0; i < n; i++) {
		zend_string_release(full[i]);
	}
	efree(full);
	efree(argv);
	efree(lens);
	if (!reply) {
		return FAILURE;
	}
	for (i = 0; reply->type == REDIS_REPLY_ARRAY && i < n && (size_t) i < reply->elements; i++) {
		redisReply *e = reply->element[i];

		if (e->type == REDIS_REPLY_STRING) {
			ZVAL_STRINGL(&values[i], e->str, e->len);
		}
	}
	freeReplyObject(reply);
	return SUCCESS;
}

zend_result qw_restart_read_keys(qw_restart *r, int n, zend_string *const *keys, zval *values)
{
	zend_result result = SUCCESS;
	int i;

	for (i = 0; i < n; i++) {
		ZVAL_NULL(&values[i]);
	}
	if (r->kind == QW_RESTART_REDIS && n > 0) {
		return qw_restart_read_keys_redis(r, n, keys, values);
	}
	for (i = 0; i < n && result == SUCCESS; i++) {
		if (r->kind == QW_RESTART_FILE) {
			zend_string *path = qw_restart_file_path(r->base, ZSTR_VAL(keys[i]), ZSTR_LEN(keys[i])), *value = NULL;

			result = qw_restart_read_path(path, &value);
			zend_string_release(path);
			if (value) {
				ZVAL_STR(&values[i], value);
			}
		} else if (r->kind == QW_RESTART_CALLABLE) {
			result = qw_restart_call(r, ZSTR_VAL(keys[i]), ZSTR_LEN(keys[i]), &values[i]);
		}
	}
	if (result == FAILURE) {
		for (i = 0; i < n; i++) {
			zval_ptr_dtor(&values[i]);
			ZVAL_NULL(&values[i]);
		}
	}
	return result;
}

/* The truth of a PHP-serialized value, read without unserialize(): what unserialize() could not read is false. */
static bool qw_restart_serialized_truthy(const char *s, size_t len)
{
	const char *end = s + len, *stop;

	if (len < 2) {
		return false;
	}
	switch (s[0]) {
		case 'b':
			return len == 4 && s[1] == ':' && s[2] == '1' && s[3] == ';';
		case 'i':
		case 'd':
			if (s[1] != ':' || end[-1] != ';') {
				return false;
			}
			return zend_strtod(s + 2, &stop) != 0.0 && stop == end - 1;
		case 's':
			/* s:N:"...": empty, and "0", are false */
			if (len >= 4 && strncmp(s, "s:0:", 4) == 0) {
				return false;
			}
			return !(len == 8 && strncmp(s, "s:1:\"0\";", 8) == 0) && s[1] == ':';
		case 'a':
			return s[1] == ':' && !(len >= 4 && s[2] == '0' && s[3] == ':');
		case 'O':
		case 'C':
		case 'E':
			return s[1] == ':';
		default:
			return false;
	}
}

bool qw_restart_truthy(const qw_restart *r, zval *value)
{
	if (Z_TYPE_P(value) != IS_STRING || r->kind == QW_RESTART_CALLABLE) {
		return zend_is_true(value);
	}
	/* RedisStore keeps a number as it is, and returns the string for one that looks like a number. */
	if (r->kind == QW_RESTART_REDIS && is_numeric_string(Z_STRVAL_P(value), Z_STRLEN_P(value), NULL, NULL, false)) {
		return zend_is_true(value);
	}
	return qw_restart_serialized_truthy(Z_STRVAL_P(value), Z_STRLEN_P(value));
}

static zend_result qw_restart_write_redis(qw_restart *r, zend_long time)
{
	zend_string *value = zend_long_to_str(time);
	const char *argv[3] = {"SET", ZSTR_VAL(r->where), ZSTR_VAL(value)};
	size_t lens[3] = {3, ZSTR_LEN(r->where), ZSTR_LEN(value)};
	redisReply *reply = qw_restart_command(r, 3, argv, lens);

	zend_string_release(value);
	if (!reply) {
		return FAILURE;
	}
	freeReplyObject(reply);
	return SUCCESS;
}

/* mkdir -p of the directories above path. */
static bool qw_restart_mkdirs(const char *path)
{
	char *dir = estrdup(path), *p;
	bool ok = true;

	for (p = dir + 1; *p && ok; p++) {
		if (*p != '/') {
			continue;
		}
		*p = '\0';
		if (VCWD_MKDIR(dir, 0777) != 0 && errno != EEXIST) {
			ok = false;
		}
		*p = '/';
	}
	efree(dir);
	return ok;
}

/*
 * Writes the cache file as Laravel's FileStore::forever() does, refused
 * outside open_basedir as it is (there with a warning turned exception):
 * the directories (VCWD_MKDIR), a temporary file beside it through PHP's
 * streams, then VCWD_RENAME() so that a worker never reads half a file.
 */
static zend_result qw_restart_write_file(qw_restart *r, zend_long time)
{
	zend_string *tmp, *content;
	php_stream *f = NULL;
	bool ok;

	if (!qw_restart_file_allowed(r->where)) {
		qw_throw(qw_ce_exception, "cannot write the restart signal to %s: open_basedir restriction in effect", ZSTR_VAL(r->where));
		return FAILURE;
	}
	tmp = zend_strpprintf(0, "%s.%ld.tmp", ZSTR_VAL(r->where), (long) getpid());
	content = zend_strpprintf(0, QW_RESTART_FOREVER "i:" ZEND_LONG_FMT ";", time);
	ok = qw_restart_mkdirs(ZSTR_VAL(r->where)) && (f = php_stream_open_wrapper_ex(ZSTR_VAL(tmp), "wb", 0, NULL, NULL)) != NULL;
	if (f) {
		f->flags |= PHP_STREAM_FLAG_SUPPRESS_ERRORS;
		ok = php_stream_write(f, ZSTR_VAL(content), ZSTR_LEN(content)) == (ssize_t) ZSTR_LEN(content);
		ok = php_stream_close(f) == 0 && ok;
		ok = ok && VCWD_RENAME(ZSTR_VAL(tmp), ZSTR_VAL(r->where)) == 0;
	}
	if (!ok) {
		qw_throw(qw_ce_exception, "cannot write the restart signal to %s: %s", ZSTR_VAL(r->where), strerror(errno));
		if (f) {
			VCWD_UNLINK(ZSTR_VAL(tmp));
		}
	}
	zend_string_release(tmp);
	zend_string_release(content);
	return ok ? SUCCESS : FAILURE;
}

zend_result qw_restart_write(qw_restart *r, zend_long time)
{
	switch (r->kind) {
		case QW_RESTART_REDIS:
			return qw_restart_write_redis(r, time);
		case QW_RESTART_FILE:
			return qw_restart_write_file(r, time);
		default:
			break;
	}
	qw_throw(qw_ce_exception, "the restart signal can only be written to a redis or file store");
	return FAILURE;
}

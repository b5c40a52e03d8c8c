#include "php.h"

#ifndef PHP_WIN32
#include <sys/un.h>
#endif

#include "qw_number.h"
#include "qw_settings.h"

/* The longest timeout or block accepted: a year, far inside time_t and BLPOP's range. */
#define QW_SETTINGS_MAX_SECONDS 31536000

/*
 * The longest unix socket path hiredis hands connect() whole: it copies at
 * most sizeof(sun_path) - 1 bytes into a sun_path it does not clear, so the
 * path must end one byte earlier for the copy to carry its terminating NUL
 * (a longer one is cut, or reaches connect() unterminated, followed by an
 * uninitialised byte). Windows has no sys/un.h; afunix.h's sun_path also
 * has 108 bytes.
 */
#ifdef PHP_WIN32
#define QW_SETTINGS_MAX_SOCKET_PATH ((size_t) 108 - 2)
#else
#define QW_SETTINGS_MAX_SOCKET_PATH (sizeof(((struct sockaddr_un *) 0)->sun_path) - 2)
#endif

/* Reads an integer setting (int or numeric string, as env() gives). */
static zend_result qw_settings_long(zend_string *key, zval *v, zend_long min, zend_long *out)
{
	zend_long l;
	double d;

	if (Z_TYPE_P(v) != IS_LONG && Z_TYPE_P(v) != IS_STRING) {
		zend_argument_type_error(1, "key \"%s\" must be of type int|string, %s given", ZSTR_VAL(key), zend_zval_type_name(v));
		return FAILURE;
	}
	if (qw_number(v, &l, &d) != IS_LONG) {
		zend_argument_value_error(1, "key \"%s\" must be an integer, \"%s\" given", ZSTR_VAL(key), Z_STRVAL_P(v));
		return FAILURE;
	}
	if (l < min) {
		zend_argument_value_error(1, "key \"%s\" must be greater than or equal to " ZEND_LONG_FMT, ZSTR_VAL(key), min);
		return FAILURE;
	}
	*out = l;
	return SUCCESS;
}

/* Reads a number of seconds (int, float or numeric string), >= 0. */
static zend_result qw_settings_seconds(zend_string *key, zval *v, double *out)
{
	double d;

	if (Z_TYPE_P(v) != IS_LONG && Z_TYPE_P(v) != IS_DOUBLE && Z_TYPE_P(v) != IS_STRING) {
		zend_argument_type_error(1, "key \"%s\" must be of type int|float|string, %s given", ZSTR_VAL(key), zend_zval_type_name(v));
		return FAILURE;
	}
	if (!qw_number_double(v, &d)) {
		zend_argument_value_error(1, "key \"%s\" must be a number of seconds, \"%s\" given", ZSTR_VAL(key), Z_STRVAL_P(v));
		return FAILURE;
	}
	if (!zend_finite(d) || d < 0 || d > QW_SETTINGS_MAX_SECONDS) {
		zend_argument_value_error(1, "key \"%s\" must be between 0 and %d seconds", ZSTR_VAL(key), QW_SETTINGS_MAX_SECONDS);
		return FAILURE;
	}
	*out = d;
	return SUCCESS;
}

/*
 * Checks a string setting and returns it, borrowed from v; NULL with a
 * TypeError or ValueError thrown. Unless binary (a value sent to Redis
 * with its length), a NUL byte is refused: the value ends up in a C string
 * that would stop there.
 */
static zend_string *qw_settings_str(zend_string *key, zval *v, bool binary)
{
	if (Z_TYPE_P(v) != IS_STRING) {
		zend_argument_type_error(1, "key \"%s\" must be of type ?string, %s given", ZSTR_VAL(key), zend_zval_type_name(v));
		return NULL;
	}
	if (!binary && zend_str_has_nul_byte(Z_STR_P(v))) {
		zend_argument_value_error(1, "key \"%s\" must not contain any null bytes", ZSTR_VAL(key));
		return NULL;
	}
	return Z_STR_P(v);
}

/* qw_settings_str() into a string of the settings' own, *out (released first when set). */
static zend_result qw_settings_string(zend_string *key, zval *v, zend_string **out)
{
	zend_string *s = qw_settings_str(key, v, false);

	if (!s) {
		return FAILURE;
	}
	if (*out) {
		zend_string_release(*out);
	}
	*out = zend_string_copy(s);
	return SUCCESS;
}

/* Makes path[0..len - 1] the socket c connects to; key names the setting for the error when it is too long. */
static zend_result qw_settings_socket(qw_conn *c, const char *key, const char *path, size_t len)
{
	if (len > QW_SETTINGS_MAX_SOCKET_PATH) {
		zend_argument_value_error(1, "key \"%s\" must name a socket path of at most %zu bytes, %zu given",
			key, QW_SETTINGS_MAX_SOCKET_PATH, len);
		return FAILURE;
	}
	qw_conn_set_path(c, path, len);
	return SUCCESS;
}

/* A host of the form unix:///path or /path names a socket (and stays the host, as given); tcp:// is dropped. */
static zend_result qw_settings_host(qw_conn *c, zend_string *key, zval *v)
{
	zend_string *host = qw_settings_str(key, v, false), *bare;
	const char *h;

	if (!host) {
		return FAILURE;
	}
	h = ZSTR_VAL(host);
	if (strncmp(h, "unix://", 7) == 0 || h[0] == '/') {
		const char *path = h[0] == '/' ? h : h + 7;

		if (qw_settings_socket(c, "host", path, ZSTR_LEN(host) - (path - h)) == FAILURE) {
			return FAILURE;
		}
	} else if (strncmp(h, "tcp://", 6) == 0) {
		bare = zend_string_init(h + 6, ZSTR_LEN(host) - 6, 0);
		if (ZSTR_LEN(bare) == 0) {
			zend_string_release(bare);
			zend_argument_value_error(1, "key \"host\" must not be empty");
			return FAILURE;
		}
		qw_conn_set_host(c, bare);
		zend_string_release(bare);
		return SUCCESS;
	} else if (strstr(h, "://")) {
		zend_argument_value_error(1, "key \"host\" has an unsupported scheme: \"%s\" (tcp:// and unix:// are supported)", h);
		return FAILURE;
	}
	if (ZSTR_LEN(host) == 0) {
		zend_argument_value_error(1, "key \"host\" must not be empty");
		return FAILURE;
	}
	qw_conn_set_host(c, host);
	return SUCCESS;
}

/* What a database.redis.* key set; scheme and path are resolved once all keys are read. */
typedef struct {
	qw_conn *conn;
	zend_string *scheme;
	zend_string *path;
} qw_conn_settings;

/* Applies one database.redis.* key to the connection; *known is false for other keys. */
static zend_result qw_settings_conn_key(qw_conn_settings *s, zend_string *key, zval *v, bool *known)
{
	qw_conn *c = s->conn;
	zend_string *str;
	zend_long l;
	double d;

	*known = true;
	if (zend_string_equals_literal(key, "host")) {
		return qw_settings_host(c, key, v);
	} else if (zend_string_equals_literal(key, "port")) {
		if (qw_settings_long(key, v, 0, &l) == FAILURE) {
			return FAILURE;
		}
		if (l > 65535) {
			zend_argument_value_error(1, "key \"port\" must be between 0 and 65535");
			return FAILURE;
		}
		qw_conn_set_port(c, l);
	} else if (zend_string_equals_literal(key, "path")) {
		return qw_settings_string(key, v, &s->path);
	} else if (zend_string_equals_literal(key, "scheme")) {
		return qw_settings_string(key, v, &s->scheme);
	} else if (zend_string_equals_literal(key, "username")) {
		if ((str = qw_settings_str(key, v, true)) == NULL) {
			return FAILURE;
		}
		qw_conn_set_username(c, str);
	} else if (zend_string_equals_literal(key, "password")) {
		if ((str = qw_settings_str(key, v, true)) == NULL) {
			return FAILURE;
		}
		qw_conn_set_password(c, str);
	} else if (zend_string_equals_literal(key, "database")) {
		if (qw_settings_long(key, v, 0, &l) == FAILURE) {
			return FAILURE;
		}
		qw_conn_set_database(c, l);
	} else if (zend_string_equals_literal(key, "timeout")) {
		if (qw_settings_seconds(key, v, &d) == FAILURE) {
			return FAILURE;
		}
		qw_conn_set_connect_timeout(c, d);
	} else if (zend_string_equals_literal(key, "read_timeout")) {
		if (qw_settings_seconds(key, v, &d) == FAILURE) {
			return FAILURE;
		}
		qw_conn_set_read_timeout(c, d);
	} else {
		*known = false;
	}
	return SUCCESS;
}

/* Resolves scheme and path (as Laravel: `path` names the socket only with scheme "unix") and drops an empty password. */
static zend_result qw_settings_conn_finish(qw_conn_settings *s, zend_result ok)
{
	qw_conn *c = s->conn;

	if (ok == SUCCESS && s->scheme) {
		if (zend_string_equals_literal(s->scheme, "unix")) {
			if (!s->path) {
				zend_argument_value_error(1, "key \"scheme\" is \"unix\" but no \"path\" is set");
				ok = FAILURE;
			} else {
				ok = qw_settings_socket(c, "path", ZSTR_VAL(s->path), ZSTR_LEN(s->path));
			}
		} else if (zend_string_equals_literal(s->scheme, "tcp")) {
			qw_conn_set_path(c, NULL, 0);
		} else {
			zend_argument_value_error(1, "key \"scheme\" must be \"tcp\" or \"unix\", \"%s\" given", ZSTR_VAL(s->scheme));
			ok = FAILURE;
		}
	}
	if (s->scheme) {
		zend_string_release(s->scheme);
	}
	if (s->path) {
		zend_string_release(s->path);
	}
	/* Laravel sends AUTH only for a password (and username) that PHP's empty() calls set. */
	if (c->password && (ZSTR_LEN(c->password) == 0 || zend_string_equals_literal(c->password, "0"))) {
		qw_conn_set_password(c, NULL);
	}
	if (c->username && (ZSTR_LEN(c->username) == 0 || zend_string_equals_literal(c->username, "0"))) {
		qw_conn_set_username(c, NULL);
	}
	return ok;
}

/* The forward setting: queue name => the queue name whose keys it uses, both non-empty strings. */
static zend_result qw_settings_forward(qw_queue *q, zend_string *key, zval *v)
{
	zend_string *from;
	zval *to;

	if (Z_TYPE_P(v) != IS_ARRAY) {
		zend_argument_type_error(1, "key \"%s\" must be of type array, %s given", ZSTR_VAL(key), zend_zval_type_name(v));
		return FAILURE;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(v), from, to) {
		ZVAL_DEREF(to);
		if (!from || ZSTR_LEN(from) == 0 || zend_str_has_nul_byte(from)) {
			zend_argument_value_error(1, "key \"%s\" must map queue names to queue names", ZSTR_VAL(key));
			return FAILURE;
		}
		if (Z_TYPE_P(to) != IS_STRING || Z_STRLEN_P(to) == 0 || zend_str_has_nul_byte(Z_STR_P(to))) {
			zend_argument_value_error(1, "key \"%s\" must map queue names to queue names", ZSTR_VAL(key));
			return FAILURE;
		}
		qw_queue_set_forward(q, from, Z_STR_P(to));
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

/* Applies one queue.connections.* key to the worker; *known is false for other keys. */
static zend_result qw_settings_queue_key(qw_worker *w, zend_string *key, zval *v, bool *known)
{
	qw_queue *q = &w->queue;
	zend_string *str;
	zend_long l;
	double d;

	*known = true;
	if (zend_string_equals_literal(key, "prefix")) {
		if ((str = qw_settings_str(key, v, false)) == NULL) {
			return FAILURE;
		}
		qw_queue_set_prefix(q, str);
	} else if (zend_string_equals_literal(key, "queue")) {
		if ((str = qw_settings_str(key, v, false)) == NULL) {
			return FAILURE;
		}
		qw_queue_set_default_queue(q, str);
	} else if (zend_string_equals_literal(key, "connection")) {
		if ((str = qw_settings_str(key, v, false)) == NULL) {
			return FAILURE;
		}
		qw_worker_set_connection_name(w, str);
	} else if (zend_string_equals_literal(key, "retry_after")) {
		if (qw_settings_long(key, v, 0, &l) == FAILURE) {
			return FAILURE;
		}
		if (l > QW_QUEUE_MAX_DELAY) {
			zend_argument_value_error(1, "key \"retry_after\" must be at most %d seconds", QW_QUEUE_MAX_DELAY);
			return FAILURE;
		}
		qw_queue_set_retry_after(q, l);
	} else if (zend_string_equals_literal(key, "block_for")) {
		if (qw_settings_seconds(key, v, &d) == FAILURE) {
			return FAILURE;
		}
		qw_queue_set_block_for(q, d);
	} else if (zend_string_equals_literal(key, "forward")) {
		return qw_settings_forward(q, key, v);
	} else {
		*known = false;
	}
	return SUCCESS;
}

zend_result qw_settings_apply(qw_worker *w, HashTable *settings)
{
	qw_conn_settings cs = {&w->queue.conn, NULL, NULL};
	zend_string *key;
	zval *v;
	zend_result ok = SUCCESS;
	bool known;

	ZEND_HASH_FOREACH_STR_KEY_VAL(settings, key, v) {
		ZVAL_DEREF(v);
		if (!key) {
			zend_argument_value_error(1, "must have string keys");
			ok = FAILURE;
		} else if (Z_TYPE_P(v) == IS_NULL) {
			/* null: the default, as Laravel's connectors read `?? default` */
		} else if ((ok = qw_settings_conn_key(&cs, key, v, &known)) == FAILURE || known) {
			/* a connection key */
		} else if ((ok = qw_settings_queue_key(w, key, v, &known)) == FAILURE || known) {
			/* a queue key */
		} else {
			zend_argument_value_error(1, "has an unknown key \"%s\"", ZSTR_VAL(key));
			ok = FAILURE;
		}
		if (ok == FAILURE) {
			break;
		}
	} ZEND_HASH_FOREACH_END();
	return qw_settings_conn_finish(&cs, ok);
}

/* Whether a store array names its Redis server: a host, port, path or scheme that is not null. */
static bool qw_settings_names_server(HashTable *store)
{
	static const char *const keys[] = {"host", "port", "path", "scheme"};
	size_t i;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		zval *v = zend_hash_str_find_deref(store, keys[i], strlen(keys[i]));

		if (v && Z_TYPE_P(v) != IS_NULL) {
			return true;
		}
	}
	return false;
}

zend_result qw_settings_cache(qw_restart *r, HashTable *store, const qw_conn *inherit)
{
	qw_conn_settings cs = {&r->conn, NULL, NULL};
	zend_string *key, *prefix = NULL, *cache_prefix = NULL, *separator = NULL, *path = NULL;
	zval *v;
	zend_result ok = SUCCESS;
	bool known = false, redis;

	v = zend_hash_str_find_deref(store, "driver", sizeof("driver") - 1);
	if (!v || Z_TYPE_P(v) != IS_STRING) {
		zend_argument_value_error(1, "key \"driver\" must be \"redis\" or \"file\"");
		return FAILURE;
	}
	redis = zend_string_equals_literal(Z_STR_P(v), "redis");
	if (!redis && !zend_string_equals_literal(Z_STR_P(v), "file")) {
		zend_argument_value_error(1, "key \"driver\" must be \"redis\" or \"file\", \"%s\" given", Z_STRVAL_P(v));
		return FAILURE;
	}
	if (redis && inherit && !qw_settings_names_server(store)) {
		qw_conn_copy_settings(&r->conn, inherit);
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(store, key, v) {
		ZVAL_DEREF(v);
		if (!key) {
			zend_argument_value_error(1, "must have string keys");
			ok = FAILURE;
		} else if (zend_string_equals_literal(key, "driver") || Z_TYPE_P(v) == IS_NULL) {
			/* the driver was read above; null is the default */
		} else if (!redis) {
			if (zend_string_equals_literal(key, "path")) {
				ok = qw_settings_string(key, v, &path);
			} else {
				zend_argument_value_error(1, "has an unknown key \"%s\" for the file driver", ZSTR_VAL(key));
				ok = FAILURE;
			}
		} else if ((ok = qw_settings_conn_key(&cs, key, v, &known)) == FAILURE || known) {
			/* a connection key */
		} else if (zend_string_equals_literal(key, "prefix")) {
			ok = qw_settings_string(key, v, &prefix);
		} else if (zend_string_equals_literal(key, "cache_prefix")) {
			ok = qw_settings_string(key, v, &cache_prefix);
		} else if (zend_string_equals_literal(key, "separator")) {
			ok = qw_settings_string(key, v, &separator);
		} else {
			zend_argument_value_error(1, "has an unknown key \"%s\" for the redis driver", ZSTR_VAL(key));
			ok = FAILURE;
		}
		if (ok == FAILURE) {
			break;
		}
	} ZEND_HASH_FOREACH_END();
	if (redis) {
		ok = qw_settings_conn_finish(&cs, ok);
	}
	if (ok == SUCCESS && !redis && (!path || ZSTR_LEN(path) == 0)) {
		zend_argument_value_error(1, "key \"path\" must name the cache directory for the file driver");
		ok = FAILURE;
	}
	if (ok == SUCCESS) {
		if (redis) {
			qw_restart_use_redis(r, prefix, cache_prefix, separator);
		} else {
			qw_restart_use_file(r, path);
		}
	}
	if (prefix) {
		zend_string_release(prefix);
	}
	if (cache_prefix) {
		zend_string_release(cache_prefix);
	}
	if (separator) {
		zend_string_release(separator);
	}
	if (path) {
		zend_string_release(path);
	}
	return ok;
}

void qw_settings_export(const qw_worker *w, zval *out)
{
	const qw_queue *q = &w->queue;
	const qw_conn *c = &q->conn;

	array_init(out);
	add_assoc_str(out, "host", zend_string_copy(c->host));
	add_assoc_long(out, "port", c->port);
	if (c->path) {
		add_assoc_str(out, "path", zend_string_copy(c->path));
	} else {
		add_assoc_null(out, "path");
	}
	if (c->username) {
		add_assoc_str(out, "username", zend_string_copy(c->username));
	} else {
		add_assoc_null(out, "username");
	}
	if (c->password) {
		add_assoc_string(out, "password", "********");
	} else {
		add_assoc_null(out, "password");
	}
	add_assoc_long(out, "database", c->database);
	add_assoc_double(out, "timeout", c->connect_timeout);
	add_assoc_double(out, "read_timeout", c->read_timeout);
	add_assoc_str(out, "prefix", zend_string_copy(q->prefix));
	add_assoc_str(out, "connection", zend_string_copy(w->connection_name));
	add_assoc_str(out, "queue", zend_string_copy(q->default_queue));
	add_assoc_long(out, "retry_after", q->retry_after);
	if (q->block_for >= 0) {
		add_assoc_double(out, "block_for", q->block_for);
	} else {
		add_assoc_null(out, "block_for");
	}
}

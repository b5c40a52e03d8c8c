#include "php.h"

#include "qw_pause.h"

void qw_pause_init(qw_pause *p)
{
	zend_hash_init(&p->paused, 0, NULL, NULL, 0);
	zend_hash_init(&p->told, 0, NULL, NULL, 0);
}

void qw_pause_free(qw_pause *p)
{
	zend_hash_destroy(&p->paused);
	zend_hash_destroy(&p->told);
}

void qw_pause_clear(qw_pause *p)
{
	zend_hash_clean(&p->paused);
}

/* The cache key of one queue's pause: illuminate:queue:paused:CONNECTION:QUEUE. Caller releases. */
static zend_string *qw_pause_key(zend_string *connection, zend_string *queue)
{
	return zend_strpprintf(0, QW_PAUSE_KEY "%s:%s", ZSTR_VAL(connection), ZSTR_VAL(queue));
}

/* The keys to read, in order: the restart signal (with_restart), the global key (all), each queue's. */
static int qw_pause_keys(zend_string **out, zend_string *connection, const qw_queue_keys **keys, int n, bool with_restart, bool all)
{
	int i, m = 0;

	if (with_restart) {
		out[m++] = zend_string_init(QW_RESTART_KEY, sizeof(QW_RESTART_KEY) - 1, 0);
	}
	if (all) {
		out[m++] = zend_string_init(QW_PAUSE_ALL_KEY, sizeof(QW_PAUSE_ALL_KEY) - 1, 0);
	}
	for (i = 0; i < n; i++) {
		out[m++] = qw_pause_key(connection, keys[i]->name);
	}
	return m;
}

/*
 * Reads the m keys: a Redis store at once; any other one first (the
 * restart signal), then (the global key), and the queues' keys only when
 * that is false. Unread values stay NULL.
 */
static zend_result qw_pause_fetch(qw_restart *store, zend_string **names, zval *values, int m, int first, bool all)
{
	int head = first + (all ? 1 : 0), i;

	if (store->kind == QW_RESTART_REDIS || head == 0) {
		return qw_restart_read_keys(store, m, names, values);
	}
	for (i = head; i < m; i++) {
		ZVAL_NULL(&values[i]);
	}
	if (qw_restart_read_keys(store, head, names, values) == FAILURE) {
		return FAILURE;
	}
	if (all && qw_restart_truthy(store, &values[head - 1])) {
		return SUCCESS;
	}
	if (qw_restart_read_keys(store, m - head, names + head, values + head) == FAILURE) {
		for (i = 0; i < head; i++) {
			zval_ptr_dtor(&values[i]);
		}
		return FAILURE;
	}
	return SUCCESS;
}

/* The restart signal's value as qw_restart_read() gives it: the stored string, a callable's value as a string. */
static zend_string *qw_pause_restart_value(zval *v)
{
	if (Z_TYPE_P(v) == IS_NULL || Z_TYPE_P(v) == IS_FALSE) {
		return NULL;
	}
	return zval_try_get_string(v);
}

zend_result qw_pause_read(qw_pause *p, qw_restart *store, zend_string *connection, const qw_queue_keys **keys, int n,
	bool all, zend_string **restart, bool *newly)
{
	int first = restart ? 1 : 0, m = first + (all ? 1 : 0) + n, i;
	zend_string **names = safe_emalloc(m, sizeof(*names), 0);
	zval *values = safe_emalloc(m, sizeof(*values), 0);
	HashTable now;
	bool everything;
	zend_result result;

	*newly = false;
	if (restart) {
		*restart = NULL;
	}
	qw_pause_keys(names, connection, keys, n, restart != NULL, all);
	result = qw_pause_fetch(store, names, values, m, first, all);
	if (result == SUCCESS) {
		if (restart) {
			*restart = qw_pause_restart_value(&values[0]);
			result = EG(exception) ? FAILURE : SUCCESS;
		}
		everything = all && qw_restart_truthy(store, &values[first]);
		zend_hash_init(&now, n, NULL, NULL, 0);
		for (i = 0; i < n; i++) {
			zend_string *name = keys[i]->name;

			if (everything || qw_restart_truthy(store, &values[m - n + i])) {
				*newly = *newly || !zend_hash_exists(&p->paused, name);
				zend_hash_add_empty_element(&now, name);
			}
		}
		zend_hash_destroy(&p->paused);
		p->paused = now;
		for (i = 0; i < m; i++) {
			zval_ptr_dtor(&values[i]);
		}
	}
	for (i = 0; i < m; i++) {
		zend_string_release(names[i]);
	}
	efree(names);
	efree(values);
	return result;
}

bool qw_pause_all_of(const qw_pause *p, const qw_queue_keys **keys, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		if (!qw_pause_has(p, keys[i]->name)) {
			return false;
		}
	}
	return n > 0;
}

/* Calls hook with (connection, name) for each name of from that is not in other. */
static zend_result qw_pause_tell(qw_hooks *h, qw_hook hook, zend_string *connection, HashTable *from, HashTable *other)
{
	zend_string *name;

	ZEND_HASH_FOREACH_STR_KEY(from, name) {
		zval zconn, zname;

		if (zend_hash_exists(other, name)) {
			continue;
		}
		ZVAL_STR(&zconn, connection);
		ZVAL_STR(&zname, name);
		if (qw_hooks_call(h, hook, NULL, &zconn, &zname, NULL) == FAILURE) {
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

zend_result qw_pause_announce(qw_pause *p, qw_hooks *h, zend_string *connection)
{
	if (zend_hash_num_elements(&p->paused) == 0 && zend_hash_num_elements(&p->told) == 0) {
		return SUCCESS;
	}
	if (qw_pause_tell(h, QW_HOOK_QUEUE_PAUSED, connection, &p->paused, &p->told) == FAILURE
		|| qw_pause_tell(h, QW_HOOK_QUEUE_RESUMED, connection, &p->told, &p->paused) == FAILURE) {
		return FAILURE;
	}
	zend_hash_clean(&p->told);
	zend_hash_copy(&p->told, &p->paused, NULL);
	return SUCCESS;
}

#include "php.h"

#include "qw_call.h"
#include "qw_hooks.h"

static const char *const qw_hook_names[QW_HOOK_COUNT] = {
	"starting", "looping", "popping", "popped", "idle", "before", "after",
	"exception", "released_after_exception", "attempted", "failed", "timed_out", "stopping",
	"queue_paused", "queue_resumed", "interrupted", "pausing", "resuming"
};

void qw_hooks_init(qw_hooks *h)
{
	int i;

	for (i = 0; i < QW_HOOK_COUNT; i++) {
		ZVAL_UNDEF(&h->fn[i]);
	}
}

void qw_hooks_free(qw_hooks *h)
{
	int i;

	for (i = 0; i < QW_HOOK_COUNT; i++) {
		zval_ptr_dtor(&h->fn[i]);
		ZVAL_UNDEF(&h->fn[i]);
	}
}

void qw_hooks_gc(qw_hooks *h, zend_get_gc_buffer *buf)
{
	int i;

	for (i = 0; i < QW_HOOK_COUNT; i++) {
		zend_get_gc_buffer_add_zval(buf, &h->fn[i]);
	}
}

zend_result qw_hooks_set(qw_hooks *h, zend_string *event, zval *fn)
{
	int i;

	for (i = 0; i < QW_HOOK_COUNT; i++) {
		if (zend_string_equals_cstr(event, qw_hook_names[i], strlen(qw_hook_names[i]))) {
			zval_ptr_dtor(&h->fn[i]);
			if (fn) {
				ZVAL_COPY(&h->fn[i], fn);
			} else {
				ZVAL_UNDEF(&h->fn[i]);
			}
			return SUCCESS;
		}
	}
	zend_argument_value_error(1, "must be one of \"starting\", \"looping\", \"popping\", \"popped\", \"idle\", "
		"\"before\", \"after\", \"exception\", \"released_after_exception\", \"attempted\", \"failed\", "
		"\"timed_out\", \"stopping\", \"queue_paused\", \"queue_resumed\", \"interrupted\", \"pausing\" or \"resuming\", \"%s\" given", ZSTR_VAL(event));
	return FAILURE;
}

zend_result qw_hooks_callv(qw_hooks *h, qw_hook which, zval *retval, uint32_t argc, zval *argv)
{
	zval rv;
	zend_result result;

	if (retval) {
		ZVAL_UNDEF(retval);
	}
	if (Z_ISUNDEF(h->fn[which])) {
		return SUCCESS;
	}
	result = qw_call(&h->fn[which], &rv, argc, argv);
	if (retval) {
		ZVAL_COPY_VALUE(retval, &rv);
	} else {
		zval_ptr_dtor(&rv);
	}
	return result;
}

zend_result qw_hooks_call(qw_hooks *h, qw_hook which, zval *retval, zval *a, zval *b, zval *c)
{
	zval args[3];

	ZVAL_COPY_VALUE(&args[0], a);
	ZVAL_COPY_VALUE(&args[1], b);
	if (c) {
		ZVAL_COPY_VALUE(&args[2], c);
	}
	return qw_hooks_callv(h, which, retval, c ? 3 : 2, args);
}

zend_result qw_hooks_job(qw_hooks *h, qw_hook which, zend_string *connection, zval *job, zend_object *e)
{
	zval conn, ex;

	ZVAL_STR(&conn, connection);
	if (e) {
		ZVAL_OBJ(&ex, e);
	}
	return qw_hooks_call(h, which, NULL, &conn, job, e ? &ex : NULL);
}

zend_result qw_hooks_worker(qw_hooks *h, qw_hook which, zval *retval, zend_string *connection, zend_string *queue)
{
	zval conn, q;

	ZVAL_STR(&conn, connection);
	ZVAL_STR(&q, queue);
	return qw_hooks_call(h, which, retval, &conn, &q, NULL);
}

#include "php.h"
#include "zend_exceptions.h"

#include "qw_error.h"

zend_class_entry *qw_ce_exception;
zend_class_entry *qw_ce_connection_exception;
zend_class_entry *qw_ce_redis_exception;
zend_class_entry *qw_ce_invalid_payload_exception;
zend_class_entry *qw_ce_max_attempts_exception;
zend_class_entry *qw_ce_manually_failed_exception;
zend_class_entry *qw_ce_timeout_exception;

ZEND_COLD void qw_throw(zend_class_entry *ce, const char *fmt, ...)
{
	va_list ap;
	zend_string *msg;

	va_start(ap, fmt);
	msg = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
	zend_throw_exception(ce, ZSTR_VAL(msg), 0);
	zend_string_release(msg);
}

zend_object *qw_error_make(zend_class_entry *ce, const char *fmt, ...)
{
	va_list ap;
	zend_string *msg;
	zval ex;

	va_start(ap, fmt);
	msg = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
	object_init_ex(&ex, ce);
	zend_update_property_str(zend_ce_exception, Z_OBJ(ex), "message", sizeof("message") - 1, msg);
	zend_string_release(msg);
	return Z_OBJ(ex);
}

void qw_log(const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	zend_vspprintf(&msg, 0, fmt, ap);
	va_end(ap);
	php_log_err(msg);
	efree(msg);
}

zend_object *qw_error_take(void)
{
	zend_object *ex = EG(exception);

	if (!ex) {
		return NULL;
	}
	GC_ADDREF(ex);
	zend_clear_exception();
	return ex;
}

bool qw_error_is_unwind(void)
{
	return EG(exception) && (zend_is_unwind_exit(EG(exception)) || zend_is_graceful_exit(EG(exception)));
}

bool qw_error_is_fatal_unwind(void)
{
	return EG(exception) && zend_is_unwind_exit(EG(exception)) && EG(exit_status) == 255 && (PG(last_error_type) & E_FATAL_ERRORS);
}

#include "php.h"

#include "qw_call.h"
#include "qw_error.h"

zend_result qw_call(zval *callable, zval *retval, uint32_t argc, zval *argv)
{
	zval fn;
	zend_result result;

	/* The callable may replace itself (setExceptionHandler(null), ...) while it runs. */
	ZVAL_COPY(&fn, callable);
	ZVAL_UNDEF(retval);
	result = call_user_function(NULL, NULL, &fn, retval, argc, argv);
	zval_ptr_dtor(&fn);
	if (result == FAILURE || EG(exception)) {
		if (!EG(exception)) {
			qw_throw(qw_ce_exception, "could not call a callback");
		}
		zval_ptr_dtor(retval);
		ZVAL_UNDEF(retval);
		return FAILURE;
	}
	return SUCCESS;
}

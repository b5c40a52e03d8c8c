/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: c61b598fe4b4860a599b3d629bd3e233bfc669a3 */

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_QWorker___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, settings, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_QWorker_runNextJob, 0, 0, QWorker\\Job, 1)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, connection, IS_STRING, 0, "\"redis\"")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, queue, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_daemon, 0, 0, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, connection, IS_STRING, 0, "\"redis\"")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, queue, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_QWorker_supervise arginfo_class_QWorker_daemon

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_on, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, event, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, hook, IS_CALLABLE, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_setCache, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_MASK(0, store, MAY_BE_ARRAY|MAY_BE_CALLABLE|MAY_BE_NULL, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_restart, 0, 1, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, store, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_QWorker_pop, 0, 0, QWorker\\Job, 1)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, queue, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_push, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, job, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_MIXED, 0, "\"\"")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, queue, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_later, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, delay, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, job, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, data, IS_MIXED, 0, "\"\"")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, queue, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_pushRaw, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, payload, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, queue, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_laterRaw, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, delay, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO(0, payload, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, queue, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_size, 0, 0, IS_LONG, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, queue, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_QWorker_clear arginfo_class_QWorker_size

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_setResolver, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, resolver, IS_CALLABLE, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_setFailer, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, failer, IS_CALLABLE, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_setExceptionHandler, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, handler, IS_CALLABLE, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_setExceptionCounter, 0, 1, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO(0, counter, IS_CALLABLE, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_getSettings, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_QWorker_Job___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_Job_getJobId, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_QWorker_Job_uuid arginfo_class_QWorker_Job_getJobId

#define arginfo_class_QWorker_Job_payload arginfo_class_QWorker_getSettings

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_Job_getRawBody, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_QWorker_Job_getReservedJob arginfo_class_QWorker_Job_getRawBody

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_Job_attempts, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_Job_maxTries, 0, 0, IS_LONG, 1)
ZEND_END_ARG_INFO()

#define arginfo_class_QWorker_Job_maxExceptions arginfo_class_QWorker_Job_maxTries

#define arginfo_class_QWorker_Job_timeout arginfo_class_QWorker_Job_maxTries

#define arginfo_class_QWorker_Job_retryUntil arginfo_class_QWorker_Job_maxTries

#define arginfo_class_QWorker_Job_backoff arginfo_class_QWorker_Job_getJobId

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_Job_shouldFailOnTimeout, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_QWorker_Job_getName arginfo_class_QWorker_Job_getRawBody

#define arginfo_class_QWorker_Job_resolveName arginfo_class_QWorker_Job_getRawBody

#define arginfo_class_QWorker_Job_getQueue arginfo_class_QWorker_Job_getRawBody

#define arginfo_class_QWorker_Job_getConnectionName arginfo_class_QWorker_Job_getRawBody

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_Job_getResolvedJob, 0, 0, IS_OBJECT, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_Job_fire, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_QWorker_Job_delete arginfo_class_QWorker_Job_fire

#define arginfo_class_QWorker_Job_isDeleted arginfo_class_QWorker_Job_shouldFailOnTimeout

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_Job_release, 0, 0, IS_VOID, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, delay, IS_LONG, 0, "0")
ZEND_END_ARG_INFO()

#define arginfo_class_QWorker_Job_isReleased arginfo_class_QWorker_Job_shouldFailOnTimeout

#define arginfo_class_QWorker_Job_isDeletedOrReleased arginfo_class_QWorker_Job_shouldFailOnTimeout

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_QWorker_Job_fail, 0, 0, IS_VOID, 0)
	ZEND_ARG_OBJ_INFO_WITH_DEFAULT_VALUE(0, e, Throwable, 1, "null")
ZEND_END_ARG_INFO()

#define arginfo_class_QWorker_Job_hasFailed arginfo_class_QWorker_Job_shouldFailOnTimeout

#define arginfo_class_QWorker_Job_markAsFailed arginfo_class_QWorker_Job_fire


ZEND_METHOD(QWorker, __construct);
ZEND_METHOD(QWorker, runNextJob);
ZEND_METHOD(QWorker, daemon);
ZEND_METHOD(QWorker, supervise);
ZEND_METHOD(QWorker, on);
ZEND_METHOD(QWorker, setCache);
ZEND_METHOD(QWorker, restart);
ZEND_METHOD(QWorker, pop);
ZEND_METHOD(QWorker, push);
ZEND_METHOD(QWorker, later);
ZEND_METHOD(QWorker, pushRaw);
ZEND_METHOD(QWorker, laterRaw);
ZEND_METHOD(QWorker, size);
ZEND_METHOD(QWorker, clear);
ZEND_METHOD(QWorker, setResolver);
ZEND_METHOD(QWorker, setFailer);
ZEND_METHOD(QWorker, setExceptionHandler);
ZEND_METHOD(QWorker, setExceptionCounter);
ZEND_METHOD(QWorker, getSettings);
ZEND_METHOD(QWorker_Job, __construct);
ZEND_METHOD(QWorker_Job, getJobId);
ZEND_METHOD(QWorker_Job, uuid);
ZEND_METHOD(QWorker_Job, payload);
ZEND_METHOD(QWorker_Job, getRawBody);
ZEND_METHOD(QWorker_Job, getReservedJob);
ZEND_METHOD(QWorker_Job, attempts);
ZEND_METHOD(QWorker_Job, maxTries);
ZEND_METHOD(QWorker_Job, maxExceptions);
ZEND_METHOD(QWorker_Job, timeout);
ZEND_METHOD(QWorker_Job, retryUntil);
ZEND_METHOD(QWorker_Job, backoff);
ZEND_METHOD(QWorker_Job, shouldFailOnTimeout);
ZEND_METHOD(QWorker_Job, getName);
ZEND_METHOD(QWorker_Job, resolveName);
ZEND_METHOD(QWorker_Job, getQueue);
ZEND_METHOD(QWorker_Job, getConnectionName);
ZEND_METHOD(QWorker_Job, getResolvedJob);
ZEND_METHOD(QWorker_Job, fire);
ZEND_METHOD(QWorker_Job, delete);
ZEND_METHOD(QWorker_Job, isDeleted);
ZEND_METHOD(QWorker_Job, release);
ZEND_METHOD(QWorker_Job, isReleased);
ZEND_METHOD(QWorker_Job, isDeletedOrReleased);
ZEND_METHOD(QWorker_Job, fail);
ZEND_METHOD(QWorker_Job, hasFailed);
ZEND_METHOD(QWorker_Job, markAsFailed);


static const zend_function_entry class_QWorker_methods[] = {
	ZEND_ME(QWorker, __construct, arginfo_class_QWorker___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker, runNextJob, arginfo_class_QWorker_runNextJob, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker, daemon, arginfo_class_QWorker_daemon, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker, supervise, arginfo_class_QWorker_supervise, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker, on, arginfo_class_QWorker_on, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker, setCache, arginfo_class_QWorker_setCache, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker, restart, arginfo_class_QWorker_restart, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(QWorker, pop, arginfo_class_QWorker_pop, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker, push, arginfo_class_QWorker_push, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker, later, arginfo_class_QWorker_later, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker, pushRaw, arginfo_class_QWorker_pushRaw, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker, laterRaw, arginfo_class_QWorker_laterRaw, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker, size, arginfo_class_QWorker_size, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker, clear, arginfo_class_QWorker_clear, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker, setResolver, arginfo_class_QWorker_setResolver, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker, setFailer, arginfo_class_QWorker_setFailer, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker, setExceptionHandler, arginfo_class_QWorker_setExceptionHandler, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker, setExceptionCounter, arginfo_class_QWorker_setExceptionCounter, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker, getSettings, arginfo_class_QWorker_getSettings, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_QWorker_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_QWorker_ConnectionException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_QWorker_RedisException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_QWorker_InvalidPayloadException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_QWorker_MaxAttemptsExceededException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_QWorker_ManuallyFailedException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_QWorker_TimeoutExceededException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_QWorker_Job_methods[] = {
	ZEND_ME(QWorker_Job, __construct, arginfo_class_QWorker_Job___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(QWorker_Job, getJobId, arginfo_class_QWorker_Job_getJobId, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, uuid, arginfo_class_QWorker_Job_uuid, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, payload, arginfo_class_QWorker_Job_payload, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, getRawBody, arginfo_class_QWorker_Job_getRawBody, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, getReservedJob, arginfo_class_QWorker_Job_getReservedJob, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, attempts, arginfo_class_QWorker_Job_attempts, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, maxTries, arginfo_class_QWorker_Job_maxTries, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, maxExceptions, arginfo_class_QWorker_Job_maxExceptions, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, timeout, arginfo_class_QWorker_Job_timeout, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, retryUntil, arginfo_class_QWorker_Job_retryUntil, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, backoff, arginfo_class_QWorker_Job_backoff, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, shouldFailOnTimeout, arginfo_class_QWorker_Job_shouldFailOnTimeout, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, getName, arginfo_class_QWorker_Job_getName, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, resolveName, arginfo_class_QWorker_Job_resolveName, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, getQueue, arginfo_class_QWorker_Job_getQueue, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, getConnectionName, arginfo_class_QWorker_Job_getConnectionName, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, getResolvedJob, arginfo_class_QWorker_Job_getResolvedJob, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, fire, arginfo_class_QWorker_Job_fire, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, delete, arginfo_class_QWorker_Job_delete, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, isDeleted, arginfo_class_QWorker_Job_isDeleted, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, release, arginfo_class_QWorker_Job_release, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, isReleased, arginfo_class_QWorker_Job_isReleased, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, isDeletedOrReleased, arginfo_class_QWorker_Job_isDeletedOrReleased, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, fail, arginfo_class_QWorker_Job_fail, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, hasFailed, arginfo_class_QWorker_Job_hasFailed, ZEND_ACC_PUBLIC)
	ZEND_ME(QWorker_Job, markAsFailed, arginfo_class_QWorker_Job_markAsFailed, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static zend_class_entry *register_class_QWorker(void)
{
	zend_class_entry ce, *class_entry;

	INIT_CLASS_ENTRY(ce, "QWorker", class_QWorker_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	zval const_VERSION_value;
	zend_string *const_VERSION_value_str = zend_string_init(PHP_QWORKER_VERSION, strlen(PHP_QWORKER_VERSION), 1);
	ZVAL_STR(&const_VERSION_value, const_VERSION_value_str);
	zend_string *const_VERSION_name = zend_string_init_interned("VERSION", sizeof("VERSION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_VERSION_name, &const_VERSION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_VERSION_name);

	zval const_HIREDIS_VERSION_value;
	zend_string *const_HIREDIS_VERSION_value_str = zend_string_init(QW_HIREDIS_VERSION, strlen(QW_HIREDIS_VERSION), 1);
	ZVAL_STR(&const_HIREDIS_VERSION_value, const_HIREDIS_VERSION_value_str);
	zend_string *const_HIREDIS_VERSION_name = zend_string_init_interned("HIREDIS_VERSION", sizeof("HIREDIS_VERSION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_HIREDIS_VERSION_name, &const_HIREDIS_VERSION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_HIREDIS_VERSION_name);

	zval const_EXIT_SUCCESS_value;
	ZVAL_LONG(&const_EXIT_SUCCESS_value, QW_EXIT_SUCCESS);
	zend_string *const_EXIT_SUCCESS_name = zend_string_init_interned("EXIT_SUCCESS", sizeof("EXIT_SUCCESS") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EXIT_SUCCESS_name, &const_EXIT_SUCCESS_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EXIT_SUCCESS_name);

	zval const_EXIT_ERROR_value;
	ZVAL_LONG(&const_EXIT_ERROR_value, QW_EXIT_ERROR);
	zend_string *const_EXIT_ERROR_name = zend_string_init_interned("EXIT_ERROR", sizeof("EXIT_ERROR") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EXIT_ERROR_name, &const_EXIT_ERROR_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EXIT_ERROR_name);

	zval const_EXIT_MEMORY_LIMIT_value;
	ZVAL_LONG(&const_EXIT_MEMORY_LIMIT_value, QW_EXIT_MEMORY_LIMIT);
	zend_string *const_EXIT_MEMORY_LIMIT_name = zend_string_init_interned("EXIT_MEMORY_LIMIT", sizeof("EXIT_MEMORY_LIMIT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EXIT_MEMORY_LIMIT_name, &const_EXIT_MEMORY_LIMIT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EXIT_MEMORY_LIMIT_name);

	return class_entry;
}

static zend_class_entry *register_class_QWorker_Exception(zend_class_entry *class_entry_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "QWorker", "Exception", class_QWorker_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);

	return class_entry;
}

static zend_class_entry *register_class_QWorker_ConnectionException(zend_class_entry *class_entry_QWorker_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "QWorker", "ConnectionException", class_QWorker_ConnectionException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_QWorker_Exception);

	return class_entry;
}

static zend_class_entry *register_class_QWorker_RedisException(zend_class_entry *class_entry_QWorker_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "QWorker", "RedisException", class_QWorker_RedisException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_QWorker_Exception);

	return class_entry;
}

static zend_class_entry *register_class_QWorker_InvalidPayloadException(zend_class_entry *class_entry_QWorker_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "QWorker", "InvalidPayloadException", class_QWorker_InvalidPayloadException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_QWorker_Exception);

	return class_entry;
}

static zend_class_entry *register_class_QWorker_MaxAttemptsExceededException(zend_class_entry *class_entry_QWorker_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "QWorker", "MaxAttemptsExceededException", class_QWorker_MaxAttemptsExceededException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_QWorker_Exception);

	return class_entry;
}

static zend_class_entry *register_class_QWorker_ManuallyFailedException(zend_class_entry *class_entry_QWorker_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "QWorker", "ManuallyFailedException", class_QWorker_ManuallyFailedException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_QWorker_Exception);

	return class_entry;
}

static zend_class_entry *register_class_QWorker_TimeoutExceededException(zend_class_entry *class_entry_QWorker_MaxAttemptsExceededException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "QWorker", "TimeoutExceededException", class_QWorker_TimeoutExceededException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_QWorker_MaxAttemptsExceededException);

	return class_entry;
}

static zend_class_entry *register_class_QWorker_Job(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "QWorker", "Job", class_QWorker_Job_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}

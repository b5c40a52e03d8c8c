/*
 * qworker: Laravel's Redis queue worker as a PHP extension. This file holds
 * the module entry (MINIT, MSHUTDOWN, RINIT, MINFO) and the registration of
 * the classes declared in qworker.stub.php. Their methods live in
 * src/qw_class_worker.c (QWorker) and src/qw_class_job.c (QWorker\Job).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/standard/info.h"

#include <hiredis/hiredis.h>

/* QWorker::HIREDIS_VERSION: the hiredis headers built against, "0.14.1". */
#define QW_HIREDIS_VERSION ZEND_TOSTR(HIREDIS_MAJOR) "." ZEND_TOSTR(HIREDIS_MINOR) "." ZEND_TOSTR(HIREDIS_PATCH)

#include "php_qworker.h"
#include "src/qw_daemon.h"
#include "src/qw_error.h"
#include "src/qw_job.h"
#include "src/qw_scripts.h"
#include "src/qw_worker.h"
#include "qworker_arginfo.h"

PHP_MINIT_FUNCTION(qworker)
{
	qw_worker_register(register_class_QWorker());
	qw_ce_exception = register_class_QWorker_Exception(spl_ce_RuntimeException);
	qw_ce_connection_exception = register_class_QWorker_ConnectionException(qw_ce_exception);
	qw_ce_redis_exception = register_class_QWorker_RedisException(qw_ce_exception);
	qw_ce_invalid_payload_exception = register_class_QWorker_InvalidPayloadException(qw_ce_exception);
	qw_ce_max_attempts_exception = register_class_QWorker_MaxAttemptsExceededException(qw_ce_exception);
	qw_ce_manually_failed_exception = register_class_QWorker_ManuallyFailedException(qw_ce_exception);
	qw_ce_timeout_exception = register_class_QWorker_TimeoutExceededException(qw_ce_max_attempts_exception);
	qw_job_register(register_class_QWorker_Job());
	qw_scripts_init();
	qw_daemon_startup();
	return SUCCESS;
}

PHP_MSHUTDOWN_FUNCTION(qworker)
{
	qw_daemon_shutdown();
	return SUCCESS;
}

/* As each request starts, points this module's TSRM cache at its thread's globals (EG(), JSON_G()). */
PHP_RINIT_FUNCTION(qworker)
{
#if defined(ZTS) && defined(COMPILE_DL_QWORKER)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	return SUCCESS;
}

PHP_MINFO_FUNCTION(qworker)
{
	php_info_print_table_start();
	php_info_print_table_header(2, "qworker support", "enabled");
	php_info_print_table_row(2, "Version", PHP_QWORKER_VERSION);
	php_info_print_table_row(2, "hiredis version", QW_HIREDIS_VERSION);
	php_info_print_table_end();
}

static const zend_module_dep qworker_deps[] = {
	ZEND_MOD_REQUIRED("json")
	ZEND_MOD_REQUIRED("spl")
	ZEND_MOD_END
};

zend_module_entry qworker_module_entry = {
	STANDARD_MODULE_HEADER_EX,
	NULL,
	qworker_deps,
	"qworker",
	NULL,
	PHP_MINIT(qworker),
	PHP_MSHUTDOWN(qworker),
	PHP_RINIT(qworker),
	NULL,
	PHP_MINFO(qworker),
	PHP_QWORKER_VERSION,
	STANDARD_MODULE_PROPERTIES
};

#ifdef COMPILE_DL_QWORKER
#ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
#endif
ZEND_GET_MODULE(qworker)
#endif

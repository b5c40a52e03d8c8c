#ifndef PHP_QWORKER_H
#define PHP_QWORKER_H

extern zend_module_entry qworker_module_entry;
#define phpext_qworker_ptr &qworker_module_entry

#define PHP_QWORKER_VERSION "0.1.0"

#if defined(ZTS) && defined(COMPILE_DL_QWORKER)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif /* PHP_QWORKER_H */

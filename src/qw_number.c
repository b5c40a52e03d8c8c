#include "php.h"

#include "qw_number.h"

zend_uchar qw_number(const zval *v, zend_long *l, double *d)
{
	switch (Z_TYPE_P(v)) {
		case IS_LONG:
			*l = Z_LVAL_P(v);
			return IS_LONG;
		case IS_DOUBLE:
			*d = Z_DVAL_P(v);
			return IS_DOUBLE;
		case IS_STRING:
			return is_numeric_string(Z_STRVAL_P(v), Z_STRLEN_P(v), l, d, false);
		default:
			return 0;
	}
}

bool qw_number_double(const zval *v, double *d)
{
	zend_long l;

	switch (qw_number(v, &l, d)) {
		case IS_LONG:
			*d = (double) l;
			return true;
		case IS_DOUBLE:
			return true;
		default:
			return false;
	}
}

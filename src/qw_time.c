#include "php.h"

#include <sys/time.h>
#ifndef PHP_WIN32
#include <time.h>
#endif

#include "qw_time.h"

zend_long qw_time_now(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return (zend_long) tv.tv_sec;
}

double qw_time_wall(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return (double) tv.tv_sec + (double) tv.tv_usec / 1e6;
}

#ifndef PHP_WIN32
double qw_time_mono(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}
#else
double qw_time_mono(void)
{
	return (double) GetTickCount64() / 1000.0;
}
#endif

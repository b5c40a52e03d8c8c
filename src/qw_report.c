#include "php.h"

#ifndef PHP_WIN32
#include <errno.h>
#include <sys/time.h>
#include <unistd.h>
#endif

#include "qw_payload.h"
#include "qw_report.h"

/* A record is QW_REPORT_SIZE bytes: the build fails otherwise. */
typedef char qw_report_size_check[sizeof(qw_report) == QW_REPORT_SIZE ? 1 : -1];

double qw_report_wall(void)
{
#ifndef PHP_WIN32
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return (double) tv.tv_sec + (double) tv.tv_usec / 1e6;
#else
	return (double) time(NULL);
#endif
}

/* The push time of a payload (pushedAt, a float string, else createdAt); false when it has neither. */
static bool qw_report_pushed_at(const zval *payload, double *at)
{
	zval *v = QW_PAYLOAD_FIND(payload, "pushedAt");

	if (!v) {
		v = QW_PAYLOAD_FIND(payload, "createdAt");
	}
	if (!v || (Z_TYPE_P(v) != IS_LONG && Z_TYPE_P(v) != IS_DOUBLE
		&& (Z_TYPE_P(v) != IS_STRING || !is_numeric_string(Z_STRVAL_P(v), Z_STRLEN_P(v), NULL, NULL, 0)))) {
		return false;
	}
	*at = zval_get_double(v);
	return *at > 0;
}

void qw_report_job(int fd, const qw_job *job, double started, double runtime)
{
	qw_report r;
	zend_string *name = qw_job_resolve_name(job);
	zend_string *queue = job->keys->name;
	zend_long attempts = 0;
	double pushed;
	size_t room = sizeof(r.text);

	memset(&r, 0, sizeof(r));
	r.pid = (int32_t) getpid();
	r.outcome = job->failed ? QW_REPORT_FAILED : job->released ? QW_REPORT_RELEASED : QW_REPORT_PROCESSED;
	r.runtime = runtime;
	QW_PAYLOAD_LONG(&job->payload, "attempts", &attempts);
	if (attempts == 0 && qw_report_pushed_at(&job->payload, &pushed)) {
		r.has_wait = 1;
		r.wait = MAX(started - pushed, 0.0);
	}
	r.queue_len = (uint16_t) MIN(ZSTR_LEN(queue), room);
	memcpy(r.text, ZSTR_VAL(queue), r.queue_len);
	r.name_len = (uint16_t) MIN(ZSTR_LEN(name), room - r.queue_len);
	memcpy(r.text + r.queue_len, ZSTR_VAL(name), r.name_len);
	zend_string_release(name);
#ifndef PHP_WIN32
	(void) !write(fd, &r, sizeof(r));
#endif
}

int qw_report_read(int fd, char *buf, size_t size, size_t *len)
{
#ifndef PHP_WIN32
	ssize_t got;

	while (*len < size) {
		got = read(fd, buf + *len, size - *len);
		if (got <= 0) {
			if (got < 0 && errno == EINTR) {
				continue;
			}
			break;
		}
		*len += (size_t) got;
	}
#endif
	return (int) (*len / QW_REPORT_SIZE);
}

/*
 * The report a pool worker sends its supervisor after each job: one
 * fixed-size binary record written to a pipe in one write() (atomic, as it
 * is below PIPE_BUF), never blocking the worker: a full pipe drops it.
 */
#ifndef QW_REPORT_H
#define QW_REPORT_H

#include "php.h"
#include "qw_job.h"

/* Bytes of one record, header and text. */
#define QW_REPORT_SIZE 512

typedef enum {
	QW_REPORT_PROCESSED = 0,
	QW_REPORT_FAILED = 1,
	QW_REPORT_RELEASED = 2
} qw_report_outcome;

#define QW_REPORT_OUTCOMES 3

/* One record. queue_len + name_len bytes of text follow the header, truncated to fit. */
typedef struct _qw_report {
	double runtime;      /* seconds */
	double wait;         /* seconds from the push to the start */
	int32_t pid;
	uint8_t outcome;     /* qw_report_outcome */
	uint8_t has_wait;    /* 0: the wait is unknown (a retry, or no pushedAt/createdAt) */
	uint16_t queue_len;
	uint16_t name_len;
	char text[QW_REPORT_SIZE - 26];
} qw_report;

/*
 * Writes the report of a job that ran: its outcome from its flags, its
 * queue, its resolveName(), runtime seconds, and the wait from the
 * payload's pushedAt (else createdAt) to started (unix time, with its
 * fraction) for a first attempt. Never blocks; a failed write drops it.
 */
void qw_report_job(int fd, const qw_job *job, double started, double runtime);

/*
 * Reads the records waiting in fd (non-blocking) into buf, whose *len bytes
 * are a record begun at an earlier read. Returns how many whole records
 * buf holds from its start; *len counts the bytes held, whole records and
 * the start of the next one, which the caller moves to buf's start.
 */
int qw_report_read(int fd, char *buf, size_t size, size_t *len);

/* Unix time with its fraction, as PHP's microtime(true). */
double qw_report_wall(void);

#endif

/*
 * The supervisor's store of what its workers reported: per queue and job,
 * the jobs by outcome and the last runtimes and waits (for quantiles); per
 * queue, the mean runtime of its recent jobs. Renders its series as
 * Prometheus text and as JSON.
 */
#ifndef QW_METRICS_H
#define QW_METRICS_H

#include "php.h"
#include "zend_smart_str.h"
#include "qw_report.h"

/* Runtimes and waits kept per queue and job, for the quantiles. */
#define QW_METRICS_RING 1024

/* Runtimes kept per queue, for its mean runtime. */
#define QW_METRICS_RECENT 100

/* The last values of a series (v allocated at the first one), and the sum and count of all. */
typedef struct _qw_metrics_ring {
	double *v;
	uint32_t n, next;
	double sum;
	zend_long count;
} qw_metrics_ring;

/* One queue and job. */
typedef struct _qw_metrics_series {
	zend_string *queue;
	zend_string *job;
	zend_long jobs[QW_REPORT_OUTCOMES];
	qw_metrics_ring runtime;
	qw_metrics_ring wait;
} qw_metrics_series;

typedef struct _qw_metrics {
	HashTable series;   /* "queue\0job" => qw_metrics_series* */
	HashTable queues;   /* queue => qw_metrics_ring* of QW_METRICS_RECENT runtimes */
	zend_long jobs[QW_REPORT_OUTCOMES];
} qw_metrics;

void qw_metrics_init(qw_metrics *m);
void qw_metrics_free(qw_metrics *m);

/* Counts one report. */
void qw_metrics_add(qw_metrics *m, const qw_report *r);

/* The mean runtime in seconds of the recent jobs of one queue; 0 when none ran. */
double qw_metrics_runtime(const qw_metrics *m, zend_string *queue);

/* The outcome's name: processed, failed, released. */
const char *qw_metrics_outcome(int outcome);

/*
 * Appends the job series in Prometheus' text format: qworker_jobs_total,
 * qworker_job_runtime_seconds and qworker_job_wait_seconds (summaries with
 * the 0.5, 0.95 and 0.99 quantiles of the last values).
 */
void qw_metrics_prometheus(const qw_metrics *m, smart_str *out);

/* Appends one label, name="value", the value escaped as the text format wants (backslash, double quote, newline). */
void qw_metrics_label(smart_str *out, const char *name, const char *value, size_t len);

/* Appends a sample value: an integer when it is one, else with its fraction. */
void qw_metrics_value(smart_str *out, double v);

/*
 * Sets out to a list of the series, each {"queue","job","processed",
 * "failed","released","runtime":{"count","sum","p50","p95","p99"},"wait":{...}}
 * (quantiles null when no value). Caller owns out.
 */
void qw_metrics_json(const qw_metrics *m, zval *out);

#endif

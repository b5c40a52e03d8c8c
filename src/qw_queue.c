#include "php.h"

#include "zend_exceptions.h"

#include "qw_error.h"
#include "qw_queue.h"
#include "qw_scripts.h"
#include "qw_time.h"

/* A zend_long in decimal with its sign and NUL. */
#define QW_LONG_BUF (MAX_LENGTH_OF_LONG + 1)

static void qw_queue_keys_dtor(zval *zv)
{
	qw_queue_keys *k = Z_PTR_P(zv);

	zend_string_release(k->name);
	zend_string_release(k->list);
	zend_string_release(k->reserved);
	zend_string_release(k->notify);
	zend_string_release(k->delayed);
	efree(k);
}

zend_result qw_queue_check_delay(zend_long delay, uint32_t arg_num)
{
	if (delay < 0 || delay > QW_QUEUE_MAX_DELAY) {
		zend_argument_value_error(arg_num, "must be between 0 and %d", QW_QUEUE_MAX_DELAY);
		return FAILURE;
	}
	return SUCCESS;
}

/* now + delay seconds, the delay clamped to 0..QW_QUEUE_MAX_DELAY. */
static zend_long qw_queue_available_at(zend_long delay)
{
	return qw_time_now() + MIN(MAX(delay, 0), QW_QUEUE_MAX_DELAY);
}

void qw_queue_init(qw_queue *q)
{
	qw_conn_init(&q->conn);
	q->prefix = ZSTR_EMPTY_ALLOC();
	q->default_queue = zend_string_init("default", sizeof("default") - 1, 0);
	q->retry_after = 60;
	q->block_for = -1;
	zend_hash_init(&q->keys, 4, NULL, qw_queue_keys_dtor, 0);
	zend_hash_init(&q->forwards, 0, NULL, ZVAL_PTR_DTOR, 0);
	q->steady = false;
	q->prefetch = 1;
	q->ahead = NULL;
	q->ahead_next = q->ahead_count = q->ahead_size = 0;
	q->ahead_at = 0;
	q->ack_keys = NULL;
	q->acks = NULL;
	q->nacks = q->acks_size = 0;
}

/* Replaces *slot with a copy of s. */
static void qw_queue_copy_str(zend_string **slot, zend_string *s)
{
	zend_string_release(*slot);
	*slot = zend_string_copy(s);
}

void qw_queue_set_prefix(qw_queue *q, zend_string *prefix)
{
	qw_queue_copy_str(&q->prefix, prefix);
}

void qw_queue_set_default_queue(qw_queue *q, zend_string *name)
{
	qw_queue_copy_str(&q->default_queue, name);
}

void qw_queue_set_retry_after(qw_queue *q, zend_long seconds)
{
	q->retry_after = seconds;
}

void qw_queue_set_block_for(qw_queue *q, double seconds)
{
	q->block_for = seconds;
}

void qw_queue_set_forward(qw_queue *q, zend_string *from, zend_string *to)
{
	zval v;

	ZVAL_STR_COPY(&v, to);
	zend_hash_update(&q->forwards, from, &v);
}

void qw_queue_set_prefetch(qw_queue *q, zend_long n)
{
	q->prefetch = n;
}

void qw_queue_set_wake_fd(qw_queue *q, int fd)
{
	qw_conn_set_wake_fd(&q->conn, fd);
}

/* Frees the jobs reserved ahead that were not handed out, and empties the list. */
static void qw_queue_forget_ahead(qw_queue *q)
{
	int i;

	for (i = q->ahead_next; i < q->ahead_count; i++) {
		qw_popped_free(&q->ahead[i]);
	}
	q->ahead_next = q->ahead_count = 0;
}

void qw_queue_free(qw_queue *q)
{
	int i;

	qw_queue_forget_ahead(q);
	for (i = 0; i < q->nacks; i++) {
		zend_string_release(q->acks[i]);
	}
	if (q->ahead) {
		efree(q->ahead);
	}
	if (q->acks) {
		efree(q->acks);
	}
	qw_conn_free(&q->conn);
	zend_string_release(q->prefix);
	zend_string_release(q->default_queue);
	zend_hash_destroy(&q->keys);
	zend_hash_destroy(&q->forwards);
}

void qw_popped_free(qw_popped *p)
{
	if (p->job) {
		zend_string_release(p->job);
	}
	if (p->reserved) {
		zend_string_release(p->reserved);
	}
	p->job = p->reserved = NULL;
}

void qw_popped_take(qw_popped *p, zend_string **job, zend_string **reserved)
{
	*job = p->job;
	*reserved = p->reserved;
	p->job = p->reserved = NULL;
}

const qw_queue_keys *qw_queue_keys_for(qw_queue *q, zend_string *name)
{
	qw_queue_keys *k;
	zval *to;

	if (!name || ZSTR_LEN(name) == 0) {
		name = q->default_queue;
	}
	if ((k = zend_hash_find_ptr(&q->keys, name)) != NULL) {
		return k;
	}
	to = zend_hash_find(&q->forwards, name);
	k = emalloc(sizeof(*k));
	k->name = zend_string_copy(name);
	k->list = zend_strpprintf(0, "%squeues:%s", ZSTR_VAL(q->prefix), ZSTR_VAL(to ? Z_STR_P(to) : name));
	k->reserved = zend_strpprintf(0, "%s:reserved", ZSTR_VAL(k->list));
	k->notify = zend_strpprintf(0, "%s:notify", ZSTR_VAL(k->list));
	k->delayed = zend_strpprintf(0, "%s:delayed", ZSTR_VAL(k->list));
	k->migrated_at = 0;
	return zend_hash_add_new_ptr(&q->keys, name, k);
}

int qw_queue_parse_list(qw_queue *q, zend_string *list, const qw_queue_keys ***out)
{
	const char *p, *end, *comma;
	int n = 1, i = 0;

	if (!list) {
		*out = emalloc(sizeof(**out));
		(*out)[0] = qw_queue_keys_for(q, NULL);
		return 1;
	}
	p = ZSTR_VAL(list);
	end = p + ZSTR_LEN(list);
	for (comma = p; (comma = memchr(comma, ',', end - comma)) != NULL; comma++) {
		n++;
	}
	*out = emalloc(sizeof(**out) * n);
	for (;;) {
		zend_string *name;

		comma = memchr(p, ',', end - p);
		name = zend_string_init(p, (comma ? comma : end) - p, 0);
		(*out)[i++] = qw_queue_keys_for(q, name);
		zend_string_release(name);
		if (!comma) {
			break;
		}
		p = comma + 1;
	}
	return n;
}

/* Queues the batched acknowledgements as one deferred ZREM: they go with the next command. */
static void qw_queue_commit_acks(qw_queue *q)
{
	int i;

	if (!q->nacks) {
		return;
	}
	qw_conn_defer_start(&q->conn, q->nacks + 2);
	qw_conn_defer_arg(&q->conn, "ZREM", 4);
	qw_conn_defer_arg(&q->conn, ZSTR_VAL(q->ack_keys->reserved), ZSTR_LEN(q->ack_keys->reserved));
	for (i = 0; i < q->nacks; i++) {
		qw_conn_defer_arg(&q->conn, ZSTR_VAL(q->acks[i]), ZSTR_LEN(q->acks[i]));
		zend_string_release(q->acks[i]);
	}
	q->nacks = 0;
	q->ack_keys = NULL;
}

/* Throws a RedisException for an error reply to the command what, and frees the reply. */
static ZEND_COLD void qw_queue_throw_reply(const char *what, redisReply *r)
{
	qw_throw(qw_ce_redis_exception, "Redis refused %s: %.*s", what, (int) r->len, r->str);
	freeReplyObject(r);
}

/* Runs a command whose reply only matters when it is an error. FAILURE with an exception thrown. */
static zend_result qw_queue_call(qw_queue *q, bool retry, int argc, const char **argv, size_t *lens)
{
	redisReply *r;

	qw_queue_commit_acks(q);
	if ((r = qw_conn_command(&q->conn, retry, argc, argv, lens)) == NULL) {
		return FAILURE;
	}
	if (r->type == REDIS_REPLY_ERROR) {
		qw_queue_throw_reply(argv[0], r);
		return FAILURE;
	}
	freeReplyObject(r);
	return SUCCESS;
}

/*
 * Runs a script by EVALSHA, loading it with EVAL when Redis answers NOSCRIPT.
 * argv[3..] are the keys then the arguments. Returns NULL with an exception
 * thrown (error replies included); caller owns the reply.
 */
static redisReply *qw_queue_eval(qw_queue *q, qw_script_id id, bool retry, int nkeys, int argc, const char **argv, size_t *lens)
{
	const qw_script *s = qw_script_get(id);
	char numkeys[QW_LONG_BUF];
	redisReply *r;

	qw_queue_commit_acks(q);
	argv[0] = "EVALSHA";
	lens[0] = 7;
	argv[1] = s->sha;
	lens[1] = 40;
	argv[2] = numkeys;
	lens[2] = (size_t) snprintf(numkeys, sizeof(numkeys), "%d", nkeys);
	r = qw_conn_command(&q->conn, retry, argc, argv, lens);
	if (r && r->type == REDIS_REPLY_ERROR && strncmp(r->str, "NOSCRIPT", 8) == 0) {
		freeReplyObject(r);
		argv[0] = "EVAL";
		lens[0] = 4;
		argv[1] = s->body;
		lens[1] = s->len;
		r = qw_conn_command(&q->conn, retry, argc, argv, lens);
	}
	if (r && r->type == REDIS_REPLY_ERROR) {
		qw_throw(qw_ce_redis_exception, "Redis refused the %s script: %.*s", s->name, (int) r->len, r->str);
		freeReplyObject(r);
		return NULL;
	}
	return r;
}

#define QW_ARG_STR(i, zs) do { argv[i] = ZSTR_VAL(zs); lens[i] = ZSTR_LEN(zs); } while (0)
#define QW_ARG_LONG(i, buf, v) do { argv[i] = buf; lens[i] = (size_t) snprintf(buf, sizeof(buf), ZEND_LONG_FMT, (zend_long) (v)); } while (0)

/*
 * Pops up to q->prefetch jobs of one queue (one outside steady mode) into
 * q->ahead; migrate forces the move of due jobs in steady mode.
 * Returns FAILURE with an exception thrown.
 */
static zend_result qw_queue_pop_one(qw_queue *q, qw_queue_keys *k, zend_long now, bool migrate)
{
	const char *argv[11];
	size_t lens[11];
	char now_buf[QW_LONG_BUF], until_buf[QW_LONG_BUF], want_buf[QW_LONG_BUF];
	zend_long want = q->steady ? q->prefetch : 1;
	redisReply *r;
	size_t i, m;

	migrate = migrate || !q->steady || k->migrated_at != now;
	QW_ARG_STR(3, k->list);
	QW_ARG_STR(4, k->reserved);
	QW_ARG_STR(5, k->notify);
	QW_ARG_STR(6, k->delayed);
	QW_ARG_LONG(7, now_buf, now);
	QW_ARG_LONG(8, until_buf, now + q->retry_after);
	argv[9] = migrate ? "1" : "0";
	lens[9] = 1;
	QW_ARG_LONG(10, want_buf, want);
	/* Repeating a pop whose reply was lost only leaves jobs reserved until retry_after. */
	r = qw_queue_eval(q, QW_SCRIPT_POP, true, 4, 11, argv, lens);
	if (r && migrate) {
		k->migrated_at = now;
	}
	if (!r) {
		return FAILURE;
	}
	m = r->type == REDIS_REPLY_ARRAY ? r->elements / 2 : 0;
	for (i = 0; i < 2 * m && r->element[i]->type == REDIS_REPLY_STRING; i++);
	if (r->type != REDIS_REPLY_ARRAY || r->elements % 2 || m > (size_t) want || i < 2 * m) {
		qw_throw(qw_ce_redis_exception, "unexpected reply to the pop script");
		freeReplyObject(r);
		return FAILURE;
	}
	if ((int) m > q->ahead_size) {
		q->ahead = safe_erealloc(q->ahead, m, sizeof(*q->ahead), 0);
		q->ahead_size = (int) m;
	}
	for (i = 0; i < m; i++) {
		q->ahead[i].job = zend_string_init(r->element[2 * i]->str, r->element[2 * i]->len, 0);
		q->ahead[i].reserved = zend_string_init(r->element[2 * i + 1]->str, r->element[2 * i + 1]->len, 0);
		q->ahead[i].keys = k;
	}
	q->ahead_next = 0;
	q->ahead_count = (int) m;
	q->ahead_at = now;
	freeReplyObject(r);
	return SUCCESS;
}

/*
 * Starts a job the pop reserved ahead (see the start script). The finished
 * jobs' acknowledgements go first, so that a worker killed during this job
 * runs again at most this one. In the second of its pop, nobody can have
 * moved it back yet, so the script is written and the job runs while its
 * reply travels; later, the reply says whether it is still this worker's
 * (*held false: it expired and moved back), and the copy is reserved until
 * retry_after from now. Once the pop's reservation expired, it is not
 * started at all (*held false): it goes back through the next move of
 * expired reservations, with no attempt counted. Either way an attempt is
 * counted in Redis before the job runs. Returns FAILURE with an exception
 * thrown.
 */
static zend_result qw_queue_start(qw_queue *q, const qw_popped *p, zend_long now, bool *held)
{
	const qw_script *s = qw_script_get(QW_SCRIPT_START);
	const char *argv[8];
	size_t lens[8];
	char until[QW_LONG_BUF], pop_until[QW_LONG_BUF];
	redisReply *r;

	*held = now < q->ahead_at + q->retry_after;
	if (!*held) {
		return SUCCESS;
	}
	QW_ARG_STR(3, p->keys->reserved);
	QW_ARG_STR(4, p->job);
	QW_ARG_STR(5, p->reserved);
	QW_ARG_LONG(6, until, MAX(now, q->ahead_at) + q->retry_after);
	QW_ARG_LONG(7, pop_until, q->ahead_at + q->retry_after);
	qw_queue_commit_acks(q);
	if (now == q->ahead_at) {
		int i;

		/* EVAL, not EVALSHA: a deferred reply cannot ask for the script again. */
		qw_conn_defer_start(&q->conn, 8);
		qw_conn_defer_arg(&q->conn, "EVAL", 4);
		qw_conn_defer_arg(&q->conn, s->body, s->len);
		qw_conn_defer_arg(&q->conn, "1", 1);
		for (i = 3; i < 8; i++) {
			qw_conn_defer_arg(&q->conn, argv[i], lens[i]);
		}
		if (qw_conn_post(&q->conn)) {
			return SUCCESS;
		}
		/* Still deferred: it goes first on a fresh link, and the script below sees it done. */
	}
	/* Repeatable: a repeat after a lost reply finds the copy with our score. */
	if ((r = qw_queue_eval(q, QW_SCRIPT_START, true, 1, 8, argv, lens)) == NULL) {
		return FAILURE;
	}
	*held = r->type == REDIS_REPLY_INTEGER && r->integer == 1;
	freeReplyObject(r);
	return SUCCESS;
}

/* Hands out the next job reserved ahead, if any (see qw_queue_pop()). Returns FAILURE with an exception thrown. */
static zend_result qw_queue_take_ahead(qw_queue *q, zend_long now, qw_popped *out)
{
	while (q->ahead_next < q->ahead_count) {
		qw_popped *p = &q->ahead[q->ahead_next];
		bool held = true;

		/* The pop's first job started in the pop; on failure a job stays first in line. */
		if (q->ahead_next > 0 && qw_queue_start(q, p, now, &held) == FAILURE) {
			return FAILURE;
		}
		q->ahead_next++;
		if (held) {
			*out = *p;
			p->job = p->reserved = NULL;
			return SUCCESS;
		}
		qw_popped_free(p);
	}
	return SUCCESS;
}

/* Formats seconds for BLPOP: whole numbers as integers (any Redis), else with millisecond precision (Redis 6+). */
static size_t qw_queue_format_timeout(char *buf, size_t size, double seconds)
{
	if (seconds == (double) (zend_long) seconds) {
		return (size_t) snprintf(buf, size, ZEND_LONG_FMT, (zend_long) seconds);
	}
	return (size_t) snprintf(buf, size, "%.3f", seconds);
}

/*
 * BLPOP on every queue's :notify. *woke is true when an entry came before
 * the timeout; false also when the daemon's signals cut the wait short.
 */
static zend_result qw_queue_block(qw_queue *q, const qw_queue_keys **queues, int n, bool *woke)
{
	const char **argv = safe_emalloc(n + 2, sizeof(*argv), 0);
	size_t *lens = safe_emalloc(n + 2, sizeof(*lens), 0);
	char timeout[64];
	redisReply *r;
	zend_result result;
	int i;

	qw_queue_commit_acks(q);
	argv[0] = "BLPOP";
	lens[0] = 5;
	for (i = 0; i < n; i++) {
		argv[i + 1] = ZSTR_VAL(queues[i]->notify);
		lens[i + 1] = ZSTR_LEN(queues[i]->notify);
	}
	argv[n + 1] = timeout;
	lens[n + 1] = qw_queue_format_timeout(timeout, sizeof(timeout), q->block_for);
	{
		qw_cmd cmd = {n + 2, argv, lens};

		r = NULL;
		/* BLPOP ... 0 waits for as long as it takes: no read timeout applies. */
		result = qw_conn_exec(&q->conn, true, q->block_for > 0 ? q->block_for : QW_CONN_WAIT_FOREVER, 1, &cmd, &r);
	}
	efree(argv);
	efree(lens);
	*woke = false;
	if (result == FAILURE || !r) {
		/* !r: a signal cut the wait short, nothing came */
		return result;
	}
	if (r->type == REDIS_REPLY_ERROR) {
		qw_queue_throw_reply("BLPOP", r);
		return FAILURE;
	}
	*woke = r->type == REDIS_REPLY_ARRAY;
	freeReplyObject(r);
	return SUCCESS;
}

zend_result qw_queue_pop(qw_queue *q, const qw_queue_keys **queues, int n, qw_popped *out)
{
	bool blocked = false;

	out->job = out->reserved = NULL;
	out->keys = NULL;
	if (qw_queue_take_ahead(q, qw_time_now(), out) == FAILURE || out->job) {
		return out->job ? SUCCESS : FAILURE;
	}
	for (;;) {
		zend_long now = qw_time_now();
		bool woke = false, migrate = blocked, skipped;
		int i;

		/* Nothing found is only the answer once every queue moved its due jobs this second. */
		do {
			skipped = false;
			for (i = 0; i < n; i++) {
				/* The keys are q's own (qw_queue_keys_for()); only the pop's bookkeeping changes. */
				qw_queue_keys *k = (qw_queue_keys *) queues[i];

				skipped = skipped || (q->steady && !migrate && k->migrated_at == now);
				if (qw_queue_pop_one(q, k, now, migrate) == FAILURE) {
					return FAILURE;
				}
				if (q->ahead_count) {
					return qw_queue_take_ahead(q, now, out);
				}
			}
			migrate = true;
		} while (skipped);
		if (blocked || q->block_for < 0) {
			return SUCCESS;
		}
		if (qw_queue_block(q, queues, n, &woke) == FAILURE) {
			return FAILURE;
		}
		if (!woke) {
			return SUCCESS;
		}
		blocked = true;
	}
}

void qw_queue_set_steady(qw_queue *q, bool on)
{
	if (!on) {
		qw_queue_unpop(q);
		if (!qw_queue_flush(q)) {
			qw_conn_drop_deferred(&q->conn);
		}
		q->prefetch = 1;
	}
	q->steady = on;
}

int qw_queue_unpop(qw_queue *q)
{
	int n = q->ahead_count - q->ahead_next, argc = 3 + 4 + n, i, back = 0;
	const qw_queue_keys *k;
	const char **argv;
	size_t *lens;
	char pop_until[QW_LONG_BUF];
	redisReply *r;

	if (n <= 0) {
		return 0;
	}
	k = q->ahead[q->ahead_next].keys;
	argv = safe_emalloc(argc, sizeof(*argv), 0);
	lens = safe_emalloc(argc, sizeof(*lens), 0);
	QW_ARG_STR(3, k->list);
	QW_ARG_STR(4, k->reserved);
	QW_ARG_STR(5, k->notify);
	QW_ARG_LONG(6, pop_until, q->ahead_at + q->retry_after);
	for (i = 0; i < n; i++) {
		QW_ARG_STR(7 + i, q->ahead[q->ahead_next + i].job);
	}
	zend_exception_save();
	/* Repeating it gives back nothing twice: only a job still reserved goes back. */
	r = qw_queue_eval(q, QW_SCRIPT_UNPOP, true, 3, argc, argv, lens);
	if (r) {
		back = r->type == REDIS_REPLY_INTEGER ? (int) r->integer : 0;
		freeReplyObject(r);
	} else {
		zval rv;
		zend_string *why = zval_get_string(zend_read_property_ex(zend_get_exception_base(EG(exception)), EG(exception),
			ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv));

		qw_log("QWorker: %d job(s) reserved ahead could not be given back; they come back after retry_after: %s", n, ZSTR_VAL(why));
		zend_string_release(why);
		zend_clear_exception();
	}
	zend_exception_restore();
	efree(argv);
	efree(lens);
	qw_queue_forget_ahead(q);
	return back;
}

bool qw_queue_flush(qw_queue *q)
{
	qw_queue_commit_acks(q);
	return qw_conn_flush(&q->conn);
}

zend_result qw_queue_delete(qw_queue *q, const qw_queue_keys *k, zend_string *reserved)
{
	const char *argv[3] = {"ZREM"};
	size_t lens[3] = {4};

	if (q->steady) {
		if (q->nacks && q->ack_keys != k) {
			qw_queue_commit_acks(q);
		}
		if (q->nacks == q->acks_size) {
			q->acks_size = q->acks_size ? 2 * q->acks_size : 8;
			q->acks = safe_erealloc(q->acks, q->acks_size, sizeof(*q->acks), 0);
		}
		q->ack_keys = k;
		q->acks[q->nacks++] = zend_string_copy(reserved);
		return SUCCESS;
	}
	QW_ARG_STR(1, k->reserved);
	QW_ARG_STR(2, reserved);
	return qw_queue_call(q, true, 3, argv, lens);
}

zend_result qw_queue_unrelease(qw_queue *q, const qw_queue_keys *k, zend_string *reserved)
{
	const char *argv[3] = {"ZREM"};
	size_t lens[3] = {4};

	QW_ARG_STR(1, k->delayed);
	QW_ARG_STR(2, reserved);
	return qw_queue_call(q, true, 3, argv, lens);
}

zend_result qw_queue_release(qw_queue *q, const qw_queue_keys *k, zend_string *reserved, zend_long delay)
{
	const char *argv[7];
	size_t lens[7];
	char at[QW_LONG_BUF];
	redisReply *r;

	QW_ARG_STR(3, k->delayed);
	QW_ARG_STR(4, k->reserved);
	QW_ARG_STR(5, reserved);
	QW_ARG_LONG(6, at, qw_queue_available_at(delay));
	if ((r = qw_queue_eval(q, QW_SCRIPT_RELEASE, true, 2, 7, argv, lens)) == NULL) {
		return FAILURE;
	}
	freeReplyObject(r);
	if (delay == 0) {
		/* Due now: the next pop must move it, this second or not. */
		((qw_queue_keys *) k)->migrated_at = 0;
	}
	return SUCCESS;
}

zend_result qw_queue_push(qw_queue *q, const qw_queue_keys *k, zend_string *payload)
{
	const char *argv[6];
	size_t lens[6];
	redisReply *r;

	QW_ARG_STR(3, k->list);
	QW_ARG_STR(4, k->notify);
	QW_ARG_STR(5, payload);
	/* Not repeated after a lost reply: that could enqueue the job twice. */
	if ((r = qw_queue_eval(q, QW_SCRIPT_PUSH, false, 2, 6, argv, lens)) == NULL) {
		return FAILURE;
	}
	freeReplyObject(r);
	return SUCCESS;
}

zend_result qw_queue_later(qw_queue *q, const qw_queue_keys *k, zend_string *payload, zend_long delay)
{
	const char *argv[4] = {"ZADD"};
	size_t lens[4] = {4};
	char at[QW_LONG_BUF];

	QW_ARG_STR(1, k->delayed);
	QW_ARG_LONG(2, at, qw_queue_available_at(delay));
	QW_ARG_STR(3, payload);
	/* ZADD of the same member and score is idempotent. */
	return qw_queue_call(q, true, 4, argv, lens);
}

/* Runs the size or clear script, whose reply is an integer. */
static zend_result qw_queue_count_script(qw_queue *q, qw_script_id id, bool retry, const qw_queue_keys *k, zend_long *out)
{
	const char *argv[7];
	size_t lens[7];
	redisReply *r;

	QW_ARG_STR(3, k->list);
	QW_ARG_STR(4, k->delayed);
	QW_ARG_STR(5, k->reserved);
	QW_ARG_STR(6, k->notify);
	if ((r = qw_queue_eval(q, id, retry, id == QW_SCRIPT_CLEAR ? 4 : 3, id == QW_SCRIPT_CLEAR ? 7 : 6, argv, lens)) == NULL) {
		return FAILURE;
	}
	*out = r->type == REDIS_REPLY_INTEGER ? (zend_long) r->integer : 0;
	freeReplyObject(r);
	return SUCCESS;
}

zend_result qw_queue_size(qw_queue *q, const qw_queue_keys *k, zend_long *size)
{
	return qw_queue_count_script(q, QW_SCRIPT_SIZE, true, k, size);
}

zend_result qw_queue_clear(qw_queue *q, const qw_queue_keys *k, zend_long *size)
{
	return qw_queue_count_script(q, QW_SCRIPT_CLEAR, false, k, size);
}

zend_result qw_queue_count_exception(qw_queue *q, zend_string *uuid, zend_long max, bool *reached)
{
	zend_string *key = zend_strpprintf(0, "%sjob-exceptions:%s", ZSTR_VAL(q->prefix), ZSTR_VAL(uuid));
	const char *incr[2] = {"INCR", ZSTR_VAL(key)}, *expire[3] = {"EXPIRE", ZSTR_VAL(key), "86400"};
	size_t incr_lens[2] = {4, ZSTR_LEN(key)}, expire_lens[3] = {6, ZSTR_LEN(key), 5};
	qw_cmd cmds[2] = {{2, incr, incr_lens}, {3, expire, expire_lens}};
	redisReply *r[2];
	zend_result ok = FAILURE;

	*reached = false;
	qw_queue_commit_acks(q);
	if (qw_conn_exec(&q->conn, false, 0, 2, cmds, r) == FAILURE) {
		zend_string_release(key);
		return FAILURE;
	}
	if (r[0]->type != REDIS_REPLY_INTEGER || r[1]->type == REDIS_REPLY_ERROR) {
		redisReply *bad = r[0]->type != REDIS_REPLY_INTEGER ? r[0] : r[1];

		qw_throw(qw_ce_redis_exception, "Redis refused %s of %s: %s", bad == r[0] ? "INCR" : "EXPIRE", ZSTR_VAL(key),
			bad->type == REDIS_REPLY_ERROR ? bad->str : "not an integer reply");
	} else {
		ok = SUCCESS;
		if ((zend_long) r[0]->integer >= max) {
			const char *del[2] = {"DEL", ZSTR_VAL(key)};
			size_t del_lens[2] = {3, ZSTR_LEN(key)};

			*reached = true;
			ok = qw_queue_call(q, true, 2, del, del_lens);
		}
	}
	freeReplyObject(r[0]);
	freeReplyObject(r[1]);
	zend_string_release(key);
	return ok;
}

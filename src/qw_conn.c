#include "php.h"

#include <errno.h>
#ifndef PHP_WIN32
#include <poll.h>
#include <sys/socket.h>
#endif

#include "qw_conn.h"
#include "qw_error.h"
#include "qw_time.h"

/* How an exchange ended. */
typedef enum {
	QW_XCHG_OK,
	QW_XCHG_BROKEN,   /* I/O error or closed link: c->ctx->errstr says why */
	QW_XCHG_TIMEOUT,  /* no reply within the read timeout */
	QW_XCHG_WOKEN     /* the wake fd fired during a blocking wait; link dropped */
} qw_xchg;

void qw_conn_init(qw_conn *c)
{
	memset(c, 0, sizeof(*c));
	c->host = zend_string_init("127.0.0.1", sizeof("127.0.0.1") - 1, 0);
	c->port = 6379;
	c->wake_fd = -1;
}

void qw_conn_close(qw_conn *c)
{
	if (c->ctx) {
		redisFree(c->ctx);
		c->ctx = NULL;
	}
	c->posted_len = 0;
	c->nposted = 0;
}

void qw_conn_free(qw_conn *c)
{
	qw_conn_close(c);
	smart_str_free(&c->deferred);
	if (c->host) {
		zend_string_release(c->host);
	}
	if (c->path) {
		zend_string_release(c->path);
	}
	if (c->username) {
		zend_string_release(c->username);
	}
	if (c->password) {
		zend_string_release(c->password);
	}
	memset(c, 0, sizeof(*c));
	c->wake_fd = -1;
}

/* A copy of s, or NULL for NULL; *slot's old string is released. */
static void qw_conn_copy_str(zend_string **slot, zend_string *s)
{
	if (*slot) {
		zend_string_release(*slot);
	}
	*slot = s ? zend_string_copy(s) : NULL;
}

void qw_conn_copy_settings(qw_conn *dst, const qw_conn *src)
{
	qw_conn_copy_str(&dst->host, src->host);
	qw_conn_copy_str(&dst->path, src->path);
	qw_conn_copy_str(&dst->username, src->username);
	qw_conn_copy_str(&dst->password, src->password);
	dst->port = src->port;
	dst->database = src->database;
	dst->connect_timeout = src->connect_timeout;
	dst->read_timeout = src->read_timeout;
}

void qw_conn_set_host(qw_conn *c, zend_string *host)
{
	qw_conn_copy_str(&c->host, host);
}

void qw_conn_set_port(qw_conn *c, zend_long port)
{
	c->port = port;
}

void qw_conn_set_path(qw_conn *c, const char *path, size_t len)
{
	if (c->path) {
		zend_string_release(c->path);
	}
	c->path = path ? zend_string_init(path, len, 0) : NULL;
}

void qw_conn_set_username(qw_conn *c, zend_string *username)
{
	qw_conn_copy_str(&c->username, username);
}

void qw_conn_set_password(qw_conn *c, zend_string *password)
{
	qw_conn_copy_str(&c->password, password);
}

void qw_conn_set_database(qw_conn *c, zend_long database)
{
	c->database = database;
}

void qw_conn_set_connect_timeout(qw_conn *c, double seconds)
{
	c->connect_timeout = seconds;
}

void qw_conn_set_read_timeout(qw_conn *c, double seconds)
{
	c->read_timeout = seconds;
}

void qw_conn_set_wake_fd(qw_conn *c, int fd)
{
	c->wake_fd = fd;
}

zend_string *qw_conn_describe(const qw_conn *c)
{
	if (c->path) {
		return zend_string_copy(c->path);
	}
	return zend_strpprintf(0, "%s:" ZEND_LONG_FMT, ZSTR_VAL(c->host), c->port);
}

/* seconds (0 < seconds <= QW_CONN_MAX_TIMEOUT, checked by the settings) as a timeval, never rounded down to 0. */
static struct timeval qw_conn_tv(double seconds)
{
	struct timeval tv;

	tv.tv_sec = (time_t) seconds;
	tv.tv_usec = (suseconds_t) ((seconds - (double) tv.tv_sec) * 1000000.0);
	if (tv.tv_sec == 0 && tv.tv_usec == 0) {
		tv.tv_usec = 1;
	}
	return tv;
}

/* Throws a ConnectionException naming the server, what failed and why. */
static ZEND_COLD void qw_conn_throw(const qw_conn *c, const char *what, const char *why)
{
	zend_string *where = qw_conn_describe(c);

	qw_throw(qw_ce_connection_exception, "%s Redis at %s: %s", what, ZSTR_VAL(where), why);
	zend_string_release(where);
}

/* Runs one set-up command (AUTH, SELECT) on a fresh link. */
static zend_result qw_conn_setup(qw_conn *c, const char *what, int argc, const char **argv, const size_t *lens)
{
	redisReply *r = redisCommandArgv(c->ctx, argc, argv, lens);

	if (!r) {
		qw_conn_throw(c, what, c->ctx->errstr);
		qw_conn_close(c);
		return FAILURE;
	}
	if (r->type == REDIS_REPLY_ERROR) {
		qw_conn_throw(c, what, r->str);
		freeReplyObject(r);
		qw_conn_close(c);
		return FAILURE;
	}
	freeReplyObject(r);
	return SUCCESS;
}

zend_result qw_conn_connect(qw_conn *c)
{
	struct timeval tv = qw_conn_tv(c->connect_timeout);

	qw_conn_close(c);
	if (c->path) {
		c->ctx = c->connect_timeout > 0
			? redisConnectUnixWithTimeout(ZSTR_VAL(c->path), tv)
			: redisConnectUnix(ZSTR_VAL(c->path));
	} else {
		c->ctx = c->connect_timeout > 0
			? redisConnectWithTimeout(ZSTR_VAL(c->host), (int) c->port, tv)
			: redisConnect(ZSTR_VAL(c->host), (int) c->port);
	}
	if (!c->ctx) {
		qw_conn_throw(c, "cannot connect to", "out of memory");
		return FAILURE;
	}
	if (c->ctx->err) {
		qw_conn_throw(c, "cannot connect to", c->ctx->errstr);
		qw_conn_close(c);
		return FAILURE;
	}
	if (c->read_timeout > 0 && redisSetTimeout(c->ctx, qw_conn_tv(c->read_timeout)) != REDIS_OK) {
		qw_conn_throw(c, "cannot set the read timeout of", c->ctx->errstr);
		qw_conn_close(c);
		return FAILURE;
	}
	if (c->password) {
		const char *argv[3] = {"AUTH"};
		size_t lens[3] = {4};
		int argc = 1;

		if (c->username) {
			argv[argc] = ZSTR_VAL(c->username);
			lens[argc++] = ZSTR_LEN(c->username);
		}
		argv[argc] = ZSTR_VAL(c->password);
		lens[argc++] = ZSTR_LEN(c->password);
		if (qw_conn_setup(c, "cannot authenticate to", argc, argv, lens) == FAILURE) {
			return FAILURE;
		}
	}
	if (c->database != 0) {
		char db[MAX_LENGTH_OF_LONG];
		const char *argv[2] = {"SELECT", db};
		size_t lens[2] = {6, 0};

		lens[1] = (size_t) snprintf(db, sizeof(db), ZEND_LONG_FMT, c->database);
		if (qw_conn_setup(c, "cannot select the database of", 2, argv, lens) == FAILURE) {
			return FAILURE;
		}
	}
	return SUCCESS;
}

/*
 * True when the link can take a command: connected, no error, and, with
 * peek, the peer has neither closed it nor sent anything unasked. Every
 * exchange that ends early drops the link, so nothing unasked is ever left
 * to read; the peek (a syscall) is for commands that must not be sent twice:
 * a link the server closed would fail them after the write. Commands safe to
 * repeat skip it: they are sent again on a fresh link.
 */
static bool qw_conn_usable(const qw_conn *c, bool peek)
{
	if (!c->ctx || c->ctx->err) {
		return false;
	}
	if (!peek) {
		return true;
	}
#ifndef PHP_WIN32
	{
		char byte;
		ssize_t n = recv(c->ctx->fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);

		if (n >= 0) {
			return false;
		}
		return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
	}
#else
	return true;
#endif
}

#ifndef PHP_WIN32
/*
 * Sends what hiredis buffered, then waits for the reply to become readable
 * or the wake fd to fire, within the exchange's read timeout.
 */
static qw_xchg qw_conn_wait(qw_conn *c, double wait)
{
	double limit = wait < 0 || c->read_timeout <= 0 ? -1 : c->read_timeout + wait;
	double end = qw_time_mono() + limit;
	int done = 0;

	while (!done) {
		if (redisBufferWrite(c->ctx, &done) != REDIS_OK) {
			return QW_XCHG_BROKEN;
		}
	}
	for (;;) {
		struct pollfd p[2] = {{c->ctx->fd, POLLIN, 0}, {c->wake_fd, POLLIN, 0}};
		double left = end - qw_time_mono();
		int ms = limit < 0 ? -1 : left <= 0 ? 0 : left * 1000.0 + 1.0 > INT_MAX ? INT_MAX : (int) (left * 1000.0 + 1.0);
		int ready = poll(p, 2, ms);

		if (ready > 0 && p[1].revents) {
			qw_conn_close(c);
			return QW_XCHG_WOKEN;
		}
		if (ready > 0) {
			return QW_XCHG_OK;
		}
		if (ready == 0) {
			return QW_XCHG_TIMEOUT;
		}
		if (errno != EINTR) {
			return QW_XCHG_BROKEN;
		}
	}
}
#endif

/* Forgets the deferred commands, keeping the buffer for the next ones (one per job). */
static void qw_conn_clear_deferred(qw_conn *c)
{
	if (c->deferred.s) {
		ZSTR_LEN(c->deferred.s) = 0;
	}
	c->ndeferred = 0;
	c->posted_len = 0;
	c->nposted = 0;
}

/* Reads the replies to the deferred commands sent ahead of an exchange or posted; logs error replies. */
static qw_xchg qw_conn_read_deferred(qw_conn *c)
{
	int i;

	for (i = 0; i < c->ndeferred; i++) {
		redisReply *r = NULL;

		if (redisGetReply(c->ctx, (void **) &r) != REDIS_OK || !r) {
			return c->ctx->err == REDIS_ERR_IO && (errno == EAGAIN || errno == EWOULDBLOCK) ? QW_XCHG_TIMEOUT : QW_XCHG_BROKEN;
		}
		if (r->type == REDIS_REPLY_ERROR) {
			qw_log("QWorker: Redis refused an acknowledgement: %.*s", (int) r->len, r->str);
		}
		freeReplyObject(r);
	}
	return QW_XCHG_OK;
}

/*
 * One exchange on the current link, the deferred commands first unless it
 * blocks (their replies would end the wait that watches the wake fd).
 * Replies are freed unless it ends QW_XCHG_OK; the deferred commands are
 * forgotten only then.
 */
static qw_xchg qw_conn_exchange(qw_conn *c, double wait, int n, const qw_cmd *cmds, redisReply **replies)
{
	int i, got = 0;
	qw_xchg status = QW_XCHG_OK;
	bool carry = c->ndeferred && wait == 0;

	if (carry && c->ndeferred > c->nposted
		&& redisAppendFormattedCommand(c->ctx, ZSTR_VAL(c->deferred.s) + c->posted_len, ZSTR_LEN(c->deferred.s) - c->posted_len) != REDIS_OK) {
		return QW_XCHG_BROKEN;
	}
	for (i = 0; i < n; i++) {
		if (redisAppendCommandArgv(c->ctx, cmds[i].argc, cmds[i].argv, cmds[i].lens) != REDIS_OK) {
			return QW_XCHG_BROKEN;
		}
	}
#ifndef PHP_WIN32
	if (wait != 0 && c->wake_fd >= 0 && (status = qw_conn_wait(c, wait)) != QW_XCHG_OK) {
		return status;
	}
#endif
	if (wait < 0 && c->read_timeout > 0) {
		struct timeval none = {0, 0};

		redisSetTimeout(c->ctx, none);
	} else if (wait > 0 && c->read_timeout > 0) {
		redisSetTimeout(c->ctx, qw_conn_tv(c->read_timeout + wait));
	}
	if (carry && (status = qw_conn_read_deferred(c)) != QW_XCHG_OK) {
		n = 0;
	}
	for (got = 0; got < n; got++) {
		void *r = NULL;

		errno = 0;
		if (redisGetReply(c->ctx, &r) != REDIS_OK || !r) {
			status = c->ctx->err == REDIS_ERR_IO && (errno == EAGAIN || errno == EWOULDBLOCK) ? QW_XCHG_TIMEOUT : QW_XCHG_BROKEN;
			break;
		}
		replies[got] = r;
	}
	if (wait != 0 && c->read_timeout > 0 && c->ctx && !c->ctx->err) {
		redisSetTimeout(c->ctx, qw_conn_tv(c->read_timeout));
	}
	if (status != QW_XCHG_OK) {
		for (i = 0; i < got; i++) {
			freeReplyObject(replies[i]);
			replies[i] = NULL;
		}
		return status;
	}
	if (carry) {
		qw_conn_clear_deferred(c);
	}
	return status;
}

zend_result qw_conn_exec(qw_conn *c, bool retry, double wait, int n, const qw_cmd *cmds, redisReply **replies)
{
	int attempt, i;

	if (wait != 0 || (!retry && c->nposted)) {
		/* A blocking exchange carries none; a peek needs the posted replies read. */
		qw_conn_flush(c);
	}

	for (attempt = 0; attempt < 2; attempt++) {
		char why[128];

		if (!qw_conn_usable(c, !retry || attempt > 0) && qw_conn_connect(c) == FAILURE) {
			return FAILURE;
		}
		switch (qw_conn_exchange(c, wait, n, cmds, replies)) {
			case QW_XCHG_OK:
				return SUCCESS;
			case QW_XCHG_WOKEN:
				for (i = 0; i < n; i++) {
					replies[i] = NULL;
				}
				return SUCCESS;
			case QW_XCHG_TIMEOUT:
				snprintf(why, sizeof(why), "no reply within the read timeout (%g s)", c->read_timeout);
				break;
			case QW_XCHG_BROKEN:
				strlcpy(why, c->ctx->errstr[0] ? c->ctx->errstr : "connection lost", sizeof(why));
				break;
		}
		qw_conn_close(c);
		if (!retry || attempt == 1) {
			qw_conn_throw(c, "lost the connection to", why);
			return FAILURE;
		}
	}
	return FAILURE;
}

void qw_conn_defer_start(qw_conn *c, int argc)
{
	/* RESP, as redisAppendCommandArgv() would encode it. */
	smart_str_appendc(&c->deferred, '*');
	smart_str_append_long(&c->deferred, argc);
	smart_str_appendl(&c->deferred, "\r\n", 2);
	c->ndeferred++;
}

void qw_conn_defer_arg(qw_conn *c, const char *arg, size_t len)
{
	smart_str_appendc(&c->deferred, '$');
	smart_str_append_unsigned(&c->deferred, len);
	smart_str_appendl(&c->deferred, "\r\n", 2);
	smart_str_appendl(&c->deferred, arg, len);
	smart_str_appendl(&c->deferred, "\r\n", 2);
}

void qw_conn_defer(qw_conn *c, int argc, const char **argv, const size_t *lens)
{
	int i;

	qw_conn_defer_start(c, argc);
	for (i = 0; i < argc; i++) {
		qw_conn_defer_arg(c, argv[i], lens[i]);
	}
}

bool qw_conn_post(qw_conn *c)
{
	int done = 0;

	if (c->ndeferred == c->nposted) {
		return true;
	}
	if (!qw_conn_usable(c, false)) {
		return false;
	}
	if (redisAppendFormattedCommand(c->ctx, ZSTR_VAL(c->deferred.s) + c->posted_len, ZSTR_LEN(c->deferred.s) - c->posted_len) != REDIS_OK) {
		qw_conn_close(c);
		return false;
	}
	while (!done) {
		if (redisBufferWrite(c->ctx, &done) != REDIS_OK) {
			qw_conn_close(c);
			return false;
		}
	}
	c->posted_len = ZSTR_LEN(c->deferred.s);
	c->nposted = c->ndeferred;
	return true;
}

bool qw_conn_flush(qw_conn *c)
{
	if (!c->ndeferred) {
		return true;
	}
	/* Posted replies on their way are not something unasked. */
	if (!qw_conn_usable(c, !c->nposted)) {
		qw_conn_close(c);
		return false;
	}
	if (qw_conn_exchange(c, 0, 0, NULL, NULL) != QW_XCHG_OK) {
		qw_conn_close(c);
		return false;
	}
	return true;
}

void qw_conn_drop_deferred(qw_conn *c)
{
	if (c->ndeferred) {
		qw_log("QWorker: %d acknowledgement command(s) could not be sent; their jobs come back after retry_after", c->ndeferred);
		qw_conn_clear_deferred(c);
	}
}

redisReply *qw_conn_command(qw_conn *c, bool retry, int argc, const char **argv, const size_t *lens)
{
	qw_cmd cmd = {argc, argv, lens};
	redisReply *reply = NULL;

	if (qw_conn_exec(c, retry, 0, 1, &cmd, &reply) == FAILURE) {
		return NULL;
	}
	return reply;
}

/*
 * One Redis connection through hiredis: connect, AUTH, SELECT, timeouts,
 * pipelined commands, and reopening a dropped link.
 */
#ifndef QW_CONN_H
#define QW_CONN_H

#include "php.h"
#include <hiredis/hiredis.h>
#include "zend_smart_str.h"

typedef struct _qw_conn {
	zend_string *host;        /* host name or address; NULL when path is set */
	zend_long port;
	zend_string *path;        /* unix socket path, or NULL */
	zend_string *username;    /* ACL user (Redis 6+), or NULL */
	zend_string *password;    /* or NULL */
	zend_long database;
	double connect_timeout;   /* seconds, 0 = the system's */
	double read_timeout;      /* seconds, 0 = none */
	int wake_fd;              /* while >= 0, readable means: give up a blocking wait (the daemon's signals) */
	redisContext *ctx;        /* NULL until connected */
	smart_str deferred;       /* commands to send ahead of the next exchange (qw_conn_defer), RESP-encoded; the buffer is reused */
	int ndeferred;
	size_t posted_len;        /* the first posted_len bytes of deferred, nposted commands, are written (qw_conn_post) */
	int nposted;
} qw_conn;

/* One command of a pipeline: argc arguments with their lengths. */
typedef struct _qw_cmd {
	int argc;
	const char **argv;
	const size_t *lens;
} qw_cmd;

#define QW_CONN_WAIT_FOREVER (-1.0)

/* Fills c with Laravel's defaults (127.0.0.1:6379, database 0), no wake fd. */
void qw_conn_init(qw_conn *c);

/* Closes the link and releases every setting. */
void qw_conn_free(qw_conn *c);

/*
 * Gives dst (initialised, not connected) the server, credentials, database
 * and timeouts of src; the link, wake fd and pending commands stay dst's own.
 */
void qw_conn_copy_settings(qw_conn *dst, const qw_conn *src);

/*
 * Setters of the connection settings, for a link not opened yet (they
 * apply at the next connect). Strings are copied; NULL clears an optional
 * one. Checking the values is the caller's business (the settings).
 */
void qw_conn_set_host(qw_conn *c, zend_string *host);
void qw_conn_set_port(qw_conn *c, zend_long port);

/* The unix socket path (len bytes); NULL: connect over TCP. */
void qw_conn_set_path(qw_conn *c, const char *path, size_t len);
void qw_conn_set_username(qw_conn *c, zend_string *username);
void qw_conn_set_password(qw_conn *c, zend_string *password);
void qw_conn_set_database(qw_conn *c, zend_long database);

/* Seconds, 0 = the system's. */
void qw_conn_set_connect_timeout(qw_conn *c, double seconds);

/* Seconds, 0 = none. */
void qw_conn_set_read_timeout(qw_conn *c, double seconds);

/* The fd whose readability gives up a blocking wait (see wake_fd); -1: none. */
void qw_conn_set_wake_fd(qw_conn *c, int fd);

/*
 * Queues a command that must be sent but need not be waited for (an
 * acknowledgement): it goes ahead of the next exchange, in the same round
 * trip (a blocking exchange sends it first, on its own), and is sent again
 * after a broken exchange, so it must be safe to repeat. An error reply to
 * it is logged, not thrown: the exchange it rode on belongs to someone else.
 */
void qw_conn_defer(qw_conn *c, int argc, const char **argv, const size_t *lens);

/*
 * qw_conn_defer() one argument at a time, for a command built from a list:
 * start with its argument count, then exactly that many qw_conn_defer_arg().
 */
void qw_conn_defer_start(qw_conn *c, int argc);
void qw_conn_defer_arg(qw_conn *c, const char *arg, size_t len);

/*
 * Writes the deferred commands to the link now, without waiting for their
 * replies: a command that must reach Redis before the worker goes on, when
 * its reply can wait. They stay deferred until the next exchange reads their
 * replies, so a broken link sends them again. false when the link is down:
 * they stay queued, unwritten.
 */
bool qw_conn_post(qw_conn *c);

/*
 * Sends the deferred commands now, if any, without throwing. true when none
 * is left; on false they stay queued (the link is down) for the next exchange.
 */
bool qw_conn_flush(qw_conn *c);

/* Forgets the deferred commands unsent, logging how many. */
void qw_conn_drop_deferred(qw_conn *c);

/*
 * Opens (or reopens) the link, authenticates and selects the database.
 * Returns FAILURE with a QWorker\ConnectionException thrown.
 */
zend_result qw_conn_connect(qw_conn *c);

/* Drops the link; the next command reconnects. */
void qw_conn_close(qw_conn *c);

/*
 * Sends n commands in one write and reads their n replies into replies[].
 * A link known to be dead is reopened before sending. When retry is true and
 * the link breaks during the exchange, the commands are sent once more on a
 * fresh link: only for commands that are safe to repeat. wait is how many
 * seconds longer than read_timeout the replies may take (blocking commands);
 * QW_CONN_WAIT_FOREVER lifts the read timeout for this exchange.
 * A blocking exchange (wait != 0) ends early when wake_fd becomes readable:
 * the link is dropped (a reply may still be on its way) and SUCCESS is
 * returned with every reply NULL.
 * Returns FAILURE with a ConnectionException thrown and no reply left to free.
 * Redis error replies are not failures here: callers check each reply's type.
 * On SUCCESS the caller owns every reply (freeReplyObject).
 */
zend_result qw_conn_exec(qw_conn *c, bool retry, double wait, int n, const qw_cmd *cmds, redisReply **replies);

/* qw_conn_exec() for one command. Returns NULL on failure; caller owns the reply. */
redisReply *qw_conn_command(qw_conn *c, bool retry, int argc, const char **argv, const size_t *lens);

/* "host:port" or the socket path, for messages. Caller releases. */
zend_string *qw_conn_describe(const qw_conn *c);

#endif

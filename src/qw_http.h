/*
 * A minimal HTTP/1.0 listener for the supervisor's metrics: one
 * non-blocking IPv4 socket; each connection carries one request, read and
 * answered within a bounded time, then closed. POSIX only.
 */
#ifndef QW_HTTP_H
#define QW_HTTP_H

#include "php.h"
#include "zend_smart_str.h"

/* Longest a connection may take to send its request and take the answer, in seconds. */
#define QW_HTTP_DEADLINE 1.0

/* Largest request head read; a longer one is cut there. */
#define QW_HTTP_MAX_HEAD 8192

/*
 * Checks an address, "HOST:PORT" (HOST an IPv4 address) or "PORT" (on
 * 127.0.0.1), PORT 1 to 65535. FAILURE with a ValueError naming the key
 * of argument arg_num.
 */
zend_result qw_http_check_address(zend_string *address, const char *key, uint32_t arg_num);

/*
 * Listens on a checked address. Returns the socket (non-blocking, closed on
 * exec), or -1 with a QWorker\Exception thrown (the address in use, ...).
 */
int qw_http_listen(zend_string *address);

/*
 * Accepts one waiting connection and reads its request head. Returns the
 * connection's socket and sets *method and *path (caller releases both), or
 * -1 when none was waiting or it sent no request in time (it is closed).
 */
int qw_http_accept(int listener, zend_string **method, zend_string **path);

/* Sends the answer (status line, content type and length, body) within the deadline and closes fd. */
void qw_http_respond(int fd, int status, const char *content_type, const char *body, size_t len);

#endif

#include "php.h"
#include "zend_smart_str.h"

#ifndef PHP_WIN32
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include "qw_error.h"
#include "qw_http.h"
#include "qw_time.h"

#ifndef PHP_WIN32

/* Splits a address into sa (network order); false when it is not HOST:PORT or PORT. */
static bool qw_http_parse(zend_string *address, struct sockaddr_in *sa)
{
	const char *s = ZSTR_VAL(address), *colon = strrchr(s, ':'), *port = colon ? colon + 1 : s;
	char host[INET_ADDRSTRLEN];
	size_t hlen = colon ? (size_t) (colon - s) : 0;
	zend_long p = 0;
	const char *c;

	if (ZSTR_LEN(address) != strlen(s) || *port == '\0' || strlen(port) > 5) {
		return false;
	}
	for (c = port; *c; c++) {
		if (*c < '0' || *c > '9') {
			return false;
		}
		p = p * 10 + (*c - '0');
	}
	if (p < 1 || p > 65535) {
		return false;
	}
	memset(sa, 0, sizeof(*sa));
	sa->sin_family = AF_INET;
	sa->sin_port = htons((uint16_t) p);
	if (!colon) {
		sa->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		return true;
	}
	if (hlen == 0 || hlen >= sizeof(host)) {
		return false;
	}
	memcpy(host, s, hlen);
	host[hlen] = '\0';
	return inet_pton(AF_INET, host, &sa->sin_addr) == 1;
}

zend_result qw_http_check_address(zend_string *address, const char *key, uint32_t arg_num)
{
	struct sockaddr_in sa;

	if (!qw_http_parse(address, &sa)) {
		zend_argument_value_error(arg_num, "key \"%s\" must be \"PORT\" or \"IPV4:PORT\" with a port from 1 to 65535", key);
		return FAILURE;
	}
	return SUCCESS;
}

int qw_http_listen(zend_string *address)
{
	struct sockaddr_in sa;
	int fd, on = 1;

	if (!qw_http_parse(address, &sa)) {
		qw_throw(qw_ce_exception, "QWorker::supervise() cannot listen on %s: not an address", ZSTR_VAL(address));
		return -1;
	}
	fd = socket(AF_INET, SOCK_STREAM, 0);
	if (fd < 0) {
		qw_throw(qw_ce_exception, "QWorker::supervise() cannot listen on %s: %s", ZSTR_VAL(address), strerror(errno));
		return -1;
	}
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on));
	if (bind(fd, (struct sockaddr *) &sa, sizeof(sa)) != 0 || listen(fd, 16) != 0) {
		qw_throw(qw_ce_exception, "QWorker::supervise() cannot listen on %s: %s", ZSTR_VAL(address), strerror(errno));
		close(fd);
		return -1;
	}
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
	fcntl(fd, F_SETFD, FD_CLOEXEC);
	return fd;
}

/* Waits until fd is ready for events or the deadline (monotonic) passed; false then. */
static bool qw_http_wait(int fd, short events, double deadline)
{
	struct pollfd p;
	int ms, r;

	for (;;) {
		ms = (int) ((deadline - qw_time_mono()) * 1000.0);
		if (ms <= 0) {
			return false;
		}
		p.fd = fd;
		p.events = events;
		p.revents = 0;
		r = poll(&p, 1, ms);
		if (r > 0) {
			return true;
		}
		if (r == 0 || errno != EINTR) {
			return false;
		}
	}
}

/* Reads the head of a request into buf; its length, or -1 when none came in time. */
static ssize_t qw_http_read_head(int fd, char *buf, size_t size, double deadline)
{
	size_t len = 0;
	ssize_t got;

	while (len < size - 1) {
		got = recv(fd, buf + len, size - 1 - len, 0);
		if (got > 0) {
			len += (size_t) got;
			buf[len] = '\0';
			if (strstr(buf, "\r\n\r\n") || strstr(buf, "\n\n")) {
				return (ssize_t) len;
			}
			continue;
		}
		if (got == 0) {
			break;
		}
		if (errno == EINTR) {
			continue;
		}
		if ((errno != EAGAIN && errno != EWOULDBLOCK) || !qw_http_wait(fd, POLLIN, deadline)) {
			return -1;
		}
	}
	buf[len] = '\0';
	return len > 0 ? (ssize_t) len : -1;
}

int qw_http_accept(int listener, zend_string **method, zend_string **path)
{
	double deadline = qw_time_mono() + QW_HTTP_DEADLINE;
	char buf[QW_HTTP_MAX_HEAD];
	const char *sp, *end;
	ssize_t len;
	int fd;

	*method = *path = NULL;
	fd = accept(listener, NULL, NULL);
	if (fd < 0) {
		return -1;
	}
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
	fcntl(fd, F_SETFD, FD_CLOEXEC);
	len = qw_http_read_head(fd, buf, sizeof(buf), deadline);
	if (len < 0) {
		close(fd);
		return -1;
	}
	/* "METHOD SP PATH[?QUERY] SP VERSION" */
	sp = memchr(buf, ' ', (size_t) len);
	if (!sp) {
		*method = ZSTR_EMPTY_ALLOC();
		*path = ZSTR_EMPTY_ALLOC();
		return fd;
	}
	*method = zend_string_init(buf, (size_t) (sp - buf), 0);
	end = sp + 1 + strcspn(sp + 1, " ?\r\n");
	*path = zend_string_init(sp + 1, (size_t) (end - sp - 1), 0);
	return fd;
}

/* Status texts of the answers given. */
static const char *qw_http_reason(int status)
{
	switch (status) {
		case 200:
			return "OK";
		case 404:
			return "Not Found";
		case 405:
			return "Method Not Allowed";
		default:
			return "Bad Request";
	}
}

void qw_http_respond(int fd, int status, const char *content_type, const char *body, size_t len)
{
	double deadline = qw_time_mono() + QW_HTTP_DEADLINE;
	smart_str out = {0};
	size_t done = 0;
	ssize_t sent;

	smart_str_append_printf(&out, "HTTP/1.0 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\nConnection: close\r\n\r\n",
		status, qw_http_reason(status), content_type, len);
	smart_str_appendl(&out, body, len);
	smart_str_0(&out);
	while (done < ZSTR_LEN(out.s)) {
		sent = send(fd, ZSTR_VAL(out.s) + done, ZSTR_LEN(out.s) - done, MSG_NOSIGNAL);
		if (sent > 0) {
			done += (size_t) sent;
		} else if (sent < 0 && errno == EINTR) {
			continue;
		} else if (sent == 0 || (errno != EAGAIN && errno != EWOULDBLOCK) || !qw_http_wait(fd, POLLOUT, deadline)) {
			break;
		}
	}
	smart_str_free(&out);
	close(fd);
}

#else /* PHP_WIN32: the pool, and so its listener, needs fork(). */

zend_result qw_http_check_address(zend_string *address, const char *key, uint32_t arg_num)
{
	return SUCCESS;
}

int qw_http_listen(zend_string *address)
{
	qw_throw(qw_ce_exception, "QWorker::supervise() cannot listen on Windows");
	return -1;
}

int qw_http_accept(int listener, zend_string **method, zend_string **path)
{
	return -1;
}

void qw_http_respond(int fd, int status, const char *content_type, const char *body, size_t len)
{
}

#endif

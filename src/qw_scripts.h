/*
 * The Lua scripts of Laravel's Redis queue protocol, with their SHA1 digests
 * computed once at module start-up for EVALSHA.
 */
#ifndef QW_SCRIPTS_H
#define QW_SCRIPTS_H

#include <stddef.h>

typedef struct _qw_script {
	const char *name;
	const char *body;
	size_t len;
	char sha[41];
} qw_script;

typedef enum {
	QW_SCRIPT_POP,
	QW_SCRIPT_START,
	QW_SCRIPT_UNPOP,
	QW_SCRIPT_RELEASE,
	QW_SCRIPT_PUSH,
	QW_SCRIPT_SIZE,
	QW_SCRIPT_CLEAR,
	QW_SCRIPT_COUNT
} qw_script_id;

/* Computes every script's digest. Called from MINIT. */
void qw_scripts_init(void);

const qw_script *qw_script_get(qw_script_id id);

#endif

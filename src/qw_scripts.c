#include "php.h"
#include "ext/standard/sha1.h"

#include "qw_scripts.h"

/*
 * pop: move due delayed jobs and expired reservations to the tail of the
 * ready list (one :notify entry each), then take the head of the list and
 * reserve it: the reserved copy has attempts + 1 and is scored ARGV[2].
 * A payload that is not a JSON object is reserved as it is, so that the
 * worker can fail it instead of Redis losing it mid-script.
 * KEYS: queue, queue:reserved, queue:notify, queue:delayed
 * ARGV: now, reserved-until, "1" to move due jobs first ("0": the caller
 * moved them earlier this second)
 * Returns {job, reserved}, both nil when the queue is empty.
 */
static const char qw_lua_pop[] =
	"local function move_due(from, to, notify, now)\n"
	"  local due = redis.call('zrangebyscore', from, '-inf', now)\n"
	"  local n = #due\n"
	"  if n == 0 then return end\n"
	"  redis.call('zremrangebyrank', from, 0, n - 1)\n"
	"  for first = 1, n, 100 do\n"
	"    local last = math.min(first + 99, n)\n"
	"    local ones = {}\n"
	"    for i = first, last do ones[#ones + 1] = 1 end\n"
	"    redis.call('rpush', to, unpack(due, first, last))\n"
	"    redis.call('rpush', notify, unpack(ones))\n"
	"  end\n"
	"end\n"
	"if ARGV[3] ~= '0' then\n"
	"  move_due(KEYS[4], KEYS[1], KEYS[3], ARGV[1])\n"
	"  move_due(KEYS[2], KEYS[1], KEYS[3], ARGV[1])\n"
	"end\n"
	"local job = redis.call('lpop', KEYS[1])\n"
	"if not job then return {false, false} end\n"
	"local ok, reserved = pcall(function()\n"
	"  local payload = cjson.decode(job)\n"
	"  if type(payload) ~= 'table' then error('not an object') end\n"
	"  payload['attempts'] = (tonumber(payload['attempts']) or 0) + 1\n"
	"  return cjson.encode(payload)\n"
	"end)\n"
	"if not ok then reserved = job end\n"
	"redis.call('zadd', KEYS[2], ARGV[2], reserved)\n"
	"redis.call('lpop', KEYS[3])\n"
	"return {job, reserved}\n";

/*
 * release: move a reserved job to the delayed set. ZADD comes first, so that
 * a score Redis refuses leaves the job reserved rather than nowhere.
 * KEYS: queue:delayed, queue:reserved   ARGV: reserved job, available-at
 */
static const char qw_lua_release[] =
	"redis.call('zadd', KEYS[1], ARGV[2], ARGV[1])\n"
	"redis.call('zrem', KEYS[2], ARGV[1])\n"
	"return 1\n";

/*
 * push: append a job and its notification.
 * KEYS: queue, queue:notify   ARGV: payload
 */
static const char qw_lua_push[] =
	"redis.call('rpush', KEYS[1], ARGV[1])\n"
	"redis.call('rpush', KEYS[2], 1)\n"
	"return 1\n";

/* size: ready + delayed + reserved.  KEYS: queue, :delayed, :reserved */
static const char qw_lua_size[] =
	"return redis.call('llen', KEYS[1]) + redis.call('zcard', KEYS[2]) + redis.call('zcard', KEYS[3])\n";

/* clear: drop all four keys, return how many jobs they held.  KEYS: queue, :delayed, :reserved, :notify */
static const char qw_lua_clear[] =
	"local n = redis.call('llen', KEYS[1]) + redis.call('zcard', KEYS[2]) + redis.call('zcard', KEYS[3])\n"
	"redis.call('del', KEYS[1], KEYS[2], KEYS[3], KEYS[4])\n"
	"return n\n";

#define QW_SCRIPT(name, body) {name, body, sizeof(body) - 1, {0}}

static qw_script qw_scripts[QW_SCRIPT_COUNT] = {
	QW_SCRIPT("pop", qw_lua_pop),
	QW_SCRIPT("release", qw_lua_release),
	QW_SCRIPT("push", qw_lua_push),
	QW_SCRIPT("size", qw_lua_size),
	QW_SCRIPT("clear", qw_lua_clear),
};

void qw_scripts_init(void)
{
	int i;

	for (i = 0; i < QW_SCRIPT_COUNT; i++) {
		PHP_SHA1_CTX ctx;
		unsigned char digest[20];

		PHP_SHA1Init(&ctx);
		PHP_SHA1Update(&ctx, (const unsigned char *) qw_scripts[i].body, qw_scripts[i].len);
		PHP_SHA1Final(digest, &ctx);
		make_sha1_digest(qw_scripts[i].sha, digest);
	}
}

const qw_script *qw_script_get(qw_script_id id)
{
	return &qw_scripts[id];
}

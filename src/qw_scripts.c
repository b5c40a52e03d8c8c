#include "php.h"
#include "ext/standard/sha1.h"

#include "qw_scripts.h"

/*
 * pop: move due delayed jobs and expired reservations to the tail of the
 * ready list (one :notify entry each), then take up to ARGV[4] jobs from the
 * head of the list and reserve each, scored ARGV[2], with one :notify entry
 * taken per job. The first job starts now: its :reserved member is its
 * reserved copy, with attempts + 1. The others wait in the worker until they
 * start (the start script): their member is the job as pushed, so that a
 * worker killed before it starts them gives them back with no attempt
 * counted. The reserved copy: a payload that ends in ,"attempts":N}
 * (Laravel writes attempts last, and so does this script) gets N + 1 in
 * place, which is what decoding and encoding it would say without the cost
 * of either; any other JSON object goes through cjson as in Laravel's
 * script; a payload that is not a JSON object is reserved as it is, so that
 * the worker can fail it instead of Redis losing it mid-script. Jobs of one
 * pop must not share a :reserved member, now or once started: the pop ends
 * before a job whose payload or copy another one already has, and that job
 * stays at the head of the list.
 * KEYS: queue, queue:reserved, queue:notify, queue:delayed
 * ARGV: now, reserved-until, "1" to move due jobs first ("0": the caller
 * moved them earlier this second), how many jobs at most
 * Returns {job1, reserved1, job2, reserved2, ...}, empty when none came.
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
	"local function reserve(job)\n"
	"  local s, e, n = string.find(job, '[,{]\"attempts\":(%d+)}$', math.max(1, #job - 40))\n"
	"  if s and #n < 10 then\n"
	"    return string.sub(job, 1, e - #n - 1) .. (tonumber(n) + 1) .. '}'\n"
	"  end\n"
	"  local ok, reserved = pcall(function()\n"
	"    local payload = cjson.decode(job)\n"
	"    if type(payload) ~= 'table' then error('not an object') end\n"
	"    payload['attempts'] = (tonumber(payload['attempts']) or 0) + 1\n"
	"    return cjson.encode(payload)\n"
	"  end)\n"
	"  if ok then return reserved end\n"
	"  return job\n"
	"end\n"
	"if ARGV[3] ~= '0' then\n"
	"  move_due(KEYS[4], KEYS[1], KEYS[3], ARGV[1])\n"
	"  move_due(KEYS[2], KEYS[1], KEYS[3], ARGV[1])\n"
	"end\n"
	"local want = tonumber(ARGV[4])\n"
	"local jobs\n"
	"if want == 1 then\n"
	"  jobs = {redis.call('lpop', KEYS[1])}\n"
	"else\n"
	"  jobs = redis.pcall('lpop', KEYS[1], want)\n"
	"  if type(jobs) == 'table' and jobs.err then\n"
	"    jobs = {}\n"
	"    for i = 1, want do\n"
	"      local job = redis.call('lpop', KEYS[1])\n"
	"      if not job then break end\n"
	"      jobs[i] = job\n"
	"    end\n"
	"  end\n"
	"end\n"
	"if not jobs or not jobs[1] then return {} end\n"
	"local out, scored, seen, taken = {}, {}, {}, #jobs\n"
	"for i = 1, #jobs do\n"
	"  local reserved = reserve(jobs[i])\n"
	"  if seen[reserved] or seen[jobs[i]] then\n"
	"    taken = i - 1\n"
	"    break\n"
	"  end\n"
	"  seen[reserved], seen[jobs[i]] = true, true\n"
	"  out[2 * i - 1] = jobs[i]\n"
	"  out[2 * i] = reserved\n"
	"  scored[2 * i - 1] = ARGV[2]\n"
	"  scored[2 * i] = i == 1 and reserved or jobs[i]\n"
	"end\n"
	"if taken < #jobs then\n"
	"  local rest = {}\n"
	"  for i = #jobs, taken + 1, -1 do rest[#rest + 1] = jobs[i] end\n"
	"  redis.call('lpush', KEYS[1], unpack(rest))\n"
	"end\n"
	"redis.call('zadd', KEYS[2], unpack(scored))\n"
	"if taken == 1 then\n"
	"  redis.call('lpop', KEYS[3])\n"
	"else\n"
	"  local left = redis.pcall('lpop', KEYS[3], taken)\n"
	"  if type(left) == 'table' and left.err then\n"
	"    for i = 1, taken do redis.call('lpop', KEYS[3]) end\n"
	"  end\n"
	"end\n"
	"return out\n";

/*
 * start: count the attempt of a job the pop reserved ahead, as it starts:
 * its :reserved member, the job as pushed, becomes its reserved copy scored
 * ARGV[3]. The member is this worker's only while it still holds the score
 * of this worker's pop (ARGV[4]): once it expired and moved back, any other
 * pop of the same payload reserves it later, so with a later score. Returns
 * 1 when it was held, and when the copy already holds score ARGV[3] (a
 * repeat after a lost reply: the caller starts a job only before its pop's
 * reservation expires, so no other pop can have scored the copy that high
 * yet); 0 when it is not this worker's any more, so that it must not run.
 * (ZADD XX INCR 0 reads a score with the commands the rest needs: no ZSCORE.)
 * KEYS: queue:reserved   ARGV: job, reserved copy, reserved-until, the pop's reserved-until
 */
static const char qw_lua_start[] =
	"local held = redis.call('zadd', KEYS[1], 'XX', 'INCR', 0, ARGV[1])\n"
	"if held and tonumber(held) == tonumber(ARGV[4]) then\n"
	"  redis.call('zrem', KEYS[1], ARGV[1])\n"
	"  redis.call('zadd', KEYS[1], ARGV[3], ARGV[2])\n"
	"  return 1\n"
	"end\n"
	"local copy = redis.call('zadd', KEYS[1], 'XX', 'INCR', 0, ARGV[2])\n"
	"if copy and tonumber(copy) == tonumber(ARGV[3]) then return 1 end\n"
	"return 0\n";

/*
 * unpop: give back jobs the pop reserved ahead and the worker did not
 * start, as if never popped: each one still reserved by this pop (as
 * pushed, scored ARGV[1]: see start) leaves :reserved and goes back to the
 * head of the list, in its original order, with a :notify entry. One whose
 * reservation expired and moved is left alone, even if another pop holds
 * the same payload now.
 * KEYS: queue, queue:reserved, queue:notify
 * ARGV: the pop's reserved-until, then the jobs in pop order
 * Returns how many went back.
 */
static const char qw_lua_unpop[] =
	"local back, ones = {}, {}\n"
	"for i = #ARGV, 2, -1 do\n"
	"  local held = redis.call('zadd', KEYS[2], 'XX', 'INCR', 0, ARGV[i])\n"
	"  if held and tonumber(held) == tonumber(ARGV[1]) then\n"
	"    redis.call('zrem', KEYS[2], ARGV[i])\n"
	"    back[#back + 1] = ARGV[i]\n"
	"    ones[#ones + 1] = 1\n"
	"  end\n"
	"end\n"
	"if #back > 0 then\n"
	"  redis.call('lpush', KEYS[1], unpack(back))\n"
	"  redis.call('rpush', KEYS[3], unpack(ones))\n"
	"end\n"
	"return #back\n";

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
	QW_SCRIPT("start", qw_lua_start),
	QW_SCRIPT("unpop", qw_lua_unpop),
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

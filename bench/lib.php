<?php
/*
 * bench/lib.php: what bench/bench.php, bench/pool.php,
 * bench/native_worker.php and bench/soak.php share. It starts nothing: bench/run.sh and
 * tools/memory/soak.sh start a redis-server and export (tools/lib.sh,
 * qw_php_setup) QWORKER_TEST_REDIS_HOST, QWORKER_TEST_REDIS_PORT,
 * QWORKER_TEST_PREFIX, the key prefix of the run, and QWORKER_TEST_PHP_ARGS,
 * the php command line's arguments.
 */
declare(strict_types=1);

/* Environment variable $name; exits 2 naming it when it is not set. */
function bench_getenv(string $name): string
{
    $v = getenv($name);
    if ($v === false || $v === '') {
        fwrite(STDERR, "bench: $name is not set (run bench/run.sh or tools/memory/soak.sh)\n");
        exit(2);
    }
    return $v;
}

/* The php command line of the run: PHP_BINARY -n -d extension=... */
function bench_php(): array
{
    return array_merge([PHP_BINARY], array_values(array_filter(explode("\n", bench_getenv('QWORKER_TEST_PHP_ARGS')), 'strlen')));
}

function bench_prefix(): string
{
    return bench_getenv('QWORKER_TEST_PREFIX');
}

/* A QWorker on the run's Redis and key prefix; $extra adds settings (block_for, ...). */
function bench_worker(array $extra = []): QWorker
{
    return new QWorker($extra + [
        'host' => bench_getenv('QWORKER_TEST_REDIS_HOST'),
        'port' => (int) bench_getenv('QWORKER_TEST_REDIS_PORT'),
        'prefix' => bench_prefix(),
    ]);
}

/* A phpredis client on the run's Redis, no key prefix: for checks beside the worker. */
function bench_redis(): Redis
{
    $r = new Redis();
    $r->connect(bench_getenv('QWORKER_TEST_REDIS_HOST'), (int) bench_getenv('QWORKER_TEST_REDIS_PORT'), 5.0);
    $r->setOption(Redis::OPT_READ_TIMEOUT, 10.0);
    return $r;
}

/* A positive integer from the environment, $default when unset. */
function bench_env_int(string $name, int $default): int
{
    $v = getenv($name);
    if ($v === false || $v === '') {
        return $default;
    }
    if (!ctype_digit($v) || (int) $v < 1) {
        throw new RuntimeException("$name must be a positive integer, not \"$v\"");
    }
    return (int) $v;
}

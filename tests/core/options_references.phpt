--TEST--
Values held by PHP references (`$r = &$a['k']`, `foreach ($list as &$v)`) work exactly like plain values at every entry point: constructor settings, setCache()/restart() stores, runNextJob() and daemon() options with a backoff list, push()/later() options with a backoff list
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/daemon_in_process.inc';

/* $a with every value, and every element of a list value, also held by a reference kept alive in $GLOBALS['held']. */
function refs(array $a): array
{
    foreach (array_keys($a) as $k) {
        if (is_array($a[$k])) {
            foreach (array_keys($a[$k]) as $i) {
                $GLOBALS['held'][] = &$a[$k][$i];
            }
        }
        $GLOBALS['held'][] = &$a[$k];
    }
    return $a;
}

function attempt(string $label, callable $fn)
{
    try {
        $r = $fn();
        echo "$label: ok\n";
        return $r;
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ': ', $e->getMessage(), "\n";
        return null;
    }
}

/* The references really are there. */
$probe = refs(['tries' => 3, 'backoff' => [1, 2]]);
echo ReflectionReference::fromArrayElement($probe, 'tries') && ReflectionReference::fromArrayElement($probe['backoff'], 0)
    ? "references in place\n" : "NO references\n";

echo "-- constructor settings\n";
$plain = qw_test_settings(['database' => 0, 'timeout' => 2.5, 'read_timeout' => '3', 'queue' => 'q1', 'connection' => 'c1',
    'retry_after' => 90, 'block_for' => null, 'password' => '']);
$w = attempt('new QWorker', fn () => new QWorker(refs($plain)));
if ($w) {
    echo $w->getSettings() == (new QWorker($plain))->getSettings() ? "same settings as plain values\n" : "DIFFERENT settings\n";
}
$w = qw_test_worker();
qw_observe($w);

echo "-- setCache() and restart()\n";
$store = ['driver' => 'redis', 'host' => qw_test_host(), 'port' => qw_test_port(), 'prefix' => qw_test_prefix(), 'cache_prefix' => 'c'];
attempt('setCache redis', fn () => $w->setCache(refs($store)));
$t = attempt('restart redis', fn () => QWorker::restart(refs($store)));
echo "keys: ", implode(', ', qw_test_keys()), "\n";
$dir = sys_get_temp_dir() . '/qwt-options_references-' . getmypid();
attempt('setCache file', fn () => $w->setCache(refs(['driver' => 'file', 'path' => $dir])));
attempt('restart file', fn () => QWorker::restart(refs(['driver' => 'file', 'path' => $dir])));
echo 'file written: ', count(glob("$dir/*/*/*")) === 1 ? 'yes' : 'no', "\n";
array_map('unlink', glob("$dir/*/*/*"));
array_map('rmdir', glob("$dir/*/*"));
array_map('rmdir', glob("$dir/*"));
rmdir($dir);
$w->setCache(null);
(new QwTestRedis())->cmd('DEL', qw_test_prefix() . 'c:illuminate:queue:restart');

echo "-- runNextJob() options, backoff list\n";
$w->push('ThrowingJob');
$job = attempt('runNextJob', fn () => $w->runNextJob('redis', null, refs(['sleep' => 0, 'tries' => 3, 'backoff' => [100, 200], 'name' => 'n'])));
echo 'released for ', implode(',', array_map(fn ($d) => $d >= 99 ? 100 : $d, qw_delayed())), "\n";
$w->clear();

echo "-- daemon() options, backoff list\n";
$w->push('ThrowingJob');
$status = attempt('daemon', fn () => $w->daemon('redis', null, refs(['sleep' => 0, 'tries' => 3, 'max_jobs' => 1, 'backoff' => [300, 400],
    'memory' => 512, 'stop_when_empty' => false])));
echo "status $status, released for ", implode(',', array_map(fn ($d) => $d >= 299 ? 300 : $d, qw_delayed())), "\n";
$w->clear();

echo "-- push() and later() options, backoff list\n";
$options = ['displayName' => 'Shown', 'maxTries' => 3, 'maxExceptions' => 2, 'failOnTimeout' => true, 'backoff' => [5, 10],
    'timeout' => 30, 'retryUntil' => 2000000000];
$strip = function (string $payload): array {
    $p = json_decode($payload, true);
    unset($p['uuid'], $p['id']);
    return $p;
};
$r = new QwTestRedis();
attempt('push', fn () => $w->push('OkJob', ['d'], 'q', refs($options)));
$w->push('OkJob', ['d'], 'q', $options);
$pushed = $r->key('LRANGE', 'queues:q', '0', '-1');
if (count($pushed) === 2) {
    [$a, $b] = $pushed;
    echo $strip($a) === $strip($b) ? "same payload as plain values\n" : "DIFFERENT payloads:\n$a\n$b\n";
    echo 'backoff ', $strip($a)['backoff'], ', maxTries ', $strip($a)['maxTries'], "\n";
}
attempt('later', fn () => $w->later(60, 'OkJob', null, 'q', refs(['backoff' => [7, 8], 'maxTries' => 1])));
foreach ($r->key('ZRANGE', 'queues:q:delayed', '0', '-1') as $payload) {
    echo 'delayed backoff ', json_decode($payload, true)['backoff'], "\n";
}
$w->clear('q');
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
references in place
-- constructor settings
new QWorker: ok
same settings as plain values
-- setCache() and restart()
setCache redis: ok
restart redis: ok
keys: c:illuminate:queue:restart
setCache file: ok
restart file: ok
file written: yes
-- runNextJob() options, backoff list
ThrowingJob::fire attempt 1
report RuntimeException: boom 1
runNextJob: ok
released for 100
-- daemon() options, backoff list
ThrowingJob::fire attempt 1
report RuntimeException: boom 1
daemon: ok
status 0, released for 300
-- push() and later() options, backoff list
push: ok
same payload as plain values
backoff 5,10, maxTries 3
later: ok
delayed backoff 7,8

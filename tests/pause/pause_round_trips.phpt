--TEST--
Pause reads cost no round trip per job: with pausable and a Redis cache store on the same server, the pause keys (and the restart signal) are one MGET at start and at most once a second, never a GET; a busy worker still makes one round trip per job
--SKIPIF--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_skip_without_redis();
QwbServer::skipIfMissing();
?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';
require __DIR__ . '/../lib/pause.inc';

function qwt_stats(QwTestRedis $r): array
{
    $info = $r->cmd('INFO', 'all');
    preg_match('/total_reads_processed:(\d+)/', $info, $reads);
    preg_match_all('/cmdstat_(\w+):calls=(\d+)/', $info, $m, PREG_SET_ORDER);
    $calls = [];
    foreach ($m as [, $name, $n]) {
        $calls[$name] = (int) $n;
    }
    return ['reads' => (int) $reads[1], 'calls' => $calls];
}

$srv = new QwbServer('pause_round_trips');
$srv->start();
$r = $srv->redis();
$w = qw_test_worker(['host' => '127.0.0.1', 'port' => $srv->port]);
$w->setCache(['driver' => 'redis', 'cache_prefix' => 'laravel_cache', 'separator' => '', 'prefix' => qw_test_prefix()]);
$r->cmd('SET', qw_test_prefix() . 'laravel_cache' . qwp_key('paused'), 'b:1;');
$n = 2000;
qwp_push($w, ['default'], $n);
qwp_push($w, ['paused'], 3);

$r->cmd('CONFIG', 'RESETSTAT');
$before = qwt_stats($r);
$t = microtime(true);
$status = $w->daemon('redis', 'paused,default', ['stop_when_empty' => true, 'sleep' => 0, 'pausable' => true, 'pause_all' => true]);
$seconds = microtime(true) - $t;
$after = qwt_stats($r);
$calls = $after['calls'];
unset($calls['info'], $calls['config']);
$reads = $after['reads'] - $before['reads'] - 1;
echo "status $status, ", count($GLOBALS['ran']), " jobs ran, left on the paused queue: ", $w->size('paused'), "\n";
qwb_ok('no GET', !isset($calls['get']), $calls);
qwb_ok('one MGET at start, then at most one a second', ($calls['mget'] ?? 0) >= 1 && $calls['mget'] <= ceil($seconds) + 2, ($calls['mget'] ?? 0) . " in $seconds s");
qwb_ok('at most one round trip per job', $reads <= $n + ceil($seconds) + 6, "$reads reads for $n jobs");
$srv->stop();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/worker_child.inc';
QwbServer::clean('pause_round_trips');
?>
--EXPECT--
status 0, 2000 jobs ran, left on the paused queue: 3
ok - no GET
ok - one MGET at start, then at most one a second
ok - at most one round trip per job

--TEST--
Laravel bridge, qworker:supervise on a connection qworker cannot work (the Composer Laravel 12 app's sync connection): says so on stderr and runs Laravel's own single worker, or with qworker.fallback off exits 1; a bad pool option is a ValueError before anything is forked; the pool options are listed in its help
--SKIPIF--
<?php
require __DIR__ . '/dropin.inc';
qw_dropin_skip('12');
?>
--FILE--
<?php
require __DIR__ . '/dropin.inc';

$app = new QwDropin('12', 'bridge_supervise_fallback');
$app->reset();
foreach ([[], ['QWORKER_FALLBACK' => '0']] as $env) {
    $run = $app->run(['qworker:supervise', 'sync', '--processes=2', '--stop-when-empty', '--sleep=0'], null, $env, true);
    echo json_encode($env), ' exit ', $run['status'], ': ', trim($run['stderr']), "\n";
}
$run = $app->run(['qworker:supervise', 'redis', '--processes=0'], null, [], true);
echo '--processes=0 exit ', $run['status'], ': ', str_contains(preg_replace('/\s+/', '', $run['output'] . $run['stderr']), 'key"processes"mustbebetween1and256') ? 'supervise() refused processes' : $run['output'] . $run['stderr'], "\n";
$help = $app->run(['help', 'qworker:supervise'])['output'];
foreach (['--processes', '--min-processes', '--max-processes', '--balance', '--auto-scaling-strategy', '--balance-max-shift', '--balance-cooldown', '--metrics', '--status', '--max-jobs', '--timeout', '--json'] as $option) {
    echo $option, ': ', str_contains($help, $option . '[=') || str_contains($help, $option . ' ') ? 'yes' : 'NO', "\n";
}
?>
--EXPECT--
[] exit 0: qworker: connection [sync] uses the [sync] driver, not redis; running Laravel's own worker (a single process, not a pool).
{"QWORKER_FALLBACK":"0"} exit 1: qworker: connection [sync] uses the [sync] driver, not redis; qworker.fallback (QWORKER_FALLBACK) is off: not running Laravel's own worker (a single process, not a pool) instead.
--processes=0 exit 1: supervise() refused processes
--processes: yes
--min-processes: yes
--max-processes: yes
--balance: yes
--auto-scaling-strategy: yes
--balance-max-shift: yes
--balance-cooldown: yes
--metrics: yes
--status: yes
--max-jobs: yes
--timeout: yes
--json: yes

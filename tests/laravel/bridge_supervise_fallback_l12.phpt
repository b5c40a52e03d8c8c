--TEST--
Laravel bridge, qworker:supervise on a connection qworker cannot work (the Composer Laravel 12 app's sync connection): says so on stderr and runs Laravel's own single worker, or with qworker.fallback off exits 1; each pool option reaches its supervise() key (a bad value is refused by name, exit 1, before anything is forked); the pool options are listed in its help
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
foreach ([
    ['--processes=0'],
    ['--processes=2', '--max-processes=3'],
    ['--max-processes=2', '--min-processes=3'],
    ['--balance=sideways'],
    ['--auto-scaling-strategy=mood'],
    ['--balance-max-shift=0'],
    ['--balance-cooldown=0.05'],
] as $options) {
    /* The console box around the exception's message, as wide as the message. */
    $run = $app->run(array_merge(['qworker:supervise', 'redis'], $options), null, ['COLUMNS' => '300'], true);
    preg_match('/QWorker::supervise\(\): Argument #3 \(\$options\) (.*?)\s*$/s', preg_replace('/\s+/', ' ', $run['output'] . $run['stderr']), $m);
    echo implode(' ', $options), ': exit ', $run['status'], ', ', $m[1] ?? $run['output'] . $run['stderr'], "\n";
}
$help = $app->run(['help', 'qworker:supervise'])['output'];
foreach (['--processes', '--min-processes', '--max-processes', '--balance', '--auto-scaling-strategy', '--balance-max-shift', '--balance-cooldown', '--metrics', '--status', '--max-jobs', '--timeout', '--json'] as $option) {
    echo $option, ': ', str_contains($help, $option . '[=') || str_contains($help, $option . ' ') ? 'yes' : 'NO', "\n";
}
?>
--EXPECT--
[] exit 0: qworker: connection [sync] uses the [sync] driver, not redis; running Laravel's own worker (a single process, not a pool).
{"QWORKER_FALLBACK":"0"} exit 1: qworker: connection [sync] uses the [sync] driver, not redis; qworker.fallback (QWORKER_FALLBACK) is off: not running Laravel's own worker (a single process, not a pool) instead.
--processes=0: exit 1, key "processes" must be between 1 and 256
--processes=2 --max-processes=3: exit 1, key "processes" cannot be given with "min_processes" or "max_processes"
--max-processes=2 --min-processes=3: exit 1, key "min_processes" must not exceed "max_processes"
--balance=sideways: exit 1, key "balance" must be false, "simple" or "auto"
--auto-scaling-strategy=mood: exit 1, key "auto_scaling_strategy" must be "time" or "size"
--balance-max-shift=0: exit 1, key "balance_max_shift" must be between 1 and 256
--balance-cooldown=0.05: exit 1, key "balance_cooldown" must be between 0.1 and 3600 seconds
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

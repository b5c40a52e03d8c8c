--TEST--
Laravel 8.83 (Debian) drop-in: a worker's memory stays flat over 3,000 jobs (nothing kept per job), under qworker:work as under queue:work
--SKIPIF--
<?php require __DIR__ . '/laravel/dropin.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/dropin.inc';

$app = new QwDropin('8');
$app->appEnv = ['QW_APP_NO_RECORD' => '1'];
foreach (['queue:work', 'qworker:work'] as $command) {
    $app->reset();
    $app->dispatch('memory_steady');
    $app->command = $command;
    $status = $app->work(['--stop-when-empty', '--sleep=0']);
    preg_match_all('/^(first|last): memory (\d+)$/m', implode("\n", $app->effects()), $m);
    $growth = ($m[2][1] ?? 0) - ($m[2][0] ?? 0);
    echo "$command: exit $status, ", count($m[0]), ' probes, growth ', $growth < 256 * 1024 ? 'under 256 KB' : "$growth bytes", "\n";
}
?>
--EXPECT--
queue:work: exit 0, 2 probes, growth under 256 KB
qworker:work: exit 0, 2 probes, growth under 256 KB

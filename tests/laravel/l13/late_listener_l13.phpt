--TEST--
Laravel 13 (Composer, PHP 8.4): with no listener, qworker:work makes no Looping, JobPopping, JobPopped or JobAttempted event; a listener a job registers gets each of them from the next one on, as under queue:work
--SKIPIF--
<?php
require __DIR__ . '/../dropin.inc';
qw_dropin_skip('13');
?>
--FILE--
<?php
require __DIR__ . '/../dropin.inc';

$app = new QwDropin('13', 'late_listener');
$app->appEnv = ['QW_APP_NO_RECORD' => '1'];
$effects = [];
foreach (['queue:work', 'qworker:work'] as $command) {
    $app->command = $command;
    $app->reset();
    $app->dispatch('late_listener');
    $status = $app->work(['--stop-when-empty', '--sleep=0']);
    $effects[$command] = "exit $status\n" . implode("\n", $app->effects()) . "\n";
}
echo $effects['queue:work'] === $effects['qworker:work'] ? "the same under both\n" : "queue:work:\n{$effects['queue:work']}qworker:work:\n";
echo $effects['qworker:work'];
?>
--EXPECT--
the same under both
exit 0
listen: listening from now on
event JobAttempted of listen
event Looping
event JobPopping
event JobPopped of n1
n1: ran attempt 1
event JobAttempted of n1
event Looping
event JobPopping
event JobPopped of n2
n2: ran attempt 1
event JobAttempted of n2
event Looping
event JobPopping

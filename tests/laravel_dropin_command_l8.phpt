--TEST--
Laravel 8.83 (Debian) drop-in: qworker:work is found by package discovery, has queue:work's signature, and queue:work runs on qworker only when qworker.replace_queue_work is on
--SKIPIF--
<?php require __DIR__ . '/laravel/dropin.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/dropin.inc';

$app = new QwDropin('8');
$app->reset();

/* The app's config/app.php does not name the provider: package discovery found it. */
$app->artisan(['list', '--raw']);
echo preg_match('/^qworker:work\s/m', $app->lastOutput()) ? "qworker:work listed\n" : $app->lastOutput();

/* The same arguments and options, with the same defaults, as the installed queue:work. */
$signature = function (string $command) use ($app) {
    $app->artisan(['help', $command, '--format=json']);
    $d = json_decode($app->lastOutput(), true)['definition'];
    $shape = fn (array $o) => array_intersect_key($o, array_flip(['shortcut', 'is_required', 'is_array', 'accept_value', 'is_value_required', 'is_multiple', 'default']));
    return ['arguments' => array_map($shape, $d['arguments']), 'options' => array_map($shape, $d['options'])];
};
$laravel = $signature('queue:work');
$ours = $signature('qworker:work');
var_dump($laravel === $ours);
echo implode(' ', array_keys($ours['options'])), "\n";

/* Which worker ran the job: the Laravel job class it was handed tells. */
$which = function (string $command, array $env = []) use ($app) {
    $app->appEnv = $env;
    $app->dispatch('which');
    $app->command = $command;
    $status = $app->work(['--stop-when-empty']);
    $effects = $app->effects();
    echo "$command", $env ? ' (QWORKER_REPLACE_QUEUE_WORK=1)' : '', ": exit $status, ", end($effects) ?: 'nothing ran', "\n";
};
$which('queue:work');
$which('qworker:work');
$which('queue:work', ['QWORKER_REPLACE_QUEUE_WORK' => '1']);
?>
--EXPECT--
qworker:work listed
bool(true)
name queue daemon once stop-when-empty delay backoff max-jobs max-time force memory sleep rest timeout tries help quiet verbose version ansi no-ansi no-interaction env
queue:work: exit 0, which: handed a Illuminate\Queue\Jobs\RedisJob
qworker:work: exit 0, which: handed a QWorker\Laravel\RedisJob
queue:work (QWORKER_REPLACE_QUEUE_WORK=1): exit 0, which: handed a QWorker\Laravel\RedisJob

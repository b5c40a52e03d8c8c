--TEST--
Laravel 8.83 (Debian) drop-in: qworker:work on a connection that is not redis, or without the extension, says so on stderr and runs Laravel's own worker
--SKIPIF--
<?php require __DIR__ . '/laravel/dropin.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/dropin.inc';

$app = new QwDropin('8');
$app->reset();
$app->command = 'qworker:work';
$app->stderrApart = true;
$first = fn () => strtok(trim((string) end($app->stderrs)), "\n");

/* The sync driver: Laravel's worker finds nothing and stops. */
$status = $app->artisan(['qworker:work', 'sync', '--stop-when-empty']);
echo "sync: exit $status: ", $first(), "\n";

/* A connection the app does not configure: Laravel's own error. */
$status = $app->artisan(['qworker:work', 'nosuch', '--stop-when-empty']);
echo "nosuch: exit $status: ", $first(), "\n";
echo preg_match('/The \[nosuch\] queue connection has not been configured/', $app->lastOutput()) ? "Laravel's error shown\n" : $app->lastOutput();

/* A PHP without the extension: the job still runs, through Laravel's worker. */
$php = qw_test_php();
$at = array_search(true, array_map(fn ($a) => str_contains($a, 'qworker'), $php), true);
array_splice($php, $at - 1, 2); /* "-d", "extension=.../qworker.so" */
$app->php = $php;
$app->dispatch('which');
$status = $app->work(['--stop-when-empty']);
echo "no extension: exit $status: ", $first(), "\n";
$effects = $app->effects();
echo end($effects), "\n";
?>
--EXPECT--
sync: exit 0: qworker: connection [sync] uses the [sync] driver, not redis; running Laravel's own worker.
nosuch: exit 1: qworker: connection [nosuch] uses the [unknown] driver, not redis; running Laravel's own worker.
Laravel's error shown
no extension: exit 0: qworker: the qworker extension is not loaded; running Laravel's own worker.
which: handed a Illuminate\Queue\Jobs\RedisJob

--TEST--
Laravel 12 (Composer) drop-in: qworker:work says it falls back to Laravel's own worker on stderr (a JSON line under --json), never on stdout; with QWORKER_FALLBACK=false it refuses instead, exits 1 and leaves the queue alone
--SKIPIF--
<?php require __DIR__ . '/laravel/dropin.inc'; qw_dropin_skip('12'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/dropin.inc';

$app = new QwDropin('12');
$app->reset();
$app->command = 'qworker:work';
$app->stderrApart = true;
$report = function (string $what, int $status) use ($app) {
    $out = $app->lastOutput();
    $err = trim((string) end($app->stderrs));
    $json = json_decode($err, true);
    if (is_array($json)) {
        $err = sprintf('JSON level=%s connection=%s timestamp=%s message=%s', $json['level'], $json['connection'],
            preg_match('/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}[+-]\d\d:\d\d$/', $json['timestamp']) ? 'ok' : $json['timestamp'], $json['message']);
    }
    $lines = array_filter(explode("\n", trim($out)), 'strlen');
    $allJson = $lines && !in_array(null, array_map(fn ($l) => json_decode($l, true), $lines), true);
    printf("%s: exit %d\n  stderr: %s\n  stdout: %s\n", $what, $status, $err,
        str_contains($out, 'qworker') ? 'NAMES QWORKER: ' . $out : ($allJson ? count($lines) . ' JSON line(s)' : 'no qworker line'));
};

/* A PHP without the extension. */
$php = qw_test_php();
$at = array_search(true, array_map(fn ($a) => str_contains($a, 'qworker'), $php), true);
array_splice($php, $at - 1, 2); /* "-d", "extension=.../qworker.so" */
$app->php = $php;

$app->dispatch('which');
$report('no extension, QWORKER_FALLBACK=false', $app->artisan(['qworker:work', 'redis', '--stop-when-empty'], true, null, ['QWORKER_FALLBACK' => 'false']));
$report('  and --json', $app->artisan(['qworker:work', 'redis', '--stop-when-empty', '--json'], true, null, ['QWORKER_FALLBACK' => 'false']));
echo '  jobs run: ', count($app->effects()), "\n";
$report('no extension', $app->work(['--stop-when-empty']));
echo '  jobs run: ', implode(', ', $app->effects()), "\n";
$app->dispatch('which');
$report('no extension, --json', $app->work(['--stop-when-empty', '--json']));

$app->php = null;
$report('sync driver, QWORKER_FALLBACK=false', $app->artisan(['qworker:work', 'sync', '--stop-when-empty'], true, null, ['QWORKER_FALLBACK' => 'false']));
$report('sync driver', $app->artisan(['qworker:work', 'sync', '--stop-when-empty']));
?>
--EXPECT--
no extension, QWORKER_FALLBACK=false: exit 1
  stderr: qworker: the qworker extension is not loaded; qworker.fallback (QWORKER_FALLBACK) is off: not running Laravel's own worker instead.
  stdout: no qworker line
  and --json: exit 1
  stderr: JSON level=error connection=redis timestamp=ok message=qworker: the qworker extension is not loaded; qworker.fallback (QWORKER_FALLBACK) is off: not running Laravel's own worker instead.
  stdout: no qworker line
  jobs run: 0
no extension: exit 0
  stderr: qworker: the qworker extension is not loaded; running Laravel's own worker.
  stdout: no qworker line
  jobs run: which: handed a Illuminate\Queue\Jobs\RedisJob
no extension, --json: exit 0
  stderr: JSON level=warning connection=redis timestamp=ok message=qworker: the qworker extension is not loaded; running Laravel's own worker.
  stdout: 2 JSON line(s)
sync driver, QWORKER_FALLBACK=false: exit 1
  stderr: qworker: connection [sync] uses the [sync] driver, not redis; qworker.fallback (QWORKER_FALLBACK) is off: not running Laravel's own worker instead.
  stdout: no qworker line
sync driver: exit 0
  stderr: qworker: connection [sync] uses the [sync] driver, not redis; running Laravel's own worker.
  stdout: no qworker line

--TEST--
Laravel 12 (Composer) drop-in: qworker:work -v names qworker, its hiredis and the prefetch in one line on stderr at start (a JSON line under --json), nothing without -v; `php artisan about` has a qworker section
--SKIPIF--
<?php require __DIR__ . '/laravel/dropin.inc'; qw_dropin_skip('12'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/dropin.inc';

$app = new QwDropin('12');
$app->reset();
$app->command = 'qworker:work';
$app->prefetch = 4;
$app->stderrApart = true;
$mask = fn (string $s) => preg_replace('/qworker \S+ \(hiredis \d+\.\d+\.\d+\)/', 'qworker VERSION (hiredis X.Y.Z)', trim($s));

foreach ([[], ['-v'], ['-v', '--json']] as $flags) {
    $app->dispatch('noop');
    $status = $app->work(array_merge(['--stop-when-empty'], $flags));
    $err = $mask((string) end($app->stderrs));
    $json = json_decode($err, true);
    if (is_array($json)) {
        $err = "JSON level={$json['level']} connection={$json['connection']} message=" . $mask($json['message']);
    }
    printf("%s: exit %d, %d jobs run, stderr: %s\n", $flags ? implode(' ', $flags) : 'no flag', $status,
        count($app->effects()), $err === '' ? '(nothing)' : $err);
}

$app->artisan(['about', '--only=qworker', '--json']);
$about = json_decode(trim($app->lastOutput()), true)['qworker'] ?? $app->lastOutput();
var_dump($about['extension'] === QWorker::VERSION, $about['hiredis'] === QWorker::HIREDIS_VERSION);
unset($about['extension'], $about['hiredis']);
var_dump($about);
?>
--EXPECT--
no flag: exit 0, 5 jobs run, stderr: (nothing)
-v: exit 0, 10 jobs run, stderr: qworker VERSION (hiredis X.Y.Z), prefetch 4: working connection [redis], queue [default] natively.
-v --json: exit 0, 15 jobs run, stderr: JSON level=info connection=redis message=qworker VERSION (hiredis X.Y.Z), prefetch 4: working connection [redis], queue [default] natively.
bool(true)
bool(true)
array(3) {
  ["prefetch"]=>
  string(1) "4"
  ["replaces_queue:work"]=>
  string(2) "NO"
  ["fallback"]=>
  string(3) "YES"
}

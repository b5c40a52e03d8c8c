--TEST--
Laravel 8.83 (Debian) drop-in: qworker:work -v names qworker, its hiredis and the prefetch in one line on stderr at start, nothing without -v
--SKIPIF--
<?php require __DIR__ . '/laravel/dropin.inc'; qw_dropin_skip('8'); ?>
--FILE--
<?php
require __DIR__ . '/laravel/dropin.inc';

$app = new QwDropin('8');
$app->reset();
$app->command = 'qworker:work';
$app->prefetch = 4;
$app->stderrApart = true;
$mask = fn (string $s) => preg_replace('/qworker \S+ \(hiredis \d+\.\d+\.\d+\)/', 'qworker VERSION (hiredis X.Y.Z)', trim($s));

foreach ([[], ['-v']] as $flags) {
    $app->dispatch('noop');
    $status = $app->work(array_merge(['--stop-when-empty'], $flags));
    $err = $mask((string) end($app->stderrs));
    printf("%s: exit %d, %d jobs run, stderr: %s\n", $flags ? implode(' ', $flags) : 'no flag', $status,
        count($app->effects()), $err === '' ? '(nothing)' : $err);
}
?>
--EXPECT--
no flag: exit 0, 5 jobs run, stderr: (nothing)
-v: exit 0, 10 jobs run, stderr: qworker VERSION (hiredis X.Y.Z), prefetch 4: working connection [redis], queue [default] natively.

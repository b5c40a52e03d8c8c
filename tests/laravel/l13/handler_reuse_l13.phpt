--TEST--
Laravel 13 (Composer, PHP 8.4): qworker:work hands each object job the CallQueuedHandler the previous one ran in while the container would make an equal one, and a new one once the bus dispatcher was swapped (as Bus::fake() does) or a resolving callback would see it; queue:work makes one per job
--SKIPIF--
<?php
require __DIR__ . '/../dropin.inc';
qw_dropin_skip('13');
?>
--FILE--
<?php
require __DIR__ . '/../dropin.inc';

$app = new QwDropin('13', 'handler_reuse');
foreach (['queue:work', 'qworker:work'] as $command) {
    $app->command = $command;
    $app->reset();
    $app->dispatch('handler_reuse');
    echo "== $command: exit ", $app->work(['--stop-when-empty', '--sleep=0']), "\n", implode("\n", $app->effects()), "\n";
}
?>
--EXPECT--
== queue:work: exit 0
a: handler first, its dispatcher the container's
b: handler new, its dispatcher the container's
c: handler new, its dispatcher the container's
d: handler new, its dispatcher the container's
resolving callback
e: handler new, its dispatcher the container's
resolving callback
f: handler new, its dispatcher the container's
== qworker:work: exit 0
a: handler first, its dispatcher the container's
b: handler same, its dispatcher the container's
c: handler new, its dispatcher the container's
d: handler same, its dispatcher the container's
resolving callback
e: handler new, its dispatcher the container's
resolving callback
f: handler new, its dispatcher the container's

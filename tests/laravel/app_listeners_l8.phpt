--TEST--
The benchmark's app (Laravel 8.83) with QW_APP_LISTENERS=1: its queue listeners (JobProcessing, JobProcessed, JobFailed, Queue::before/after) run once per job under queue:work, qworker:work at prefetch 1 and 8 and qwtest:machinery (Worker::process() with no Redis; with --lines also queue:work's console lines, one Processing and one Processed line per job); without the switch, none
--SKIPIF--
<?php
require __DIR__ . '/dropin.inc';
qw_dropin_skip('8');
?>
--FILE--
<?php
require __DIR__ . '/dropin.inc';

$app = new QwDropin('8', 'app_listeners');
$counts = function () use ($app): string {
    $log = $app->base . '/storage/listeners.log';
    return is_file($log) ? file_get_contents($log) : "no listeners.log\n";
};
$machinery = function (array $more = []) use ($app): string {
    $run = $app->run(array_merge(['qwtest:machinery', '5'], $more));
    return "exit {$run['status']}\n" . preg_replace(['/\d+\.\d+/', '/^\[[^\]]*\]\[[^\]]*\] /m'], ['N', '[time][id] '], $run['output']);
};
foreach (['1' => 'on', '' => 'off'] as $switch => $label) {
    echo "== listeners $label\n";
    $app->appEnv = ['QW_APP_NO_RECORD' => '1'] + ($switch ? ['QW_APP_LISTENERS' => $switch] : []);
    foreach ([['queue:work', 1], ['qworker:work', 1], ['qworker:work', 8]] as [$command, $prefetch]) {
        $app->command = $command;
        $app->prefetch = $prefetch;
        $app->reset();
        $app->artisan(['qwtest:dispatch-many', '5'], false);
        $status = $app->work(['--stop-when-empty', '--sleep=0']);
        echo "$command prefetch $prefetch: exit $status, ", $counts();
    }
    $app->reset();
    echo "qwtest:machinery 5: ", $machinery();
    $app->reset();
    echo "qwtest:machinery 5 --lines: ", $machinery(['--lines']);
}
?>
--EXPECT--
== listeners on
queue:work prefetch 1: exit 0, processing=5 processed=5 failed=0 before=5 after=5
qworker:work prefetch 1: exit 0, processing=5 processed=5 failed=0 before=5 after=5
qworker:work prefetch 8: exit 0, processing=5 processed=5 failed=0 before=5 after=5
qwtest:machinery 5: exit 0
machinery 5 jobs: cpu_us N wall_us N
listeners: processing=5 processed=5 failed=0 before=5 after=5
qwtest:machinery 5 --lines: exit 0
[time][id] Processing: App\Jobs\Nothing
[time][id] Processed:  App\Jobs\Nothing
[time][id] Processing: App\Jobs\Nothing
[time][id] Processed:  App\Jobs\Nothing
[time][id] Processing: App\Jobs\Nothing
[time][id] Processed:  App\Jobs\Nothing
[time][id] Processing: App\Jobs\Nothing
[time][id] Processed:  App\Jobs\Nothing
[time][id] Processing: App\Jobs\Nothing
[time][id] Processed:  App\Jobs\Nothing
machinery 5 jobs: cpu_us N wall_us N
listeners: processing=5 processed=5 failed=0 before=5 after=5
== listeners off
queue:work prefetch 1: exit 0, no listeners.log
qworker:work prefetch 1: exit 0, no listeners.log
qworker:work prefetch 8: exit 0, no listeners.log
qwtest:machinery 5: exit 0
machinery 5 jobs: cpu_us N wall_us N
qwtest:machinery 5 --lines: exit 0
[time][id] Processing: App\Jobs\Nothing
[time][id] Processed:  App\Jobs\Nothing
[time][id] Processing: App\Jobs\Nothing
[time][id] Processed:  App\Jobs\Nothing
[time][id] Processing: App\Jobs\Nothing
[time][id] Processed:  App\Jobs\Nothing
[time][id] Processing: App\Jobs\Nothing
[time][id] Processed:  App\Jobs\Nothing
[time][id] Processing: App\Jobs\Nothing
[time][id] Processed:  App\Jobs\Nothing
machinery 5 jobs: cpu_us N wall_us N

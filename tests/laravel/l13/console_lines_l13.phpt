--TEST--
Laravel 13 (Composer, PHP 8.4): qworker:work writes its console lines through its cached formatting byte for byte as Laravel's OutputStyle does (qwtest:output-parity: tags, escapes, stray and unclosed tags, hyperlinks, plain and decorated, each type and verbosity), and a run with --ansi prints the same bytes as queue:work's but for the time, the job ids and the run times
--SKIPIF--
<?php
require __DIR__ . '/../dropin.inc';
qw_dropin_skip('13');
?>
--FILE--
<?php
require __DIR__ . '/../dropin.inc';

$app = new QwDropin('13', 'console_lines');
$app->appEnv = ['QW_APP_NO_RECORD' => '1', 'COLUMNS' => '100'];
$run = $app->run(['qwtest:output-parity']);
echo "exit {$run['status']}: {$run['output']}";

$outputs = [];
foreach (['queue:work', 'qworker:work'] as $command) {
    $app->command = $command;
    $app->reset();
    $app->artisan(['qwtest:dispatch-many', '3'], false);
    $status = $app->work(['--stop-when-empty', '--sleep=0', '--ansi']);
    $outputs[$command] = preg_replace(
        ['/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/', '/\[[A-Za-z0-9]{32}\]/', '/\d+(\.\d+)?ms/', '/(\e\[90m\.\e\[39m)+/'],
        ['DATE', '[ID]', 'TIME', 'DOTS'],
        $app->lastOutput()
    );
    echo "$command: exit $status\n";
}
echo $outputs['queue:work'] === $outputs['qworker:work'] ? "the same bytes\n" : "different:\n" . json_encode($outputs, JSON_PRETTY_PRINT) . "\n";
echo json_encode(explode("\n", trim($outputs['qworker:work'])), JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
?>
--EXPECT--
exit 0: QWorker\Laravel\Console\CachedOutputStyle: 1440 messages compared, 0 differ, formats cached
queue:work: exit 0
qworker:work: exit 0
the same bytes
[
    "\u001b[90mDATE\u001b[39m App\\Jobs\\Nothing DOTS \u001b[33;1mRUNNING\u001b[39;22m",
    "  \u001b[90mDATE\u001b[39m App\\Jobs\\Nothing DOTS \u001b[90mTIME\u001b[39m \u001b[32;1mDONE\u001b[39;22m",
    "  \u001b[90mDATE\u001b[39m App\\Jobs\\Nothing DOTS \u001b[33;1mRUNNING\u001b[39;22m",
    "  \u001b[90mDATE\u001b[39m App\\Jobs\\Nothing DOTS \u001b[90mTIME\u001b[39m \u001b[32;1mDONE\u001b[39;22m",
    "  \u001b[90mDATE\u001b[39m App\\Jobs\\Nothing DOTS \u001b[33;1mRUNNING\u001b[39;22m",
    "  \u001b[90mDATE\u001b[39m App\\Jobs\\Nothing DOTS \u001b[90mTIME\u001b[39m \u001b[32;1mDONE\u001b[39;22m",
    "  \u001b[90mDATE\u001b[39m Worker \u001b[33;1mSTOPPED\u001b[39;22m \u001b[90mQueue empty\u001b[39m"
]

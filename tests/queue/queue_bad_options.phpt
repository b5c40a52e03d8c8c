--TEST--
Queue protocol: push()/later() with a bad option (unknown key, maxTries 'x', backoff '1,,2' or -1, ...) or a bad delay/job throw ValueError/TypeError naming the key and write nothing to Redis
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup(); /* leftovers of an interrupted run */

$qw = qw_test_worker();

function attempt(string $label, callable $fn): void
{
    try {
        $fn();
        echo "$label: no exception\n";
    } catch (Throwable $e) {
        echo "$label: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
    if (($keys = qw_test_keys()) !== []) {
        echo "  FAIL - Redis was written: ", implode(', ', $keys), "\n";
        qw_test_cleanup();
    }
}

$bad = [
    'unknown key' => ['foo' => 1],
    'integer key' => [0 => 1],
    'unknown key after a good one' => ['maxTries' => 1, 'tries' => 3],
    'maxTries x' => ['maxTries' => 'x'],
    'maxTries 1.5' => ['maxTries' => 1.5],
    'maxExceptions true' => ['maxExceptions' => true],
    'timeout array' => ['timeout' => []],
    'retryUntil string' => ['retryUntil' => 'tomorrow'],
    'failOnTimeout 1' => ['failOnTimeout' => 1],
    'displayName 5' => ['displayName' => 5],
    'backoff 1,,2' => ['backoff' => '1,,2'],
    'backoff -1' => ['backoff' => -1],
    'backoff ""' => ['backoff' => ''],
    'backoff "1,"' => ['backoff' => '1,'],
    'backoff ",1"' => ['backoff' => ',1'],
    'backoff "-1"' => ['backoff' => '-1'],
    'backoff " 1"' => ['backoff' => ' 1'],
    'backoff "1, 2"' => ['backoff' => '1, 2'],
    'backoff []' => ['backoff' => []],
    'backoff [1,-2]' => ['backoff' => [1, -2]],
    'backoff [1,"2"]' => ['backoff' => [1, '2']],
    'backoff 1.5' => ['backoff' => 1.5],
    'backoff true' => ['backoff' => true],
];
foreach ($bad as $label => $options) {
    attempt("push $label", fn () => $qw->push('J', null, null, $options));
}
attempt('later unknown key', fn () => $qw->later(5, 'J', null, null, ['bogus' => true]));
attempt('later backoff 1,,2', fn () => $qw->later(5, 'J', null, 'q', ['backoff' => '1,,2']));
attempt('later delay -1', fn () => $qw->later(-1, 'J'));
attempt('laterRaw delay -1', fn () => $qw->laterRaw(-1, '{}'));
attempt('push empty job', fn () => $qw->push(''));
attempt('later empty job', fn () => $qw->later(1, ''));

echo "-- a good push still works afterwards\n";
$qw->push('J', null, null, ['maxTries' => 1]);
var_dump(qw_test_keys());
qw_test_cleanup();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
push unknown key: ValueError: QWorker::push(): Argument #4 ($options) has an unknown key "foo"
push integer key: ValueError: QWorker::push(): Argument #4 ($options) has an unknown key "(integer)"
push unknown key after a good one: ValueError: QWorker::push(): Argument #4 ($options) has an unknown key "tries"
push maxTries x: TypeError: QWorker::push(): Argument #4 ($options) key "maxTries" must be of type ?int, string given
push maxTries 1.5: TypeError: QWorker::push(): Argument #4 ($options) key "maxTries" must be of type ?int, float given
push maxExceptions true: TypeError: QWorker::push(): Argument #4 ($options) key "maxExceptions" must be of type ?int, bool given
push timeout array: TypeError: QWorker::push(): Argument #4 ($options) key "timeout" must be of type ?int, array given
push retryUntil string: TypeError: QWorker::push(): Argument #4 ($options) key "retryUntil" must be of type ?int, string given
push failOnTimeout 1: TypeError: QWorker::push(): Argument #4 ($options) key "failOnTimeout" must be of type bool, int given
push displayName 5: TypeError: QWorker::push(): Argument #4 ($options) key "displayName" must be of type ?string, int given
push backoff 1,,2: ValueError: QWorker::push(): Argument #4 ($options) key "backoff" must be an integer or a comma-separated list of integers, "1,,2" given
push backoff -1: ValueError: QWorker::push(): Argument #4 ($options) key "backoff" must be greater than or equal to 0
push backoff "": ValueError: QWorker::push(): Argument #4 ($options) key "backoff" must be an integer or a comma-separated list of integers, "" given
push backoff "1,": ValueError: QWorker::push(): Argument #4 ($options) key "backoff" must be an integer or a comma-separated list of integers, "1," given
push backoff ",1": ValueError: QWorker::push(): Argument #4 ($options) key "backoff" must be an integer or a comma-separated list of integers, ",1" given
push backoff "-1": ValueError: QWorker::push(): Argument #4 ($options) key "backoff" must be an integer or a comma-separated list of integers, "-1" given
push backoff " 1": ValueError: QWorker::push(): Argument #4 ($options) key "backoff" must be an integer or a comma-separated list of integers, " 1" given
push backoff "1, 2": ValueError: QWorker::push(): Argument #4 ($options) key "backoff" must be an integer or a comma-separated list of integers, "1, 2" given
push backoff []: ValueError: QWorker::push(): Argument #4 ($options) key "backoff" must not be empty
push backoff [1,-2]: ValueError: QWorker::push(): Argument #4 ($options) key "backoff" must hold integers greater than or equal to 0
push backoff [1,"2"]: ValueError: QWorker::push(): Argument #4 ($options) key "backoff" must hold integers greater than or equal to 0
push backoff 1.5: TypeError: QWorker::push(): Argument #4 ($options) key "backoff" must be of type int|string|array, float given
push backoff true: TypeError: QWorker::push(): Argument #4 ($options) key "backoff" must be of type int|string|array, bool given
later unknown key: ValueError: QWorker::later(): Argument #5 ($options) has an unknown key "bogus"
later backoff 1,,2: ValueError: QWorker::later(): Argument #5 ($options) key "backoff" must be an integer or a comma-separated list of integers, "1,,2" given
later delay -1: ValueError: QWorker::later(): Argument #1 ($delay) must be between 0 and 315360000
laterRaw delay -1: ValueError: QWorker::laterRaw(): Argument #1 ($delay) must be between 0 and 315360000
push empty job: ValueError: QWorker::push(): Argument #1 ($job) must not be empty
later empty job: ValueError: QWorker::later(): Argument #2 ($job) must not be empty
-- a good push still works afterwards
array(2) {
  [0]=>
  string(14) "queues:default"
  [1]=>
  string(21) "queues:default:notify"
}

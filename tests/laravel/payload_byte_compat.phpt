--TEST--
Laravel interop: QWorker::push() writes the same payload bytes as Laravel's RedisQueue::push() of a string job (uuid and id aside), on the same keys
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
if (!extension_loaded('redis')) die('skip phpredis not loaded');
if (!is_dir('/usr/share/php/Illuminate')) die('skip Laravel not installed');
require __DIR__ . '/queue.php';
if (($why = qw_laravel_unavailable()) !== null) die("skip $why");
?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/queue.php';
qw_test_cleanup();

$qw = qw_test_worker();
$laravel = qw_laravel_test_queue();
$r = new QwTestRedis();

$o = new stdClass();
$o->x = 1;
$cases = [
    ['LaravelTestJob@fire', ''],
    ['LaravelTestJob', ['a' => 1, 'b' => [1, 2, 3], 'c' => null, 'd' => true, 'e' => false]],
    ['App\Jobs\SendMail@handle', ['to' => 'a/b@example.com', 'subject' => 'Grüße €', 'q' => "\"'<>&\n\t\\"]],
    ['LaravelTestJob@fire', [0.1, 1.0, 1.5e20, -2.5, 0, PHP_INT_MAX, -7]],
    ['LaravelTestJob@fire', 'plain string'],
    ['LaravelTestJob@fire', 12345],
    ['LaravelTestJob@fire', []],
    ['LaravelTestJob@fire', ['nested' => ['deep' => ['deeper' => []]]]],
    ['LaravelTestJob@fire', $o],
    ['LaravelTestJob@fire', "emoji \u{1F600} and \u{2028}"],
];

/* The payload with its random uuid and id values blanked out. */
function blank(string $raw): string
{
    $p = json_decode($raw, true);
    return str_replace([$p['uuid'], $p['id']], ['UUID', 'ID'], $raw);
}

foreach ($cases as $i => [$name, $data]) {
    $laravel->push($name, $data);
    try {
        $qw->push($name, $data);
    } catch (Throwable $e) {
        echo "case $i: QWorker threw ", get_class($e), ': ', $e->getMessage(), "\n";
        $r->key('RPOP', 'queues:default');
        $r->key('RPOP', 'queues:default:notify');
        continue;
    }
    [$fromLaravel, $fromQWorker] = $r->key('LRANGE', 'queues:default', '-2', '-1');
    $l = json_decode($fromLaravel, true);
    $q = json_decode($fromQWorker, true);
    $l['uuid'] = $q['uuid'] = $l['id'] = $q['id'] = null;
    if ($l === $q && blank($fromLaravel) === blank($fromQWorker)) {
        echo "case $i: same\n";
    } else {
        echo "case $i: DIFFERENT\n  laravel: ", blank($fromLaravel), "\n  qworker: ", blank($fromQWorker), "\n";
    }
}

echo blank($r->key('LINDEX', 'queues:default', '1')), "\n";

var_dump($laravel->getQueue(null));
var_dump(qw_test_keys());
echo qw_laravel_sizes(), "\n";
var_dump($qw->size(), $laravel->size());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
case 0: same
case 1: same
case 2: same
case 3: same
case 4: same
case 5: same
case 6: same
case 7: same
case 8: same
case 9: same
{"uuid":"UUID","displayName":"LaravelTestJob","job":"LaravelTestJob@fire","maxTries":null,"maxExceptions":null,"failOnTimeout":false,"backoff":null,"timeout":null,"data":"","id":"ID","attempts":0}
string(14) "queues:default"
array(2) {
  [0]=>
  string(14) "queues:default"
  [1]=>
  string(21) "queues:default:notify"
}
ready=20 notify=20 delayed=0 reserved=0
int(20)
int(20)

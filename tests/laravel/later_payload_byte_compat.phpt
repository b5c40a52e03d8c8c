--TEST--
Laravel interop: QWorker::later() writes the same payload bytes and due time as Laravel's RedisQueue::later(), on the same :delayed key of a named queue
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

/* The payload with its random uuid and id values blanked out. */
function blank(string $raw): string
{
    $p = json_decode($raw, true);
    return str_replace([$p['uuid'], $p['id']], ['UUID', 'ID'], $raw);
}

$before = time();
$lid = $laravel->later(30, 'LaravelTestJob@fire', ['a' => 'Ünï/x'], 'emails');
$qid = $qw->later(30, 'LaravelTestJob@fire', ['a' => 'Ünï/x'], 'emails');
$after = time();
var_dump($lid !== $qid, strlen($qid));

$members = $r->key('ZRANGE', 'queues:emails:delayed', '0', '-1', 'WITHSCORES');
$byId = [];
for ($i = 0; $i < count($members); $i += 2) {
    $byId[json_decode($members[$i], true)['id']] = [$members[$i], (int) $members[$i + 1]];
}
var_dump(blank($byId[$lid][0]) === blank($byId[$qid][0]));
echo blank($byId[$qid][0]), "\n";
foreach ([$lid, $qid] as $id) {
    var_dump($byId[$id][1] >= $before + 30 && $byId[$id][1] <= $after + 30);
}

var_dump(qw_test_keys());
echo qw_laravel_sizes('emails'), "\n";
var_dump($qw->size('emails'), $laravel->size('emails'));
var_dump($qw->size(), $laravel->size());
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
bool(true)
int(32)
bool(true)
{"uuid":"UUID","displayName":"LaravelTestJob","job":"LaravelTestJob@fire","maxTries":null,"maxExceptions":null,"failOnTimeout":false,"backoff":null,"timeout":null,"data":{"a":"Ünï\/x"},"id":"ID","attempts":0}
bool(true)
bool(true)
array(1) {
  [0]=>
  string(21) "queues:emails:delayed"
}
ready=0 notify=0 delayed=2 reserved=0
int(2)
int(2)
int(0)
int(0)

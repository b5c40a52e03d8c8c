--TEST--
prefix and queue: jobs land under prefix + "queues:NAME" (with :notify, :delayed, :reserved beside it), the "queue" setting names the default queue, another prefix sees none of them, and an empty or null prefix means bare "queues:NAME" keys
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
$r = new QwTestRedis();
$prefix = qw_test_prefix();

$w = qw_test_worker();
$w->push('ConnJob@handle', 1);
$w->push('ConnJob@handle', 2, 'emails');
$w->later(60, 'ConnJob@handle', 3, 'emails');
$job = $w->pop('emails');
echo 'popped: ', json_encode($job->payload()['data']), "\n";
var_dump(qw_test_keys());
echo 'sizes: default=', $w->size(), ' emails=', $w->size('emails'), "\n";

$h = qw_test_worker(['queue' => 'high']);
$h->push('ConnJob@handle', 4);
echo 'queue "high": getSettings queue=', $h->getSettings()['queue'], ', llen ', $r->key('LLEN', 'queues:high'), ', size()=', $h->size(), "\n";

$other = qw_test_worker(['prefix' => $prefix . 'other_']);
echo 'other prefix sizes: default=', $other->size(), ' emails=', $other->size('emails'), ' high=', $other->size('high'), "\n";

/* No prefix: the queue name is unique to this test instead. */
$bare = 'queues:' . $prefix . 'bare';
foreach (['empty' => '', 'null' => null] as $label => $p) {
    $n = qw_test_worker(['prefix' => $p]);
    $n->push('ConnJob@handle', $label, $prefix . 'bare');
    echo "prefix $label: getSettings prefix=", var_export($n->getSettings()['prefix'], true), ', llen ', $r->cmd('LLEN', $bare),
        ', size()=', $n->size($prefix . 'bare'), "\n";
}
$r->cmd('DEL', $bare, "$bare:notify");
qw_test_cleanup();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
$bare = 'queues:' . qw_test_prefix() . 'bare';
(new QwTestRedis())->cmd('DEL', $bare, "$bare:notify");
qw_test_cleanup();
?>
--EXPECT--
popped: 2
array(4) {
  [0]=>
  string(14) "queues:default"
  [1]=>
  string(21) "queues:default:notify"
  [2]=>
  string(21) "queues:emails:delayed"
  [3]=>
  string(22) "queues:emails:reserved"
}
sizes: default=1 emails=2
queue "high": getSettings queue=high, llen 1, size()=1
other prefix sizes: default=0 emails=0 high=0
prefix empty: getSettings prefix='', llen 1, size()=1
prefix null: getSettings prefix='', llen 2, size()=2

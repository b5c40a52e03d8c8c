--TEST--
As in Laravel, AUTH is sent only for a non-empty password: password null or "" (with or without a username) connects to a server without a password, while a non-empty password is sent and refused there with Redis' error text
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
$r = new QwTestRedis();
$port = qw_test_port();

$cases = [
    'password null' => ['password' => null],
    'password ""' => ['password' => ''],
    'username + password null' => ['username' => 'someone', 'password' => null],
    'username + password ""' => ['username' => 'someone', 'password' => ''],
    'username "" + password ""' => ['username' => '', 'password' => ''],
    'username null + password null' => ['username' => null, 'password' => null],
    'password "secret"' => ['password' => 'secret'],
];
foreach ($cases as $name => $settings) {
    try {
        $w = qw_test_worker($settings);
        $s = $w->getSettings();
        $w->push('ConnJob@handle', $name);
        printf("%s: ok, username=%s password=%s llen=%d\n", $name, var_export($s['username'], true), var_export($s['password'], true),
            $r->key('LLEN', 'queues:default'));
    } catch (QWorker\ConnectionException $e) {
        $m = str_replace(qw_test_host() . ":$port", 'HOST:PORT', $e->getMessage());
        echo "$name: ", str_starts_with($m, 'cannot authenticate to Redis at HOST:PORT: ERR ') ? 'refused by Redis' : $m, "\n";
    }
}
qw_test_cleanup();
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
password null: ok, username=NULL password=NULL llen=1
password "": ok, username=NULL password=NULL llen=2
username + password null: ok, username='someone' password=NULL llen=3
username + password "": ok, username='someone' password=NULL llen=4
username "" + password "": ok, username=NULL password=NULL llen=5
username null + password null: ok, username=NULL password=NULL llen=6
password "secret": refused by Redis

--TEST--
ACL AUTH with username + password (Redis 6+): the connection runs as that user (CLIENT LIST shows it), the password is masked in getSettings(); a wrong password, an unknown user or a disabled user throw ConnectionException with Redis' WRONGPASS text and host:port
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
try {
    (new QwTestRedis())->cmd('ACL', 'WHOAMI');
} catch (RuntimeException $e) {
    die('skip no ACL support: ' . $e->getMessage());
}
?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';

/* A user name unique to this checkout, the same in --CLEAN--. */
$user = 'qwt_conn_auth_acl_' . substr(md5(__DIR__), 0, 8);
$r = new QwTestRedis();
$r->cmd('ACL', 'DELUSER', $user);
$r->cmd('ACL', 'SETUSER', $user, 'on', '>pw-' . $user, '~*', '&*', '+@all');
$port = qw_test_port();
$show = fn (string $m) => str_replace([":$port", $user], [':PORT', 'USER'], $m);

$w = qw_test_worker(['username' => $user, 'password' => 'pw-' . $user]);
$s = $w->getSettings();
echo 'username: ', $show($s['username']), ', password: ', $s['password'], "\n";
$id = $w->push('ConnJob@handle', 'acl');
echo 'pushed: ', json_decode($r->key('LINDEX', 'queues:default', '0'), true)['id'] === $id ? 'yes' : 'no', ', size: ', $w->size(), "\n";
$as_user = array_filter(explode("\n", $r->cmd('CLIENT', 'LIST')), fn ($l) => str_contains($l, " user=$user "));
echo 'connections as the user: ', count($as_user), "\n";

$cases = [
    'wrong password' => ['username' => $user, 'password' => 'nope'],
    'unknown user' => ['username' => $user . '_nobody', 'password' => 'pw-' . $user],
    'password without the username' => ['password' => 'pw-' . $user],
];
foreach ($cases as $name => $settings) {
    try {
        qw_test_worker($settings);
        echo "$name: connected?\n";
    } catch (QWorker\ConnectionException $e) {
        echo "$name: ", $show($e->getMessage()), "\n";
    }
}

$r->cmd('ACL', 'SETUSER', $user, 'off');
try {
    qw_test_worker(['username' => $user, 'password' => 'pw-' . $user]);
    echo "disabled user: connected?\n";
} catch (QWorker\ConnectionException $e) {
    echo 'disabled user: ', $show($e->getMessage()), "\n";
}

$r->cmd('ACL', 'DELUSER', $user);
qw_test_cleanup();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
(new QwTestRedis())->cmd('ACL', 'DELUSER', 'qwt_conn_auth_acl_' . substr(md5(__DIR__), 0, 8));
qw_test_cleanup();
?>
--EXPECTF--
username: USER, password: ********
pushed: yes, size: 1
connections as the user: 1
wrong password: cannot authenticate to Redis at 127.0.0.1:PORT: WRONGPASS invalid username-password pair or user is disabled.
unknown user: cannot authenticate to Redis at 127.0.0.1:PORT: WRONGPASS invalid username-password pair or user is disabled.
password without the username: cannot authenticate to Redis at 127.0.0.1:PORT: %s
disabled user: cannot authenticate to Redis at 127.0.0.1:PORT: WRONGPASS invalid username-password pair or user is disabled.

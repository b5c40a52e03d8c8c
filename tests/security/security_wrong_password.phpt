--TEST--
Wrong password or unknown ACL user: new QWorker() and QWorker::restart() throw QWorker\ConnectionException (code 0, no previous) with Redis' WRONGPASS text and the password in neither the message nor the trace; uncaught at start it ends the PHP process with status 255; a password that goes wrong under a running daemon() (rotated, link dropped) is reported on every failing pass and retried after 1 s, 2 s, 4 s ... without ending daemon(), which goes on (the pending ZREM sent, the next job run) once AUTH works again; daemon() ends only by a stop condition, returning 0 (stop_when_empty counts a failed pop as an empty queue, as Laravel, and the unsent ZREM is dropped); a redis restart store with a wrong password is reported and counts as no change
--SKIPIF--
<?php
require __DIR__ . '/../lib/child.inc';
qw_test_skip_without_child();
require __DIR__ . '/../lib/worker_child.inc';
QwbServer::skipIfMissing();
?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';

const RIGHT = 'right pass';
const WRONG = 'wrong pass';
const ADMIN_PASS = 'admin pass';

$srv = new QwbServer('security_wrong_password');
$srv->start();
$port = $srv->port;
$admin = $srv->redis();
$admin->cmd('ACL', 'SETUSER', 'qwt-admin', 'on', '>' . ADMIN_PASS, '~*', '&*', '+@all');
$admin->cmd('AUTH', 'qwt-admin', ADMIN_PASS);
$admin->cmd('ACL', 'SETUSER', 'default', 'off');
$admin->cmd('ACL', 'SETUSER', 'qworker', 'on', '>' . RIGHT, '~*', '+@all');
$show = fn (string $m) => str_replace(":$port", ':PORT', $m);
$settings = ['port' => $port, 'username' => 'qworker', 'password' => RIGHT];

echo "-- at start\n";
$cases = [
    'wrong password' => ['password' => WRONG] + $settings,
    'unknown user' => ['username' => 'nobody'] + $settings,
    'password only (the default user is off)' => ['port' => $port, 'password' => RIGHT],
];
foreach ($cases as $name => $s) {
    try {
        new QWorker($s);
        echo "$name: connected?\n";
    } catch (Throwable $e) {
        echo "$name: ", get_class($e), ' (code ', $e->getCode(), ', previous ', var_export($e->getPrevious(), true), '): ', $show($e->getMessage()), "\n";
        $text = $e->getMessage() . $e->getTraceAsString();
        echo '  the password in the message or trace: ', str_contains($text, $s['password']) ? 'yes' : 'no',
            ', trace: ', preg_replace('/#(\d+) \S+\(\d+\)/', '#$1 FILE(LINE)', str_replace("\n", ' ', $e->getTraceAsString())), "\n";
    }
}
$store = ['driver' => 'redis', 'port' => $port, 'username' => 'qworker', 'password' => WRONG, 'database' => 1, 'cache_prefix' => 'c'];
try {
    QWorker::restart($store);
} catch (QWorker\Exception $e) {
    echo 'QWorker::restart(): ', get_class($e), ': ', $show($e->getMessage()), "\n";
}

/* Uncaught, as in a worker script: PHP's status for an uncaught exception. */
$c = qwb_child('$w = new QWorker(' . var_export(['password' => WRONG] + $settings, true) . '); echo "not reached\n";');
$status = $c->wait(10);
echo 'uncaught in a CLI script: exit status ', var_export($status, true), "\n";
$first = strtok($show($c->output() . $c->errors()), "\n");
echo '  ', trim(preg_replace('/ in \S+:\d+$/', ' in FILE:LINE', $first)), "\n";

echo "-- under a running daemon()\n";
class RotateJob
{
    public static $onRun;

    public function handle(QWorker\Job $job, $data)
    {
        echo "job {$data['n']} attempt {$job->attempts()}\n";
        $job->delete();
        (self::$onRun)($data['n']);
    }
}
$w = new QWorker($settings + ['prefix' => 'p:']);
$w->push('RotateJob@handle', ['n' => 1]);
$w->push('RotateJob@handle', ['n' => 2]);
$reports = [];
RotateJob::$onRun = function ($n) use ($admin) {
    if ($n === 1) {
        /* The password is rotated and the worker's link dropped: its next command must AUTH again. */
        $admin->cmd('ACL', 'SETUSER', 'qworker', 'resetpass', '>' . WRONG . ' (new)');
        echo 'rotated the password, killed ', $admin->cmd('CLIENT', 'KILL', 'USER', 'qworker'), " link(s)\n";
    }
};
$w->setExceptionHandler(function (Throwable $e, ?QWorker\Job $job) use (&$reports, $admin, $show) {
    $reports[] = microtime(true);
    $n = count($reports);
    echo "report $n: ", get_class($e), ': ', $show($e->getMessage()), $job ? ' (job)' : ' (no job)',
        $n > 1 ? sprintf(', %s', ($d = $reports[$n - 1] - $reports[$n - 2]) > 0.8 * (2 ** ($n - 2)) && $d < 2 ** ($n - 2) + 0.7 ? '~' . 2 ** ($n - 2) . ' s after the previous' : "$d s after the previous") : '', "\n";
    if ($n === 3) {
        $admin->cmd('ACL', 'SETUSER', 'qworker', '>' . RIGHT);
        echo "the right password is valid again\n";
    }
});
$w->on('stopping', function (int $status, string $reason) { echo "stopping $status $reason\n"; });
$status = $w->daemon('redis', null, ['max_jobs' => 2, 'max_time' => 15]);
$d = microtime(true) - $reports[2];
echo 'daemon() returned ', $status, ', job 2 ran ', $d > 3.2 && $d < 5.5 ? '~4 s' : "$d s", " after the last report\n";
echo 'keys left: ', json_encode($admin->cmd('KEYS', 'p:*')), "\n";

echo "-- AUTH never works again\n";
$errlog = $srv->dir . '/php-errors.log';
ini_set('error_log', $errlog);
$w = new QWorker($settings + ['prefix' => 'p:']);
$w->setExceptionHandler(function (Throwable $e) use ($show) { echo 'report ', get_class($e), ': ', $show($e->getMessage()), "\n"; });
$w->on('stopping', function (int $status, string $reason) { echo "stopping $status $reason\n"; });
$rotate = function () use ($admin) {
    $admin->cmd('ACL', 'SETUSER', 'qworker', 'resetpass', '>' . WRONG . ' (new)');
    $admin->cmd('CLIENT', 'KILL', 'USER', 'qworker');
};
$rotate();
$status = $w->daemon('redis', null, ['max_time' => 1]);
echo "max_time 1: daemon() returned $status\n";
$admin->cmd('ACL', 'SETUSER', 'qworker', '>' . RIGHT);
/* As Laravel's: a failed pop is a pass without a job, so stop_when_empty stops although jobs wait. */
$w->push('RotateJob@handle', ['n' => 4]);
$w->push('RotateJob@handle', ['n' => 5]);
RotateJob::$onRun = $rotate;
$status = $w->daemon('redis', null, ['stop_when_empty' => true]);
echo "stop_when_empty: daemon() returned $status\n";
echo 'logged: ', preg_replace('/^\[[^\]]*\] /', '', trim(file_get_contents($errlog))), "\n";
$admin->cmd('ACL', 'SETUSER', 'qworker', '>' . RIGHT);
echo 'ready ', $admin->cmd('LLEN', 'p:queues:default'), ', reserved ', $admin->cmd('ZCARD', 'p:queues:default:reserved'), " (job 4, its ZREM lost: it runs again after retry_after)\n";
$admin->cmd('FLUSHALL');

echo "-- a restart store with a wrong password\n";
$w = new QWorker($settings + ['prefix' => 'p:']);
$w->setCache($store);
echo "setCache(): ok\n";
$w->push('RotateJob@handle', ['n' => 3]);
RotateJob::$onRun = fn () => null;
$w->setExceptionHandler(function (Throwable $e) use ($show) { echo 'report ', get_class($e), ': ', $show($e->getMessage()), "\n"; });
$w->on('stopping', function (int $status, string $reason) { echo "stopping $status $reason\n"; });
$status = $w->daemon('redis', null, ['stop_when_empty' => true, 'sleep' => 0]);
echo "daemon() returned $status\n";

$srv->stop();
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/worker_child.inc';
QwbServer::clean('security_wrong_password');
?>
--EXPECT--
-- at start
wrong password: QWorker\ConnectionException (code 0, previous NULL): cannot authenticate to Redis at 127.0.0.1:PORT: WRONGPASS invalid username-password pair or user is disabled.
  the password in the message or trace: no, trace: #0 FILE(LINE): QWorker->__construct(Array) #1 {main}
unknown user: QWorker\ConnectionException (code 0, previous NULL): cannot authenticate to Redis at 127.0.0.1:PORT: WRONGPASS invalid username-password pair or user is disabled.
  the password in the message or trace: no, trace: #0 FILE(LINE): QWorker->__construct(Array) #1 {main}
password only (the default user is off): QWorker\ConnectionException (code 0, previous NULL): cannot authenticate to Redis at 127.0.0.1:PORT: ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?
  the password in the message or trace: no, trace: #0 FILE(LINE): QWorker->__construct(Array) #1 {main}
QWorker::restart(): QWorker\ConnectionException: cannot authenticate to Redis at 127.0.0.1:PORT: WRONGPASS invalid username-password pair or user is disabled.
uncaught in a CLI script: exit status 255
  Fatal error: Uncaught QWorker\ConnectionException: cannot authenticate to Redis at 127.0.0.1:PORT: WRONGPASS invalid username-password pair or user is disabled. in FILE:LINE
-- under a running daemon()
job 1 attempt 1
rotated the password, killed 1 link(s)
report 1: QWorker\ConnectionException: cannot authenticate to Redis at 127.0.0.1:PORT: WRONGPASS invalid username-password pair or user is disabled. (no job)
report 2: QWorker\ConnectionException: cannot authenticate to Redis at 127.0.0.1:PORT: WRONGPASS invalid username-password pair or user is disabled. (no job), ~1 s after the previous
report 3: QWorker\ConnectionException: cannot authenticate to Redis at 127.0.0.1:PORT: WRONGPASS invalid username-password pair or user is disabled. (no job), ~2 s after the previous
the right password is valid again
job 2 attempt 1
stopping 0 max_jobs_exceeded
daemon() returned 0, job 2 ran ~4 s after the last report
keys left: []
-- AUTH never works again
report QWorker\ConnectionException: cannot authenticate to Redis at 127.0.0.1:PORT: WRONGPASS invalid username-password pair or user is disabled.
stopping 0 max_time_exceeded
max_time 1: daemon() returned 0
job 4 attempt 1
report QWorker\ConnectionException: cannot authenticate to Redis at 127.0.0.1:PORT: WRONGPASS invalid username-password pair or user is disabled.
stopping 0 queue_empty
stop_when_empty: daemon() returned 0
logged: QWorker: 1 acknowledgement command(s) could not be sent; their jobs come back after retry_after
ready 1, reserved 1 (job 4, its ZREM lost: it runs again after retry_after)
-- a restart store with a wrong password
setCache(): ok
report QWorker\ConnectionException: cannot authenticate to Redis at 127.0.0.1:PORT: WRONGPASS invalid username-password pair or user is disabled.
job 3 attempt 1
stopping 0 queue_empty
daemon() returned 0

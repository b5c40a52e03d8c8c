--TEST--
read_timeout: against a server that accepts but never answers, size() and push() throw ConnectionException ("lost the connection to Redis at 127.0.0.1:PORT") after about read_timeout instead of hanging; a blocking pop (block_for) longer than read_timeout is not cut short by it
--SKIPIF--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_skip_without_redis(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';

/* Listens but never accepts: the kernel completes the handshake, nobody ever answers. */
$silent = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(strrchr(stream_socket_get_name($silent, false), ':'), 1);

function timed(string $name, callable $f, float $min, float $max): void
{
    $t = microtime(true);
    try {
        $r = $f();
        echo "$name: returned ", var_export($r, true);
    } catch (QWorker\ConnectionException $e) {
        echo "$name: ", get_class($e), ': ', str_replace(':' . $GLOBALS['port'], ':PORT', $e->getMessage());
    }
    $took = microtime(true) - $t;
    echo $took >= $min && $took < $max ? " [in time]\n" : sprintf(" [took %.3f s, expected %.1f to %.1f]\n", $took, $min, $max);
}

$w = new QWorker(['host' => '127.0.0.1', 'port' => $port, 'read_timeout' => 0.3, 'prefix' => qw_test_prefix()]);
echo "constructed (nothing is read before the first command)\n";
/* size() is retried once on a fresh link, so up to two read timeouts. */
timed('size()', fn () => $w->size(), 0.2, 2);
timed('push()', fn () => $w->push('ConnJob@handle'), 0.2, 2);

$w = new QWorker(['host' => '127.0.0.1', 'port' => $port, 'read_timeout' => '0.3', 'prefix' => qw_test_prefix()]);
echo 'read_timeout "0.3": ', var_export($w->getSettings()['read_timeout'], true), "\n";
timed('push()', fn () => $w->push('ConnJob@handle'), 0.2, 2);
fclose($silent);

$b = qw_test_worker(['read_timeout' => 0.2, 'block_for' => 0.6]);
timed('blocking pop() on an empty queue', fn () => $b->pop(), 0.5, 2);
$b->push('ConnJob@handle', 'after the blocking pop');
echo 'then pop(): ', json_encode($b->pop()->payload()['data']), "\n";
qw_test_cleanup();
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECTF--
constructed (nothing is read before the first command)
size(): QWorker\ConnectionException: lost the connection to Redis at 127.0.0.1:PORT: %s [in time]
push(): QWorker\ConnectionException: lost the connection to Redis at 127.0.0.1:PORT: %s [in time]
read_timeout "0.3": 0.3
push(): QWorker\ConnectionException: lost the connection to Redis at 127.0.0.1:PORT: %s [in time]
blocking pop() on an empty queue: returned NULL [in time]
then pop(): "after the blocking pop"

<?php
/*
 * Drives Laravel's own Redis queue (Illuminate\Queue\RedisQueue over the
 * phpredis client) from the phpt suite, so that the tests can check that
 * QWorker and Laravel read and write each other's jobs.
 *
 * Laravel is taken from Debian's php-laravel-framework package, whose
 * per-component autoloaders live under /usr/share/php/Illuminate and load
 * their dependencies through the include path. QWORKER_TEST_LARAVEL_AUTOLOAD
 * may name another autoloader instead (a Composer vendor/autoload.php).
 *
 * Files: queue.php (this: loading Laravel, RedisQueue, Worker, Redis state
 * helpers), jobs.php (job handlers that record their calls), adapter.php
 * (bridge running Laravel object jobs under QWorker). Only the qw_laravel_test_*
 * and qw_laravel_sizes() helpers need tests/qw_test.inc; nothing needs the
 * qworker extension except adapter.php's classes when they are used.
 */

const QW_LARAVEL_DEBIAN_ROOT = '/usr/share/php';

/* Why Laravel's queue cannot be driven here, or null when it can. */
function qw_laravel_unavailable(): ?string
{
    if (!extension_loaded('redis')) {
        return 'phpredis not loaded';
    }
    if (getenv('QWORKER_TEST_LARAVEL_AUTOLOAD') === false && !is_dir(QW_LARAVEL_DEBIAN_ROOT . '/Illuminate/Queue')) {
        return 'Laravel not installed';
    }
    /* Carbon (RedisQueue::availableAt()) calls mb_* functions. */
    if (!extension_loaded('mbstring')) {
        return 'mbstring not loaded (Laravel needs it)';
    }
    return null;
}

function qw_laravel_load(): void
{
    static $loaded = false;
    if ($loaded) {
        return;
    }
    $loaded = true;
    $autoload = getenv('QWORKER_TEST_LARAVEL_AUTOLOAD');
    if ($autoload !== false && $autoload !== '') {
        require_once $autoload;
    } else {
        $paths = explode(PATH_SEPARATOR, get_include_path());
        if (!in_array(QW_LARAVEL_DEBIAN_ROOT, $paths, true)) {
            set_include_path(get_include_path() . PATH_SEPARATOR . QW_LARAVEL_DEBIAN_ROOT);
        }
        foreach (['Container', 'Support', 'Events', 'Bus', 'Redis', 'Queue'] as $component) {
            require_once QW_LARAVEL_DEBIAN_ROOT . "/Illuminate/$component/autoload.php";
        }
    }
    require_once __DIR__ . '/jobs.php';
    require_once __DIR__ . '/adapter.php';
}

/*
 * Laravel's RedisQueue as config/queue.php's 'redis' connection builds it:
 * database.redis = ['client' => 'phpredis', 'options' => ['prefix' => $prefix],
 * 'default' => [host, port, database 0]]; queue.connections.redis =
 * ['driver' => 'redis', 'connection' => 'default', 'queue' => 'default',
 * 'retry_after' => 60, 'block_for' => null].
 *
 * $queueConfig may override queue, retry_after, block_for, connection and
 * database (of the Redis connection).
 */
function qw_laravel_queue(string $host, int $port, string $prefix, array $queueConfig = []): Illuminate\Queue\RedisQueue
{
    qw_laravel_load();

    $container = qw_laravel_container();
    $redis = new Illuminate\Redis\RedisManager($container, 'phpredis', [
        'options' => ['prefix' => $prefix],
        'default' => [
            'host' => $host,
            'port' => $port,
            'password' => $queueConfig['password'] ?? null,
            'database' => $queueConfig['database'] ?? 0,
        ],
    ]);

    $queue = new Illuminate\Queue\RedisQueue(
        $redis,
        $queueConfig['queue'] ?? 'default',
        $queueConfig['connection'] ?? 'default',
        array_key_exists('retry_after', $queueConfig) ? $queueConfig['retry_after'] : 60,
        $queueConfig['block_for'] ?? null
    );
    $queue->setContainer($container);
    $queue->setConnectionName('redis');

    return $queue;
}

/* Same, with the test suite's Redis server and key prefix (tests/qw_test.inc). */
function qw_laravel_test_queue(array $queueConfig = []): Illuminate\Queue\RedisQueue
{
    return qw_laravel_queue(qw_test_host(), qw_test_port(), qw_test_prefix(), $queueConfig);
}

/* One container per process, with an event dispatcher (Job::fail() needs one). */
function qw_laravel_container(): Illuminate\Container\Container
{
    static $container = null;
    if ($container !== null) {
        return $container;
    }
    $container = new Illuminate\Container\Container();
    Illuminate\Container\Container::setInstance($container);
    $events = new Illuminate\Events\Dispatcher($container);
    $container->instance('events', $events);
    $container->instance(Illuminate\Contracts\Events\Dispatcher::class, $events);
    return $container;
}

/*
 * Laravel's Worker over one RedisQueue, under the connection name 'redis'.
 * Exceptions the worker reports land in qw_laravel_reported().
 */
function qw_laravel_worker(Illuminate\Queue\RedisQueue $queue): Illuminate\Queue\Worker
{
    $manager = new class ($queue) implements Illuminate\Contracts\Queue\Factory {
        public function __construct(private Illuminate\Queue\RedisQueue $queue)
        {
        }

        public function connection($name = null)
        {
            return $this->queue;
        }
    };

    $handler = new class implements Illuminate\Contracts\Debug\ExceptionHandler {
        public function report(Throwable $e)
        {
            $GLOBALS['qw_laravel_reported'][] = $e;
        }

        public function shouldReport(Throwable $e)
        {
            return true;
        }

        public function render($request, Throwable $e)
        {
            throw $e;
        }

        public function renderForConsole($output, Throwable $e)
        {
        }
    };

    return new Illuminate\Queue\Worker(
        $manager,
        qw_laravel_container()->make('events'),
        $handler,
        fn () => false
    );
}

/*
 * Runs Laravel's Worker::runNextJob() once ('sleep' defaults to 0). Options
 * are WorkerOptions' constructor arguments by name: backoff, memory, timeout,
 * sleep, maxTries. Returns the job it ran, or null.
 */
function qw_laravel_run_next(Illuminate\Queue\RedisQueue $queue, ?string $queueName = null, array $options = []): ?Illuminate\Contracts\Queue\Job
{
    $ran = null;
    $events = qw_laravel_container()->make('events');
    $listener = function (Illuminate\Queue\Events\JobProcessing $e) use (&$ran) {
        $ran = $e->job;
    };
    $events->listen(Illuminate\Queue\Events\JobProcessing::class, $listener);
    try {
        qw_laravel_worker($queue)->runNextJob(
            'redis',
            $queueName ?? 'default',
            new Illuminate\Queue\WorkerOptions(...($options + ['sleep' => 0]))
        );
    } finally {
        $events->forget(Illuminate\Queue\Events\JobProcessing::class);
    }
    return $ran;
}

/* @return Throwable[] the exceptions Laravel's Worker reported. */
function qw_laravel_reported(): array
{
    return $GLOBALS['qw_laravel_reported'] ?? [];
}

/*
 * The four Redis keys of a queue under the test prefix, as one line:
 * "ready=1 notify=1 delayed=0 reserved=0" (list lengths, sorted-set sizes).
 */
function qw_laravel_sizes(string $queue = 'default'): string
{
    $r = new QwTestRedis();
    return sprintf(
        'ready=%d notify=%d delayed=%d reserved=%d',
        $r->key('LLEN', "queues:$queue"),
        $r->key('LLEN', "queues:$queue:notify"),
        $r->key('ZCARD', "queues:$queue:delayed"),
        $r->key('ZCARD', "queues:$queue:reserved")
    );
}

/* Waits until the wall clock has just entered a new second. */
function qw_laravel_align_to_second(): void
{
    $now = microtime(true);
    usleep((int) ((floor($now) + 1 - $now) * 1e6) + 20000);
}

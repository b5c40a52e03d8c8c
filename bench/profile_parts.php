<?php
/*
 * bench/profile_parts.php: the per-job parts of `php artisan qworker:work`,
 * each timed alone inside one booted instance of the maintainers' app
 * (tools/laravel-app). bench/profile.php runs it with the instance's
 * environment (QW_APP_BASE, QW_APP_PREFIX, ...); it prints one line per part,
 * "part <name> <µs per call>", each the median of 3 loops of PROFILE_LOOPS
 * calls (default 20000), and the native daemon's rows from getrusage() over
 * PROFILE_DAEMON_JOBS jobs (default 20000), median of 3.
 *
 * What it times is what the bridge (laravel/src) does per job, called the
 * way the bridge calls it: the payload's JSON decode (done once, in C), the
 * command's unserialize, QWorker\Laravel\RedisJob's construction, each
 * event the hooks dispatch to the listeners a worker has (queue:work's
 * console lines included, written to /dev/null), Laravel's reset scope, the
 * resolver's container make, CallQueuedHandler::call() on a SyncJob,
 * Laravel's own Worker::process() on a SyncJob (its machinery without
 * Redis), and the native daemon with and without the hooks as empty
 * closures (the C loop, and the cost of calling PHP from it).
 */
declare(strict_types=1);

use Illuminate\Queue\CallQueuedHandler;
use Illuminate\Queue\Events;
use Illuminate\Queue\Jobs\SyncJob;
use Illuminate\Queue\WorkerOptions;
use QWorker\Laravel\RedisJob;
use QWorker\Laravel\Settings;

$base = getenv('QW_APP_BASE') ?: exit("QW_APP_BASE not set\n");
define('LARAVEL_START', microtime(true));
require $base . '/vendor/autoload.php';
const PROFILE_APP = __DIR__ . '/../tools/laravel-app';
spl_autoload_register(function ($class) {
    if (strncmp($class, 'App\\', 4) === 0) {
        $file = PROFILE_APP . '/app/' . str_replace('\\', '/', substr($class, 4)) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
$app = require PROFILE_APP . '/bootstrap/app.php';
$app->make(Illuminate\Contracts\Console\Kernel::class)->bootstrap();
/* As Symfony's Application::run() does before any command: else each console line would run `stty -a` (no tty here). */
putenv('COLUMNS=' . (new Symfony\Component\Console\Terminal())->getWidth());

$loops = (int) (getenv('PROFILE_LOOPS') ?: 20000);
$daemonJobs = (int) (getenv('PROFILE_DAEMON_JOBS') ?: 20000);

/* µs per call of $fn, the median of 3 loops of $n calls. */
function profile_time(callable $fn, int $n): float
{
    $runs = [];
    for ($r = 0; $r < 3; $r++) {
        $t = hrtime(true);
        for ($i = 0; $i < $n; $i++) {
            $fn();
        }
        $runs[] = (hrtime(true) - $t) / 1e3 / $n;
    }
    sort($runs);
    return $runs[1];
}

function profile_cpu(): float
{
    $u = getrusage();
    return $u['ru_utime.tv_sec'] + $u['ru_utime.tv_usec'] / 1e6 + $u['ru_stime.tv_sec'] + $u['ru_stime.tv_usec'] / 1e6;
}

function profile_out(string $name, float $us): void
{
    printf("part %s %.2f\n", $name, $us);
}

/* The listeners a worker has: qworker:work's console lines, written to /dev/null. */
$command = $app->make(QWorker\Laravel\Console\WorkCommand::class);
$command->setLaravel($app);
$input = new Symfony\Component\Console\Input\ArrayInput(['connection' => 'redis', '--stop-when-empty' => true, '--sleep' => '0'], $command->getDefinition());
$command->setInput($input);
$command->setOutput(new Illuminate\Console\OutputStyle($input, new Symfony\Component\Console\Output\StreamOutput(fopen('/dev/null', 'w'))));
(function () {
    $this->listenForEvents();
})->call($command);

/* One real job: App\Jobs\Nothing queued by Laravel, popped by qworker. */
$app['queue']->connection('redis')->push(new App\Jobs\Nothing());
$settings = Settings::connection($app['config'], 'redis');
$qw = new QWorker($settings);
$native = $qw->pop('default') ?? exit("no job popped\n");
$raw = $native->getRawBody();
$payload = json_decode($raw, true);

profile_out('json_decode', profile_time(fn () => json_decode($raw, true), $loops));
profile_out('unserialize', profile_time(fn () => unserialize($payload['data']['command']), $loops));
profile_out('native_payload', profile_time(fn () => $native->payload(), $loops));
profile_out('redisjob_new', profile_time(fn () => new RedisJob($native, $app), $loops));
$job = new RedisJob($native, $app);

$events = $app['events'];
$options = new WorkerOptions();
profile_out('event_Looping', profile_time(fn () => $events->until(new Events\Looping('redis', 'default', $options)), $loops));
foreach (['JobPopping' => fn () => new Events\JobPopping('redis', 'default'),
    'JobPopped' => fn () => new Events\JobPopped('redis', $job),
    'JobProcessing' => fn () => new Events\JobProcessing('redis', $job),
    'JobProcessed' => fn () => new Events\JobProcessed('redis', $job, 0.001),
    'JobAttempted' => fn () => new Events\JobAttempted('redis', $job, false)] as $name => $make) {
    if (class_exists("Illuminate\\Queue\\Events\\$name")) {
        profile_out("event_$name", profile_time(fn () => $events->dispatch($make()), $loops));
        /* The same event with no listener: the dispatcher's own share. */
        $bare = new Illuminate\Events\Dispatcher($app);
        profile_out("event_{$name}_nolistener", profile_time(fn () => $bare->dispatch($make()), $loops));
    }
}

$worker = $app->make('queue.worker');
$resetScope = (function () {
    return $this->resetScope ?? null;
})->call($worker);
if ($resetScope !== null) {
    profile_out('reset_scope', profile_time($resetScope, $loops));
}
$class = explode('@', $payload['job'])[0];
profile_out('resolver_make', profile_time(fn () => $app->make($class), $loops));

profile_out('syncjob_new', profile_time(fn () => new SyncJob($app, $raw, 'redis', 'default'), $loops));
$handler = $app->make(CallQueuedHandler::class);
profile_out('callqueuedhandler_call', profile_time(fn () => $handler->call(new SyncJob($app, $raw, 'redis', 'default'), $payload['data']), $loops));
$laravelWorker = $app->make('queue.worker');
profile_out('laravel_worker_process', profile_time(fn () => $laravelWorker->process('redis', new SyncJob($app, $raw, 'redis', 'default'), $options), $loops));
$bareEvents = new Illuminate\Events\Dispatcher($app);
$quietWorker = new Illuminate\Queue\Worker($app['queue'], $bareEvents, $app[Illuminate\Contracts\Debug\ExceptionHandler::class], fn () => false);
profile_out('laravel_worker_process_nolistener', profile_time(fn () => $quietWorker->process('redis', new SyncJob($app, $raw, 'redis', 'default'), $options), $loops));

/* The native daemon on $n jobs of App\Jobs\Nothing's payload: CPU µs per job. */
final class ProfileNoop
{
    public function call($job, $data)
    {
        $job->delete();
    }
}

function profile_daemon(QWorker $qw, string $raw, int $n, bool $hooks): float
{
    $noop = new ProfileNoop();
    $qw->setResolver(fn (string $class, $job) => $noop);
    $none = $hooks ? function () {
    } : null;
    foreach (['looping', 'popping', 'popped', 'before', 'after', 'attempted'] as $hook) {
        $qw->on($hook, $none);
    }
    $runs = [];
    for ($r = 0; $r < 3; $r++) {
        $qw->clear('default');
        for ($i = 0; $i < $n; $i++) {
            $qw->pushRaw($raw, 'default');
        }
        $cpu = profile_cpu();
        $qw->daemon('redis', 'default', ['stop_when_empty' => true, 'sleep' => 0]);
        $runs[] = (profile_cpu() - $cpu) * 1e6 / $n;
    }
    sort($runs);
    return $runs[1];
}

$native->delete();
unset($native, $job);
profile_out('daemon_resolver_nohooks', profile_daemon($qw, $raw, $daemonJobs, false));
profile_out('daemon_resolver_6hooks', profile_daemon($qw, $raw, $daemonJobs, true));

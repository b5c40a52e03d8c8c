<?php

namespace QWorker\Laravel\Console;

use Illuminate\Console\Command;

/**
 * `php artisan qworker:status`: the qworker:supervise pools alive, read from
 * the heartbeats their supervisors write every 5 s through the queue
 * connection's Redis connection (so its key prefix applies, as to the queue
 * keys): `qworker:supervisors`, a sorted set of names by the unix time of
 * their last beat, and `qworker:supervisor:<name>`, each one's JSON (15 s
 * TTL). Prints them as a table, then exits as horizon:status does: 0 when
 * running, 1 when any is paused, 2 when none beat in the last 15 s.
 */
class StatusCommand extends Command
{
    /** Seconds after its last beat that a supervisor counts as gone: the key's TTL. */
    private const ALIVE = 15;

    protected $signature = 'qworker:status
                            {connection? : The queue connection whose Redis holds the heartbeats (default: queue.default)}';

    protected $description = 'Show the qworker:supervise pools running, and exit 0 running, 1 paused, 2 inactive';

    public function handle()
    {
        $config = $this->laravel['config'];
        $connection = $this->argument('connection') ?: $config->get('queue.default');
        $redis = $this->laravel['redis']->connection($config->get("queue.connections.$connection.connection", 'default'));

        $pools = [];
        foreach ($redis->zrangebyscore('qworker:supervisors', '('.(time() - self::ALIVE), '+inf') ?: [] as $name) {
            $pool = json_decode((string) $redis->get("qworker:supervisor:$name"), true);
            if (is_array($pool)) {
                $pools[] = $pool;
            }
        }

        if ($pools === []) {
            $this->say('error', 'qworker is inactive.');

            return 2;
        }

        $this->table(['Name', 'Host', 'PID', 'Status', 'Processes', 'Queue', 'Processed', 'Failed'], array_map(fn (array $p) => [
            $p['name'] ?? '?', $p['host'] ?? '?', $p['pid'] ?? '?', $p['status'] ?? '?', $p['processes'] ?? '?',
            $p['queue'] ?? '?', $p['jobs']['processed'] ?? 0, $p['jobs']['failed'] ?? 0,
        ], $pools));

        foreach ($pools as $pool) {
            if (($pool['status'] ?? null) === 'paused') {
                $this->say('warn', 'qworker is paused.');

                return 1;
            }
        }
        $this->say('info', 'qworker is running.');

        return 0;
    }

    /** Writes $message as a component line (Laravel 9+), or a plain line on Laravel 8. */
    private function say(string $level, string $message): void
    {
        if (isset($this->components)) {
            $this->components->{$level}($message);
        } else {
            $this->line($message);
        }
    }
}

<?php

namespace QWorker\Laravel\Console;

use Illuminate\Contracts\Cache\Repository as Cache;
use Illuminate\Queue\Worker;

/**
 * `php artisan qworker:supervise`: qworker:work's signature and behaviour,
 * plus the pool options of the extension's QWorker::supervise() under
 * Horizon's names. The command boots the app, then supervise() forks the
 * workers, each a qworker:work daemon with the same hooks; the command
 * exits with supervise()'s status. Only the pool options given are passed,
 * so the extension's defaults apply and it checks the values (ValueError
 * before anything is forked). --once works one job, with no pool. Where
 * qworker:work falls back to Laravel's own worker, so does this command
 * (one process, not a pool).
 */
class SuperviseCommand extends WorkCommand
{
    protected const NAME = 'qworker:supervise';

    protected const FALLBACK_WORKER = "Laravel's own worker (a single process, not a pool)";

    /** The pool's options: option => supervise() key. */
    private const POOL = [
        'processes' => 'processes',
        'min-processes' => 'min_processes',
        'max-processes' => 'max_processes',
        'balance' => 'balance',
        'auto-scaling-strategy' => 'auto_scaling_strategy',
        'balance-max-shift' => 'balance_max_shift',
        'balance-cooldown' => 'balance_cooldown',
        'metrics' => 'metrics',
        'status' => 'status',
    ];

    protected $description = 'Start a pool of queue workers, forked and supervised by the qworker extension';

    public function __construct(Worker $worker, Cache $cache)
    {
        $this->signature .= '
            {--processes= : A fixed number of worker processes (not with --min-processes / --max-processes)}
            {--min-processes= : The fewest worker processes per group}
            {--max-processes= : The most worker processes in all}
            {--balance= : false (one group working every queue), simple (one group per queue, even split) or auto (one group per queue, sized by workload)}
            {--auto-scaling-strategy= : How auto balancing weighs queues: time (depth times runtime) or size (depth)}
            {--balance-max-shift= : The most processes a group gains or loses per cooldown}
            {--balance-cooldown= : Seconds between two scaling decisions}
            {--metrics= : Serve Prometheus metrics at GET /metrics on this loopback address (port, or 127.0.0.1:port)}
            {--status= : Write the heartbeat qworker:status reads (1, the default, or 0)}';

        parent::__construct($worker, $cache);
    }

    /**
     * The pool options given on the command line, as supervise() takes them:
     * numbers as numbers (but --metrics, an address, as given),
     * --balance=false as false, --status as a bool, and
     * json true under --json (Laravel 11.27+), so that the supervisor's own
     * lines are JSON as the workers' are.
     */
    protected function poolOptions(): ?array
    {
        $pool = [];
        foreach (self::POOL as $option => $key) {
            $value = $this->option($option);
            if ($value === null) {
                continue;
            }
            if ($key === 'status') {
                $value = filter_var($value, FILTER_VALIDATE_BOOLEAN, FILTER_NULL_ON_FAILURE) ?? $value;
            } elseif ($key === 'balance' && $value === 'false') {
                $value = false;
            } elseif (is_numeric($value) && $key !== 'metrics') {
                $value += 0;
            }
            $pool[$key] = $value;
        }
        if ($this->hasOption('json') && $this->option('json')) {
            $pool['json'] = true;
        }

        return $pool;
    }
}

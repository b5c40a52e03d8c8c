<?php

namespace App\Console\Commands;

use App\Effects;
use App\Jobs;
use Illuminate\Console\Command;
use Illuminate\Support\Facades\Bus;
use Illuminate\Support\Facades\Queue;
use InvalidArgumentException;

/** Queues the jobs of a drop-in scenario (tests/laravel/dropin/scenarios.inc), as an app would. */
class Dispatch extends Command
{
    protected $signature = 'qwtest:dispatch {scenario}';

    public function handle()
    {
        switch ($this->argument('scenario')) {
            case 'handler_reuse':
                Jobs\HandlerProbe::dispatch('a');
                Jobs\HandlerProbe::dispatch('b', 'swap');
                Jobs\HandlerProbe::dispatch('c');
                Jobs\HandlerProbe::dispatch('d', 'resolving');
                Jobs\HandlerProbe::dispatch('e');
                Jobs\HandlerProbe::dispatch('f');
                break;
            case 'late_listener':
                Jobs\ListensLater::dispatch('listen');
                Jobs\Noop::dispatch('n1');
                Jobs\Noop::dispatch('n2');
                break;
            case 'noop':
                foreach (range(1, 5) as $i) {
                    Jobs\Noop::dispatch("noop$i");
                }
                break;
            case 'retry':
                Jobs\RetryThenSucceed::dispatch('retry');
                break;
            case 'fail':
                Jobs\AlwaysFails::dispatch('fail');
                break;
            case 'release':
                Jobs\ReleasesItself::dispatch('release');
                break;
            case 'delete':
                Jobs\DeletesItself::dispatch('delete');
                break;
            case 'delayed':
                Jobs\Delayed::dispatch('delayed', 2);
                Jobs\Noop::dispatch('now');
                break;
            case 'chain':
                Bus::chain([new Jobs\ChainStep('one'), new Jobs\ChainStep('two'), new Jobs\ChainStep('three')])->dispatch();
                break;
            case 'batch':
                Bus::batch([new Jobs\BatchStep('b1'), new Jobs\BatchStep('b2'), new Jobs\BatchStep('b3')])
                    ->then(function () {
                        Effects::record('batch: then');
                    })
                    ->finally(function () {
                        Effects::record('batch: finally');
                    })
                    ->name('qwtest')
                    ->dispatch();
                break;
            case 'max_exceptions':
                Jobs\MaxExceptions::dispatch('maxexc');
                break;
            case 'retry_until':
                Jobs\RetryUntil::dispatch('until');
                break;
            case 'timeout':
                Jobs\Timeout::dispatch('timeout');
                Jobs\Noop::dispatch('after-timeout');
                break;
            case 'fail_on_timeout':
                Jobs\FailOnTimeout::dispatch('failontimeout');
                break;
            case 'unique':
                Jobs\Unique::dispatch('unique1');
                Jobs\Unique::dispatch('unique2');
                break;
            case 'priority':
                Jobs\Noop::dispatch('low1')->onQueue('low');
                Jobs\Noop::dispatch('low2')->onQueue('low');
                Jobs\Noop::dispatch('high1')->onQueue('high');
                Jobs\Noop::dispatch('high2')->onQueue('high');
                break;
            case 'restart':
                Jobs\RestartTrigger::dispatch('restart');
                Jobs\Noop::dispatch('after-restart');
                break;
            case 'crash':
                Jobs\CrashCounted::dispatch('crash');
                break;
            case 'dont_retry':
                Jobs\DontRetry::dispatch('dontretry');
                break;
            case 'interruptible':
                Jobs\Interruptible::dispatch('interruptible');
                Jobs\Noop::dispatch('after-interruptible');
                break;
            case 'memory_percent':
                Jobs\Noop::dispatch('before-hog');
                Jobs\MemoryHog::dispatch('hog');
                Jobs\Noop::dispatch('after-hog');
                break;
            case 'memory':
                Jobs\MemoryHog::dispatch('hog');
                Jobs\Noop::dispatch('after-hog');
                break;
            case 'max_jobs':
                foreach (range(1, 5) as $i) {
                    Jobs\Noop::dispatch("job$i");
                }
                break;
            case 'sigterm':
                Jobs\Slow::dispatch('slow');
                Jobs\Noop::dispatch('after-slow');
                break;
            case 'middleware':
                Jobs\WithMiddleware::dispatch('mw');
                break;
            case 'which':
                Jobs\WhichJob::dispatch('which');
                break;
            case 'memory_steady':
                Jobs\MemoryProbe::dispatch('first');
                foreach (range(1, 3000) as $i) {
                    Jobs\Nothing::dispatch();
                }
                Jobs\MemoryProbe::dispatch('last');
                break;
            case 'encrypted':
                Jobs\Encrypted::dispatch('enc');
                break;
            case 'invalid_payload':
                // Entries no Laravel push makes (a foreign producer, a hand-made RPUSH), each with its notify entry.
                Jobs\Noop::dispatch('before');
                foreach (['this is not json', '[1,2]', '42', '{"data":1,"attempts":0}', '{"job":5,"data":null,"attempts":0}'] as $raw) {
                    Queue::connection('redis')->pushRaw($raw, 'default');
                }
                Jobs\Noop::dispatch('after');
                break;
            case 'pool':
                foreach (range(1, 30) as $i) {
                    Jobs\Noop::dispatch("p$i");
                }
                Jobs\AlwaysFails::dispatch('fail');
                break;
            case 'pool_clients':
                foreach (range(1, 6) as $i) {
                    Jobs\RedisClient::dispatch("c$i");
                }
                break;
            case 'pool_slow':
                foreach (range(1, 12) as $i) {
                    Jobs\Sleeps::dispatch(300, "s$i");
                }
                break;
            default:
                throw new InvalidArgumentException('unknown scenario '.$this->argument('scenario'));
        }

        return 0;
    }
}

<?php

namespace App\Jobs;

use App\Effects;
use Illuminate\Bus\Dispatcher as BusDispatcher;
use Illuminate\Contracts\Bus\Dispatcher;
use Illuminate\Queue\CallQueuedHandler;

/**
 * Records whether the worker handed it the CallQueuedHandler the previous
 * probe had ("same") or a new one, and whether that handler's bus
 * dispatcher is the container's; then, as $then says, makes the container
 * differ: "resolving" adds a resolving callback for CallQueuedHandler,
 * "swap" puts a new bus dispatcher in, as Bus::fake() does.
 */
class HandlerProbe extends Job
{
    /** The handler the previous probe ran in, kept so that no new object can take its id */
    private static $previous;

    public $then;

    public function __construct(string $name, string $then = '')
    {
        parent::__construct($name);
        $this->then = $then;
    }

    public function handle()
    {
        $handler = $this->job->getResolvedJob();
        $dispatcher = (function () {
            return $this->dispatcher;
        })->call($handler);
        $this->record(sprintf('handler %s, its dispatcher %s',
            self::$previous === null ? 'first' : (self::$previous === $handler ? 'same' : 'new'),
            $dispatcher === app(Dispatcher::class) ? "the container's" : 'another'));
        self::$previous = $handler;

        if ($this->then === 'resolving') {
            app()->resolving(CallQueuedHandler::class, function () {
                Effects::record('resolving callback');
            });
        } elseif ($this->then === 'swap') {
            app()->instance(BusDispatcher::class, new BusDispatcher(app()));
        }
    }
}

<?php

namespace QWorker\Laravel;

use Closure;
use Illuminate\Container\Container;
use Illuminate\Contracts\Bus\Dispatcher;
use Illuminate\Contracts\Container\Container as ContainerContract;
use Illuminate\Queue\CallQueuedHandler;
use QWorker\Job as NativeJob;

/**
 * The native worker's resolver: the handler of a payload's "Class@method"
 * made by the container, as Laravel's Job::fire() makes it, and set on the
 * Laravel job as its resolved job.
 *
 * CallQueuedHandler, which every object job names, holds nothing of a job
 * once it returns, and making it through the container (reflection of its
 * constructor, two dependencies) is a large part of a no-op job's cost. So
 * the one made last is handed out again while the container would make an
 * equal one: CallQueuedHandler is not bound, aliased, extended or given
 * contextual bindings, no resolving callback would see it, and its
 * dispatcher and container are still the instances the container holds
 * (Bus::fake() swaps the dispatcher: the next job gets a new handler).
 * Any other class is made for each job.
 */
final class Resolver
{
    private Container $app;

    private EventHooks $events;

    /** The CallQueuedHandler made last, with the Handler around it */
    private ?CallQueuedHandler $handler = null;

    private ?Handler $wrapped = null;

    /** The dispatcher and container it was made with */
    private array $made = [];

    /** fn(object $dispatcher, object $container): bool, bound to the container: whether it would make one equal to the given one */
    private Closure $reusable;

    public function __construct(Container $app, EventHooks $events)
    {
        $this->app = $app;
        $this->events = $events;
        // Laravel 11+; the container's __get() would make a missing property a service.
        $attributes = property_exists(Container::class, 'afterResolvingAttributeCallbacks');
        $this->reusable = Closure::bind(function (object $dispatcher, object $container) use ($attributes): bool {
            $class = CallQueuedHandler::class;
            if (isset($this->bindings[$class]) || isset($this->instances[$class]) || isset($this->aliases[$class])
                || isset($this->contextual[$class]) || isset($this->extenders[$class])
                || $this->globalBeforeResolvingCallbacks || $this->beforeResolvingCallbacks
                || $this->globalResolvingCallbacks || $this->globalAfterResolvingCallbacks) {
                return false;
            }
            foreach ([$this->resolvingCallbacks, $this->afterResolvingCallbacks, $attributes ? $this->afterResolvingAttributeCallbacks : []] as $callbacks) {
                foreach ($callbacks as $type => $unused) {
                    if (is_a($class, $type, true)) {
                        return false;
                    }
                }
            }

            return ($this->instances[$this->getAlias(Dispatcher::class)] ?? null) === $dispatcher
                && ($this->instances[$this->getAlias(ContainerContract::class)] ?? null) === $container;
        }, $app, Container::class);
    }

    public function __invoke(string $class, NativeJob $job): Handler
    {
        if ($class === CallQueuedHandler::class && $this->handler !== null && ($this->reusable)(...$this->made)) {
            $this->events->job($job)->setResolvedJob($this->handler);

            return $this->wrapped;
        }
        $handler = $this->app->make($class);
        $this->events->job($job)->setResolvedJob($handler);
        $wrapped = new Handler($handler, $this->events);
        if ($handler instanceof CallQueuedHandler && $class === CallQueuedHandler::class) {
            $this->handler = $handler;
            $this->wrapped = $wrapped;
            $this->made = (fn () => [$this->dispatcher, $this->container])->call($handler);
        }

        return $wrapped;
    }
}

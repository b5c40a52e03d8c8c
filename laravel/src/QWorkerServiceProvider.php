<?php

namespace QWorker\Laravel;

use Illuminate\Foundation\Console\AboutCommand;
use Illuminate\Queue\Console\WorkCommand as LaravelWorkCommand;
use Illuminate\Support\ServiceProvider;
use QWorker\Laravel\Console\QueueWorkCommand;
use QWorker\Laravel\Console\StatusCommand;
use QWorker\Laravel\Console\SuperviseCommand;
use QWorker\Laravel\Console\WorkCommand;
use QWorker;

/**
 * Registers `php artisan qworker:work`, `qworker:supervise` and
 * `qworker:status` and, when qworker.replace_queue_work
 * is on, makes `php artisan queue:work` run on qworker as well; adds a
 * qworker section to `php artisan about` where that command exists.
 */
class QWorkerServiceProvider extends ServiceProvider
{
    public function register()
    {
        $this->mergeConfigFrom(__DIR__.'/../config/qworker.php', 'qworker');

        $this->app->singleton(WorkCommand::class, function ($app) {
            return new WorkCommand($app['queue.worker'], $app['cache.store']);
        });
        $this->app->singleton(SuperviseCommand::class, function ($app) {
            return new SuperviseCommand($app['queue.worker'], $app['cache.store']);
        });

        if ($this->app['config']->get('qworker.replace_queue_work')) {
            $replace = function ($command, $app) {
                return new QueueWorkCommand($app['queue.worker'], $app['cache.store']);
            };
            // Laravel 8 binds queue:work as 'command.queue.work', 9+ by its class.
            $this->app->extend('command.queue.work', $replace);
            $this->app->extend(LaravelWorkCommand::class, $replace);
        }
    }

    public function boot()
    {
        if ($this->app->runningInConsole()) {
            $this->commands([WorkCommand::class, SuperviseCommand::class, StatusCommand::class]);
            if (class_exists(AboutCommand::class)) {
                AboutCommand::add('qworker', fn () => $this->about());
            }
            $this->publishes([__DIR__.'/../config/qworker.php' => $this->app->configPath('qworker.php')], 'qworker-config');
        }
    }

    /** What `php artisan about` (Laravel 9.21+) shows in its qworker section. */
    private function about(): array
    {
        $config = $this->app['config'];
        $loaded = extension_loaded('qworker');

        return [
            'Extension' => $loaded ? QWorker::VERSION : 'NOT LOADED',
            'hiredis' => $loaded ? QWorker::HIREDIS_VERSION : '-',
            'Prefetch' => (string) Settings::prefetch($config),
            'Replaces queue:work' => $config->get('qworker.replace_queue_work') ? 'YES' : 'NO',
            'Fallback' => $config->get('qworker.fallback', true) ? 'YES' : 'NO',
        ];
    }
}

<?php

/** @generate-class-entries */

namespace {
    /**
     * A Laravel-compatible Redis queue worker. One instance owns one Redis
     * connection, configured with the keys of a Laravel
     * `database.redis.*` entry and a `queue.connections.*` redis entry,
     * plus `forward` (queue name => the queue whose keys it uses, as
     * Laravel 13's Queue::forward()).
     *
     * @strict-properties
     * @not-serializable
     */
    final class QWorker
    {
        /**
         * @var string
         * @cvalue PHP_QWORKER_VERSION
         */
        public const VERSION = UNKNOWN;

        /**
         * The version of the hiredis headers qworker was built with.
         * @var string
         * @cvalue QW_HIREDIS_VERSION
         */
        public const HIREDIS_VERSION = UNKNOWN;

        /**
         * daemon() stopped as asked: signal, restart, max_jobs, max_time, empty queue.
         * @var int
         * @cvalue QW_EXIT_SUCCESS
         */
        public const EXIT_SUCCESS = UNKNOWN;

        /**
         * The process ends with this status when a job outlives its timeout.
         * @var int
         * @cvalue QW_EXIT_ERROR
         */
        public const EXIT_ERROR = UNKNOWN;

        /**
         * daemon() stopped because PHP's memory reached the `memory` option.
         * @var int
         * @cvalue QW_EXIT_MEMORY_LIMIT
         */
        public const EXIT_MEMORY_LIMIT = UNKNOWN;

        public function __construct(array $settings = []) {}

        /** Pops one job (comma list, priority order) and processes it. */
        public function runNextJob(string $connection = "redis", ?string $queue = null, array $options = []): ?QWorker\Job {}

        /**
         * Runs the worker loop (Laravel's Worker::daemon) until a stop
         * condition; returns the exit code: EXIT_SUCCESS or EXIT_MEMORY_LIMIT.
         * With the option `pausable`, the queues $connection names in
         * Laravel's pause keys (illuminate:queue:paused:CONNECTION:QUEUE,
         * and with `pause_all` illuminate:queues:paused first) are skipped
         * while paused; `restartable` false stops reading the restart signal.
         */
        public function daemon(string $connection = "redis", ?string $queue = null, array $options = []): int {}

        /**
         * Runs a pool of daemon() workers (POSIX, CLI): this process becomes
         * their supervisor and forks `processes` workers (option, 1 to 256,
         * 1), each running daemon($connection, $queue, $options without
         * `processes`) on a Redis link of its own. A worker that exits is
         * replaced (after a wait when workers die within a second: 1, 2, 4
         * ... 30 s). SIGTERM, SIGINT, SIGQUIT, SIGUSR2 and SIGCONT are
         * forwarded to the workers; a stop signal or the restart signal
         * stops the pool: returns EXIT_SUCCESS once every worker stopped
         * (SIGKILL after `timeout` + 5 s). In a worker it never returns: the
         * worker ends as exit() with daemon()'s status.
         */
        public function supervise(string $connection = "redis", ?string $queue = null, array $options = []): int {}

        /**
         * Registers the hook for an event, or removes it (null): starting,
         * looping, idle, popping, popped, before, after, exception,
         * released_after_exception, attempted, failed, timed_out, stopping,
         * queue_paused, queue_resumed, interrupted, pausing, resuming.
         */
        public function on(string $event, ?callable $hook): void {}

        /**
         * Where the restart signal (illuminate:queue:restart) and the pause
         * keys are read from: a Laravel cache store (["driver" => "redis", ...]
         * or ["driver" => "file", "path" => DIR]), a callable
         * fn(string $key): mixed returning a key's value, or null for none. A redis store naming no server (no host, port, path
         * or scheme) uses this QWorker's server, credentials, database and
         * timeouts, each overridable by the store's own keys.
         */
        public function setCache(array|callable|null $store): void {}

        /** Writes the restart signal into a cache store as queue:restart does; returns the time written. */
        public static function restart(array $store): int {}

        /** Pops and reserves one job without running it. */
        public function pop(?string $queue = null): ?QWorker\Job {}

        /** Enqueues a Laravel-format payload for `Class@method`; returns its id. */
        public function push(string $job, mixed $data = "", ?string $queue = null, array $options = []): string {}

        /** Like push(), available after $delay seconds. */
        public function later(int $delay, string $job, mixed $data = "", ?string $queue = null, array $options = []): string {}

        public function pushRaw(string $payload, ?string $queue = null): void {}

        public function laterRaw(int $delay, string $payload, ?string $queue = null): void {}

        /** Jobs ready, delayed and reserved. */
        public function size(?string $queue = null): int {}

        /** Deletes every job of the queue; returns how many there were. */
        public function clear(?string $queue = null): int {}

        /** fn(string $class, QWorker\Job $job): object */
        public function setResolver(?callable $resolver): void {}

        /** fn(string $connection, string $queue, string $payload, Throwable $e, QWorker\Job $job): void */
        public function setFailer(?callable $failer): void {}

        /** fn(Throwable $e, ?QWorker\Job $job): void */
        public function setExceptionHandler(?callable $handler): void {}

        /**
         * fn(string $uuid, int $maxExceptions): bool, true when this exception
         * is the job's last allowed one. Without it, exceptions are counted on
         * the queue's Redis under PREFIX."job-exceptions:".$uuid.
         */
        public function setExceptionCounter(?callable $counter): void {}

        /** The effective connection and queue settings (password hidden). */
        public function getSettings(): array {}
    }
}

namespace QWorker {
    class Exception extends \RuntimeException {}

    /** Redis could not be reached, authenticated or selected. */
    class ConnectionException extends Exception {}

    /** Redis answered a command with an error. */
    class RedisException extends Exception {}

    /** A payload that cannot be run: not JSON, no `job`, unknown class or method. */
    class InvalidPayloadException extends Exception {}

    class MaxAttemptsExceededException extends Exception {}

    class ManuallyFailedException extends Exception {}

    /** The job ran longer than its timeout. */
    class TimeoutExceededException extends MaxAttemptsExceededException {}

    /**
     * A reserved job, with the API of Illuminate\Contracts\Queue\Job.
     *
     * @strict-properties
     * @not-serializable
     */
    final class Job
    {
        private function __construct() {}

        public function getJobId(): ?string {}

        public function uuid(): ?string {}

        public function payload(): array {}

        public function getRawBody(): string {}

        public function getReservedJob(): string {}

        public function attempts(): int {}

        public function maxTries(): ?int {}

        public function maxExceptions(): ?int {}

        public function timeout(): ?int {}

        public function retryUntil(): ?int {}

        public function backoff(): ?string {}

        public function shouldFailOnTimeout(): bool {}

        public function getName(): string {}

        public function resolveName(): string {}

        public function getQueue(): string {}

        public function getConnectionName(): string {}

        public function getResolvedJob(): ?object {}

        public function fire(): void {}

        public function delete(): void {}

        public function isDeleted(): bool {}

        public function release(int $delay = 0): void {}

        public function isReleased(): bool {}

        public function isDeletedOrReleased(): bool {}

        public function fail(?\Throwable $e = null): void {}

        public function hasFailed(): bool {}

        public function markAsFailed(): void {}
    }
}

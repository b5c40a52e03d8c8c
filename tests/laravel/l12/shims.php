<?php
/*
 * Laravel 12 needs two packages the Composer registry here does not serve:
 * symfony/clock (Carbon 3's clock interfaces) and symfony/polyfill-php85
 * (array_first(), array_last()). composer.json replaces them; these are the
 * few definitions of theirs that Laravel and Carbon use, with their
 * documented behaviour. fruitcake/php-cors (HTTP CORS) and league/config
 * (Markdown) are replaced too; nothing in a queue worker loads them.
 */

namespace Symfony\Component\Clock {
    if (!interface_exists(ClockInterface::class)) {
        interface ClockInterface extends \Psr\Clock\ClockInterface
        {
            public function sleep(float|int $seconds): void;

            public function withTimeZone(\DateTimeZone|string $timezone): static;
        }
    }

    if (!class_exists(NativeClock::class)) {
        final class NativeClock implements ClockInterface
        {
            private \DateTimeZone $timezone;

            public function __construct(\DateTimeZone|string|null $timezone = null)
            {
                $this->timezone = \is_string($timezone ??= date_default_timezone_get()) ? new \DateTimeZone($timezone) : $timezone;
            }

            public function now(): \DateTimeImmutable
            {
                return new \DateTimeImmutable('now', $this->timezone);
            }

            public function sleep(float|int $seconds): void
            {
                if (0 < $s = (int) $seconds) {
                    sleep($s);
                }
                if (0 < $us = $seconds - $s) {
                    usleep((int) ($us * 1E6));
                }
            }

            public function withTimeZone(\DateTimeZone|string $timezone): static
            {
                $clone = clone $this;
                $clone->timezone = \is_string($timezone) ? new \DateTimeZone($timezone) : $timezone;

                return $clone;
            }
        }
    }
}

namespace {
    if (!function_exists('array_first')) {
        function array_first(array $array): mixed
        {
            foreach ($array as $value) {
                return $value;
            }

            return null;
        }
    }

    if (!function_exists('array_last')) {
        function array_last(array $array): mixed
        {
            return $array === [] ? null : $array[array_key_last($array)];
        }
    }
}

<?php

namespace App;

/** The side effects jobs leave, one line each in storage/effects.log, compared between workers. */
final class Effects
{
    public static function record(string $line): void
    {
        file_put_contents(storage_path('effects.log'), $line."\n", FILE_APPEND | LOCK_EX);
    }
}

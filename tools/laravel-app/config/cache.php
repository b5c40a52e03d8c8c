<?php

return [
    'default' => getenv('QW_APP_CACHE') ?: 'redis',
    'stores' => [
        'array' => ['driver' => 'array', 'serialize' => false],
        'file' => ['driver' => 'file', 'path' => getenv('QW_APP_BASE').'/storage/framework/cache/data'],
        'redis' => ['driver' => 'redis', 'connection' => 'cache', 'lock_connection' => 'default'],
    ],
    'prefix' => 'laravel_cache',
];

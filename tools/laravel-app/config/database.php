<?php

return [
    'default' => 'sqlite',
    'connections' => [
        'sqlite' => [
            'driver' => 'sqlite',
            'database' => getenv('QW_APP_BASE').'/database.sqlite',
            'prefix' => '',
            'foreign_key_constraints' => true,
        ],
    ],
    'migrations' => 'migrations',
    'redis' => [
        'client' => 'phpredis',
        'options' => [
            'prefix' => getenv('QW_APP_PREFIX') ?: 'laravel_database_',
        ],
        'default' => [
            'host' => getenv('QW_APP_REDIS_HOST') ?: '127.0.0.1',
            'port' => getenv('QW_APP_REDIS_PORT') ?: '6379',
            'password' => getenv('QW_APP_REDIS_PASSWORD') ?: null,
            'database' => '0',
        ],
        'cache' => [
            'host' => getenv('QW_APP_REDIS_HOST') ?: '127.0.0.1',
            'port' => getenv('QW_APP_REDIS_PORT') ?: '6379',
            'password' => null,
            'database' => '1',
        ],
    ],
];

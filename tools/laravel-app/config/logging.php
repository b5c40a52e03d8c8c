<?php

return [
    'default' => 'single',
    'channels' => [
        'single' => ['driver' => 'single', 'path' => getenv('QW_APP_BASE').'/storage/logs/laravel.log', 'level' => 'debug'],
    ],
];

<?php

return [
    'replace_queue_work' => (bool) getenv('QWORKER_REPLACE_QUEUE_WORK'),
];

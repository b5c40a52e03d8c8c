--TEST--
Pop script: the reserved copy is the payload with attempts + 1; a payload ending in ,"attempts":N} keeps every other byte, any other JSON object goes through cjson (attempts set at the top level only), and what is not a JSON object is reserved as it is
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
?>
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();

$w = qw_test_worker();
$cases = [
    'last, Laravel order'        => '{"uuid":"u","job":"A@fire","data":{"x":"a\/b","attempts":7},"id":"i","attempts":0}',
    'last, larger number'        => '{"job":"A@fire","data":[],"attempts":41}',
    'only key'                   => '{"attempts":2}',
    'first, not last'            => '{"attempts":1,"job":"A@fire","data":[]}',
    'missing'                    => '{"job":"A@fire","data":{"attempts":5}}',
    'nested at the end'          => '{"job":"A@fire","data":{"attempts":5}}',
    'spaces'                     => "{\"job\": \"A@fire\", \"attempts\": 3 }",
    'not a number'               => '{"job":"A@fire","attempts":"x"}',
    'fraction'                   => '{"job":"A@fire","attempts":1.5}',
    'ten digits'                 => '{"job":"A@fire","attempts":1234567890}',
    'not JSON'                   => 'garbage,"attempts":3}x',
    'JSON string'                => '"text"',
];
foreach ($cases as $name => $payload) {
    $w->pushRaw($payload);
    $job = $w->pop();
    $reserved = $job->getReservedJob();
    $before = json_decode($payload, true);
    $after = json_decode($reserved, true);
    if ($reserved === $payload) {
        $how = 'as it is';
    } elseif (is_array($after) && preg_replace('/"attempts":\d+}$/', '', $reserved) === preg_replace('/"attempts":\d+}$/', '', $payload)) {
        $how = 'in place';
    } else {
        $how = 'cjson';
    }
    $same = is_array($before) && is_array($after) && array_diff_key($after, ['attempts' => 0]) == array_diff_key($before, ['attempts' => 0]);
    printf("%-20s %-9s attempts %s, rest %s\n", $name, $how,
        is_array($after) ? var_export($after['attempts'] ?? null, true) : '-', $same ? 'same' : (is_array($after) ? 'DIFFERENT' : '-'));
    $job->delete();
}
var_dump(qw_test_keys());
?>
--CLEAN--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_cleanup();
?>
--EXPECT--
last, Laravel order  in place  attempts 1, rest same
last, larger number  in place  attempts 42, rest same
only key             in place  attempts 3, rest same
first, not last      cjson     attempts 2, rest same
missing              cjson     attempts 1, rest same
nested at the end    cjson     attempts 1, rest same
spaces               cjson     attempts 4, rest same
not a number         cjson     attempts 1, rest same
fraction             cjson     attempts 2.5, rest same
ten digits           cjson     attempts 1234567891, rest same
not JSON             as it is  attempts -, rest -
JSON string          as it is  attempts -, rest -
array(0) {
}

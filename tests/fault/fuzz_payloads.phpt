--TEST--
Fuzz: over 10,000 generated payloads (wrong types in every field, missing fields, truncated, huge numbers, deep nesting, invalid UTF-8, binary, 10 MB strings, not objects, bad job names) and push() with fuzzed data and options: daemon() never crashes, every payload ends exactly once (processed or failed with a message, releases on the way), the counts add up and Redis is left empty
--SKIPIF--
<?php
require __DIR__ . '/../lib/redis.inc';
qw_test_skip_without_redis();
if (getenv('USE_ZEND_ALLOC') === '0') {
    die('skip 10,000+ jobs take too long under valgrind');
}
?>
--INI--
memory_limit=1G
--FILE--
<?php
require __DIR__ . '/../lib/redis.inc';
require __DIR__ . '/../lib/fuzz_payloads.inc';
qw_test_cleanup(); /* leftovers of an interrupted run */

function ok(string $what, bool $cond, $detail = null): void
{
    echo $cond ? 'ok' : 'FAIL', " - $what";
    if (!$cond && func_num_args() > 2) {
        echo ': ', substr(var_export($detail, true), 0, 8000);
    }
    echo "\n";
}

/* A payload in one short line for a report. */
function fz_short(string $raw): string
{
    return strlen($raw) . ' bytes ' . json_encode(substr($raw, 0, 400), JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_SLASHES);
}

$FZ = &$GLOBALS['FZ'];
mt_srand(20261121);
const QUEUES = ['fz1' => 1, 'fz32' => 32]; /* queue => the daemon's prefetch */

$w = qw_test_worker(['retry_after' => 3600]);
$r = new QwTestRedis();

/* ---- generate and push ---- */
$counts = [
    'valid' => 1200, 'valid_unicode' => 200, 'wrong_type' => 2400, 'wrong_types' => 1200, 'missing' => 700,
    'reordered' => 500, 'extra_fields' => 300, 'duplicate_keys' => 300, 'attempts' => 500, 'huge_numbers' => 500,
    'bad_job' => 800, 'truncated' => 800, 'deep' => 200, 'invalid_utf8' => 400, 'binary' => 300,
    'binary_json' => 200, 'not_object' => 200,
];
$cats = [];
foreach ($counts as $cat => $n) {
    $cats = array_merge($cats, array_fill(0, $n, $cat));
}
shuffle($cats);

$seen = [];
$dups = [];
$id = 0;
$pushRaw = function (string $raw, string $cat, ?string $queue = null) use (&$id, &$seen, &$dups, $w, &$FZ): void {
    $id++;
    $h = md5($raw);
    if (isset($seen[$h])) {
        $dups[] = [$cat, fz_short($raw)];
    }
    $seen[$h] = true;
    $queue ??= $id % 2 ? 'fz32' : 'fz1';
    $FZ['cat'][$id] = $cat;
    $FZ['act'][$id] = fz_weighted(FZ_ACTS);
    $FZ['queue'][$id] = $queue;
    if (fz_ident($raw) !== $id) {
        /* a payload without its marker: matched by its raw body (all of these fail on their first pop) */
        $FZ['raw'][$raw] = $id;
    }
    $w->pushRaw($raw, $queue);
};

foreach ($cats as $cat) {
    $pushRaw(fz_generate($cat, $id + 1), $cat);
}

/* Payloads too small to carry a marker; all in the prefetch-1 queue. */
foreach (['', ' ', "\n", 'null', 'true', 'false', '0', '-1', '1e400', '{}', '[]', '""', '"', '{', '}', '[', "\0", "\xff",
    '{"job":null}', '{"attempts":5}', '{"job":""}', '{"job":{}}', '[{}]', 'nul', '{"a":1}x'] as $raw) {
    $pushRaw($raw, 'unmarked', 'fz1');
}

/* Three 10 MB payloads: one that runs, one naming a 10 MB method, one 10 MB of binary. */
$big = str_repeat(fz_alnum(1024), 10 * 1024);
$f = fz_base($id + 1);
$f['data'] = '"' . $big . '"';
$pushRaw(fz_encode($f), '10MB');
$FZ['act'][$id] = 'ok';
$f = fz_base($id + 1);
$f['job'] = '"FuzzJob@' . $big . '"';
$pushRaw(fz_encode($f), '10MB');
$pushRaw(fz_marker($id + 1) . str_repeat(fz_bytes(65536), 160), '10MB');
unset($big, $f);

/* push() with fuzzed data and options: refused at once, or a job like any other. */
$refused = [];
for ($i = 0; $i < 500; $i++) {
    $jobName = fz_pick(fz_job_names());
    $value = fz_push_value();
    $options = fz_push_options();
    $queue = $i % 2 ? 'fz32' : 'fz1';
    try {
        $w->push($jobName, ['fz' => fz_marker($id + 1), 'v' => $value], $queue, $options);
    } catch (Throwable $e) {
        $refused[get_class($e)] = ($refused[get_class($e)] ?? 0) + 1;
        continue;
    }
    $id++;
    $FZ['cat'][$id] = 'push()';
    $FZ['act'][$id] = fz_weighted(FZ_ACTS);
    $FZ['queue'][$id] = $queue;
}
$pushed = $id;
$accepted = count(array_filter($FZ['cat'], fn ($c) => $c === 'push()'));
echo 'pushRaw(): ', $pushed - $accepted, " payloads\n";
ksort($refused);
echo "push(): $accepted accepted, ", 500 - $accepted, ' refused (',
    implode(', ', array_map(fn ($k, $v) => "$k $v", array_keys($refused), $refused)), ")\n";
ok('no two payloads are byte-identical', $dups === [], $dups);
$size = 0;
foreach (QUEUES as $q => $_) {
    $size += $w->size($q);
}
ok('size() counts every job pushed', $size === $pushed, [$size, $pushed]);

/* ---- what the worker tells ---- */
$w->setFailer(function (string $connection, string $queue, string $payload, Throwable $e, QWorker\Job $job) use (&$FZ) {
    $id = fz_ident($payload);
    $FZ['failed'][$id] = ($FZ['failed'][$id] ?? 0) + 1;
    $FZ['reasons'][fz_reason($e)] = ($FZ['reasons'][fz_reason($e)] ?? 0) + 1;
    if ($payload !== $job->getRawBody() || trim($e->getMessage()) === '' || $connection !== 'redis'
        || $queue !== ($FZ['queue'][$id] ?? null) || !$job->hasFailed() || !$job->isDeleted()) {
        $FZ['bad_failer'][] = [$id, get_class($e), substr($e->getMessage(), 0, 200), $queue, $job->hasFailed(), $job->isDeleted(), fz_short($payload)];
    }
});
$w->setExceptionHandler(function (Throwable $e, ?QWorker\Job $job) use (&$FZ) {
    $FZ['reports']++;
    if ($job === null) {
        $FZ['reports_nojob']++;
    }
});
$w->setExceptionCounter(function (string $uuid, int $max) use (&$FZ): bool {
    /* per job, not per uuid: fuzzed uuids collide ("", 1, ...) */
    $FZ['exc'][$FZ['cur']] = ($FZ['exc'][$FZ['cur']] ?? 0) + 1;
    return $FZ['exc'][$FZ['cur']] >= $max;
});
$w->on('before', function (string $c, QWorker\Job $job) use (&$FZ) {
    $id = $FZ['cur'] = fz_ident($job->getRawBody());
    $FZ['runs'][$id] = ($FZ['runs'][$id] ?? 0) + 1;
    $FZ['failed_before'][$id] = $FZ['failed'][$id] ?? 0;
    /* how the worker saw the job on its first run: what bounds its tries */
    if (!isset($FZ['first'][$id])) {
        $FZ['first'][$id] = [$job->attempts(), $job->maxTries(), $job->retryUntil(), fz_short($job->getRawBody())];
        /* a numeric attempts field n (first run: the payload as pushed) makes attempts() n + 1, at most PHP_INT_MAX */
        $p = json_decode($job->getRawBody(), true);
        $n = is_array($p) ? ($p['attempts'] ?? 0) : null;
        if ((is_int($n) || is_float($n)) && $job->attempts() < min(floor($n) + 1, PHP_INT_MAX)) {
            $FZ['miscounted'][$id] = "#$id {$FZ['cat'][$id]}: attempts " . var_export($n, true) . ', attempts() ' . $job->attempts();
        }
    }
    if ($FZ['runs'][$id] > FZ_CAP) {
        $FZ['runaway'][$id] = true;
        $job->fail(new RuntimeException('fuzz: still retried after ' . FZ_CAP . ' runs'));
    }
});
/* Each run's end, one letter per run: R released, P processed (deleted), F failed (the failer was called), L none of them. */
$w->on('attempted', function (string $c, QWorker\Job $job, bool $exception) use (&$FZ) {
    $id = fz_ident($job->getRawBody());
    $failed = ($FZ['failed'][$id] ?? 0) > ($FZ['failed_before'][$id] ?? 0);
    $end = $failed ? 'F' : ($job->isDeleted() ? 'P' : ($job->isReleased() ? 'R' : 'L'));
    $FZ['seq'][$id] = ($FZ['seq'][$id] ?? '') . $end;
    if ($end === 'P' && $job->hasFailed()) {
        $FZ['deleted_marked_failed']++; /* deleted, then threw on its last try: marked failed, no failer (as Laravel) */
    }
});
$w->on('failed', function (string $c, QWorker\Job $job, Throwable $e) use (&$FZ) {
    $id = fz_ident($job->getRawBody());
    $FZ['failed_hook'][$id] = ($FZ['failed_hook'][$id] ?? 0) + 1;
});
$w->on('released_after_exception', function (string $c, QWorker\Job $job, int $delay) use (&$FZ) {
    $id = fz_ident($job->getRawBody());
    $FZ['rel_exc'][$id] = ($FZ['rel_exc'][$id] ?? 0) + 1;
});

/* ---- run until every queue is empty; jobs released with a delay are made due at once ---- */
$statuses = [];
$left = null;
$start = time();
for ($round = 1; time() - $start < 40; $round++) {
    $before = array_sum($FZ['runs']);
    foreach (QUEUES as $q => $prefetch) {
        $status = $w->daemon('redis', $q, ['stop_when_empty' => true, 'sleep' => 0, 'tries' => 2, 'backoff' => 0,
            'timeout' => 0, 'memory' => 4096, 'prefetch' => $prefetch]);
        $statuses[$status] = true;
    }
    $left = [];
    foreach (QUEUES as $q => $_) {
        foreach ($r->key('ZRANGE', "queues:$q:delayed", '0', '-1') as $m) {
            $r->key('ZADD', "queues:$q:delayed", 'XX', '0', $m);
        }
        if ($w->size($q)) {
            /* its pop moves due jobs at once (the daemon's, once a second) */
            $w->runNextJob('redis', $q, ['sleep' => 0, 'tries' => 2, 'backoff' => 0]);
        }
        if ($n = $w->size($q)) {
            $left[$q] = $n;
        }
    }
    if ($left === []) {
        break;
    }
    if (array_sum($FZ['runs']) === $before) {
        usleep(100000); /* the daemon moves due jobs once a second */
    }
}
echo "daemon() returned ", implode(', ', array_keys($statuses)), "\n";
ok('every queue ran empty', $left === [], $left);

/* ---- the accounting ---- */
$table = [];
$total = ['pushed' => 0, 'processed' => 0, 'failed' => 0, 'releases' => 0];
$notOnce = $failerMismatch = $overTries = [];
foreach ($FZ['cat'] as $id => $cat) {
    $seq = $FZ['seq'][$id] ?? '';
    $row = ['pushed' => 1, 'processed' => substr_count($seq, 'P'), 'failed' => substr_count($seq, 'F'), 'releases' => substr_count($seq, 'R')];
    foreach ($row as $k => $v) {
        $table[$cat][$k] = ($table[$cat][$k] ?? 0) + $v;
        $total[$k] += $v;
    }
    if (!preg_match('/^R*[PF]$/', $seq)) {
        $notOnce[] = "#$id $cat {$FZ['act'][$id]}: " . ($seq === '' ? 'never ran' : $seq);
    }
    if ($row['failed'] !== ($FZ['failed'][$id] ?? 0) || $row['failed'] !== ($FZ['failed_hook'][$id] ?? 0)) {
        $failerMismatch[] = "#$id $cat: runs ending failed {$row['failed']}, failer " . ($FZ['failed'][$id] ?? 0) . ', failed hook ' . ($FZ['failed_hook'][$id] ?? 0);
    }
    /*
     * Tries bound the runs: first seen at attempt a with maxTries t (else the option's 2), a job runs at
     * most t - a + 1 times, plus one pop that fails it unrun when it released itself on its last try.
     */
    [$a, $t, $until, $short] = $FZ['first'][$id] ?? [1, null, null, ''];
    $t ??= 2;
    $runs = $FZ['runs'][$id] ?? 0;
    if (!$until && $t > 0 && $runs > max(1, $t - $a + 2)) {
        $overTries[] = "#$id $cat: first attempts() $a, maxTries() " . var_export($FZ['first'][$id][1], true) . ", ran $runs times: $short";
    }
}
ksort($table);
printf("%-15s %7s %9s %7s %8s\n", 'category', 'pushed', 'processed', 'failed', 'releases');
foreach ($table + ['total' => $total] as $cat => $t) {
    printf("%-15s %7d %9d %7d %8d\n", $cat, $t['pushed'], $t['processed'], $t['failed'], $t['releases']);
}
echo "failures by reason:\n";
ksort($FZ['reasons']);
foreach ($FZ['reasons'] as $reason => $n) {
    echo "  $reason: $n\n";
}
echo "releases: ", array_sum($FZ['rel_exc']), " after an exception, ", array_sum($FZ['rel_self']), " by the job itself\n";
echo "deleted, then marked failed by an exception on the last try (no failer): {$FZ['deleted_marked_failed']}\n";
echo 'failed by the test after ', FZ_CAP, ' runs: ', count($FZ['runaway']), "\n";
echo "job runs: ", array_sum($FZ['runs']), ", handler calls: ", array_sum($FZ['calls']),
    ", failed() calls: {$FZ['failed_cb']}, exceptions reported: {$FZ['reports']}\n";

$some = fn (array $list) => [count($list) . ' payloads', array_slice($list, 0, 8)];
ok("processed + failed == pushed ($pushed)", $total['processed'] + $total['failed'] === $pushed, $total);
ok('every payload ended exactly once, after its releases', $notOnce === [], $some($notOnce));
ok('every failure reached the failer and the failed hook once, with the raw body and a message',
    $failerMismatch === [] && $FZ['bad_failer'] === [], [$some($failerMismatch), $some($FZ['bad_failer'])]);
ok('every job was matched to its payload', $FZ['unidentified'] === 0 && !isset($FZ['runs'][-1]) && !isset($FZ['failed'][-1]),
    [$FZ['unidentified'], $FZ['runs'][-1] ?? null, $FZ['failed'][-1] ?? null]);
ok('every exception was reported with its job', $FZ['reports_nojob'] === 0, $FZ['reports_nojob']);
ok("attempts() is the payload's attempts + 1 (at most PHP_INT_MAX)", $FZ['miscounted'] === [], $some(array_values($FZ['miscounted'])));
ok('no job ran more often than its attempts and maxTries allow', $overTries === [], $some($overTries));

$keys = qw_test_keys();
ok('Redis holds nothing of the queues', $keys === [], $keys);
echo "done\n";
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
pushRaw(): 10728 payloads
push(): 250 accepted, 250 refused (QWorker\InvalidPayloadException 66, TypeError 162, ValueError 22)
ok - no two payloads are byte-identical
ok - size() counts every job pushed
daemon() returned 0
ok - every queue ran empty
category         pushed processed  failed releases
10MB                  3         1       2        0
attempts            500       169     331      186
bad_job             800        72     728      187
binary              300         0     300        0
binary_json         200         2     198        1
deep                200        50     150       29
duplicate_keys      300       191     109      116
extra_fields        300       143     157      179
huge_numbers        500       233     267      219
invalid_utf8        400         1     399        0
missing             700       253     447      149
not_object          200        18     182       10
push()              250        31     219       87
reordered           500       331     169      207
truncated           800         0     800        0
unmarked             25         0      25        0
valid              1200       934     266      568
valid_unicode       200       145      55      101
wrong_type         2400      1468     932     1052
wrong_types        1200       343     857      257
total             10978      4385    6593     3348
failures by reason:
  ArgumentCountError: 141
  Error: 19
  InvalidPayloadException: Redis could not count this attempt: its cjson cannot encode the payload (a number beyond its range?); failed rather than run with no attempt counted: 124
  InvalidPayloadException: job class "..." cannot be instantiated: 68
  InvalidPayloadException: job class "..." not found: 370
  InvalidPayloadException: job method ...() does not exist: 225
  InvalidPayloadException: the job payload has no "job" string: 1088
  InvalidPayloadException: the job payload is not a JSON object: 2274
  LogicException: fuzz: failed by the job: 460
  QWorker\MaxAttemptsExceededException: ... has been attempted too many times or run too long: 837
  RuntimeException: fuzz: always throws: 840
  RuntimeException: fuzz: constructor throws: 24
  RuntimeException: fuzz: still retried after 8 runs: 67
  RuntimeException: fuzz: throws after releasing: 17
  RuntimeException: fuzz: throws once: 27
  TypeError: 12
releases: 2433 after an exception, 932 by the job itself
deleted, then marked failed by an exception on the last try (no failer): 12
failed by the test after 8 runs: 67
job runs: 14326, handler calls: 8950, failed() calls: 2230, exceptions reported: 9211
ok - processed + failed == pushed (10978)
ok - every payload ended exactly once, after its releases
ok - every failure reached the failer and the failed hook once, with the raw body and a message
ok - every job was matched to its payload
ok - every exception was reported with its job
ok - attempts() is the payload's attempts + 1 (at most PHP_INT_MAX)
ok - no job ran more often than its attempts and maxTries allow
ok - Redis holds nothing of the queues
done

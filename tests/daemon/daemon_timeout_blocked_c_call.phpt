--TEST--
Job timeout: a job stuck in a C call that does not hand control back to PHP on a signal (a 30 s socket read) still ends the process with status 1 by the timeout plus the 2 s grace, and the job is left reserved (attempts 1), not lost
--SKIPIF--
<?php require __DIR__ . '/../lib/child.inc'; qw_test_skip_without_child(); ?>
--FILE--
<?php
require __DIR__ . '/../lib/worker_child.inc';
qw_test_cleanup();
$w = qw_test_worker();

$id = $w->push('BlockedJob');
$c = qwb_worker_child([], ['sleep' => 0.1, 'timeout' => 1, 'tries' => 3]);
[$status, $took] = qwb_exit_after($c, 'BlockedJob started', 15);
echo implode("\n", qwb_lines($c->output(), ['BlockedJob started'])), "\n";
echo 'exit status ', var_export($status, true), "\n";
qwb_ok('exited before timeout + 3 s (the job would block 30 s)', $took > 0.5 && $took < 4.0, sprintf('%.2f s', $took));
$reserved = qwb_reserved();
qwb_ok('left reserved with attempts 1', count($reserved) === 1 && $reserved[0][0]['id'] === $id && $reserved[0][0]['attempts'] === 1, $reserved);
qw_test_cleanup();
?>
--CLEAN--
<?php require __DIR__ . '/../lib/redis.inc'; qw_test_cleanup(); ?>
--EXPECT--
BlockedJob started attempt 1
exit status 1
ok - exited before timeout + 3 s (the job would block 30 s)
ok - left reserved with attempts 1

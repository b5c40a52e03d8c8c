--TEST--
Laravel bridge, qworker:status (Debian's Laravel 8.83 app, whose console has no components: the verdict as a plain line) on heartbeats written as the pool's supervisor writes them: exit 2 "inactive", 0 "running" with the table, 1 "paused"
--SKIPIF--
<?php
require __DIR__ . '/dropin.inc';
qw_dropin_skip('8');
?>
--FILE--
<?php
require __DIR__ . '/dropin.inc';
require __DIR__ . '/supervise.inc';

qw_status_scenario(new QwDropin('8', 'bridge_status'));
?>
--EXPECT--
-- none: exit 2
qworker is inactive.
-- a stale beat, and a name whose key is gone: exit 2
qworker is inactive.
-- two running: exit 0
+-----------+------+------+---------+-----------+--------------+-----------+--------+
| Name      | Host | PID  | Status  | Processes | Queue        | Processed | Failed |
+-----------+------+------+---------+-----------+--------------+-----------+--------+
| web1:4242 | web1 | 4242 | running | 3         | high,default | 120       | 2      |
| web2:77   | web2 | 77   | running | 3         | high,default | 120       | 2      |
+-----------+------+------+---------+-----------+--------------+-----------+--------+
qworker is running.
-- one paused: exit 1
+-----------+------+------+---------+-----------+--------------+-----------+--------+
| Name      | Host | PID  | Status  | Processes | Queue        | Processed | Failed |
+-----------+------+------+---------+-----------+--------------+-----------+--------+
| web1:4242 | web1 | 4242 | running | 3         | high,default | 120       | 2      |
| web2:77   | web2 | 77   | paused  | 3         | high,default | 120       | 2      |
+-----------+------+------+---------+-----------+--------------+-----------+--------+
qworker is paused.

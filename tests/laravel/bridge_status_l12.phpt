--TEST--
Laravel bridge, qworker:status (the Composer Laravel 12 app) on heartbeats written as the pool's supervisor writes them, under the queue connection's Redis prefix: exit 2 "inactive" with none (or only a stale one, or one whose key expired), 0 "running" with a table of the live ones, 1 "paused" when any is paused
--SKIPIF--
<?php
require __DIR__ . '/dropin.inc';
qw_dropin_skip('12');
?>
--FILE--
<?php
require __DIR__ . '/dropin.inc';
require __DIR__ . '/supervise.inc';

qw_status_scenario(new QwDropin('12', 'bridge_status'));
?>
--EXPECT--
-- none: exit 2
   ERROR  qworker is inactive.
-- a stale beat, and a name whose key is gone: exit 2
   ERROR  qworker is inactive.
-- two running: exit 0
+-----------+------+------+---------+-----------+--------------+-----------+--------+
| Name      | Host | PID  | Status  | Processes | Queue        | Processed | Failed |
+-----------+------+------+---------+-----------+--------------+-----------+--------+
| web1:4242 | web1 | 4242 | running | 3         | high,default | 120       | 2      |
| web2:77   | web2 | 77   | running | 3         | high,default | 120       | 2      |
+-----------+------+------+---------+-----------+--------------+-----------+--------+
   INFO  qworker is running.
-- one paused: exit 1
+-----------+------+------+---------+-----------+--------------+-----------+--------+
| Name      | Host | PID  | Status  | Processes | Queue        | Processed | Failed |
+-----------+------+------+---------+-----------+--------------+-----------+--------+
| web1:4242 | web1 | 4242 | running | 3         | high,default | 120       | 2      |
| web2:77   | web2 | 77   | paused  | 3         | high,default | 120       | 2      |
+-----------+------+------+---------+-----------+--------------+-----------+--------+
   WARN  qworker is paused.

<?php

namespace App\Console\Commands;

use Illuminate\Console\Command;
use Illuminate\Console\OutputStyle;
use QWorker\Laravel\Console\CachedOutputStyle;
use Symfony\Component\Console\Input\ArrayInput;
use Symfony\Component\Console\Output\OutputInterface;
use Symfony\Component\Console\Output\StreamOutput;
use Throwable;

/**
 * Writes the same messages through Laravel's OutputStyle and through
 * qworker's CachedOutputStyle, each on its own stream, plain and decorated,
 * with write() and writeln() at each type and verbosity, each message
 * twice (the second time from the caches), and prints every message whose
 * bytes differ, then how many were compared and how many the caches hold.
 */
class OutputParity extends Command
{
    protected $signature = 'qwtest:output-parity';

    private const MESSAGES = [
        '<comment>[2026-12-03 10:00:00][abc123] Processing:</comment> App\Jobs\Nothing',
        '<info>[2026-12-03 10:00:01][abc123] Processed: </info> App\Jobs\Nothing',
        '<error>[2026-12-03 10:00:02][abc123] Failed:    </error> App\Jobs\Nothing',
        '  <fg=gray>2026-12-03 10:00:00</> App\Jobs\Nothing <fg=gray>id</> <fg=blue>redis</> <fg=blue>default</>',
        ' <fg=yellow;options=bold>RUNNING</>', ' <fg=gray>1.23ms</>', ' <fg=green;options=bold>DONE</>',
        'plain text', '', 'a \<info> escaped', 'a < b > c', '<unknown>x</unknown>', '<info>unclosed', '</info>stray',
        'x</>', 'back\slash\\', 'tail \\', '<info>\\</info>', '\\\\<info>x</info>', '<<info>x</info>', 'ends with gt>',
        '<href=https://example.com>link</>', '<info>nested <comment>inner</comment> out</info>',
        'multi<info>ple</info> <fg=red>tags</> <bg=blue;fg=white>here</> and <options=bold,underscore>more</>',
        "new\nline <info>x</info>", "nul\0<info>x</info>", "sub\x1A0\x1A<info>x</info>", '<fg=gray>..........</>',
    ];

    public function handle()
    {
        $messages = array_merge(self::MESSAGES, [' '.str_repeat('<fg=gray>.</>', 40), ' '.str_repeat('<fg=gray>.</>', 3)]);
        $compared = $differ = $cached = 0;
        foreach ([false, true] as $decorated) {
            foreach (['write', 'writeln'] as $method) {
                foreach ([0, OutputInterface::OUTPUT_NORMAL, OutputInterface::OUTPUT_RAW, OutputInterface::OUTPUT_PLAIN,
                    OutputInterface::VERBOSITY_VERBOSE, OutputInterface::VERBOSITY_QUIET | OutputInterface::OUTPUT_NORMAL] as $options) {
                    $streams = [fopen('php://memory', 'w+'), fopen('php://memory', 'w+')];
                    $input = new ArrayInput([]);
                    $laravel = new OutputStyle($input, new StreamOutput($streams[0], OutputInterface::VERBOSITY_NORMAL, $decorated));
                    $qworker = CachedOutputStyle::around(new OutputStyle($input, new StreamOutput($streams[1], OutputInterface::VERBOSITY_NORMAL, $decorated)), $input);
                    foreach (array_merge($messages, $messages) as $message) {
                        foreach ([$laravel, $qworker] as $style) {
                            try {
                                $method === 'write' ? $style->write($message, false, $options) : $style->writeln($message, $options ?: OutputInterface::OUTPUT_NORMAL);
                            } catch (Throwable $e) {
                                $style->write(get_class($e).': '.$e->getMessage(), false, OutputInterface::OUTPUT_RAW);
                            }
                        }
                        $compared++;
                        [$a, $b] = array_map(fn ($s) => stream_get_contents($s, -1, 0), $streams);
                        if ($a !== $b) {
                            $differ++;
                            $this->output->writeln(sprintf('differ: %s %s options %d %s: %s against %s', $decorated ? 'decorated' : 'plain', $method, $options,
                                json_encode($message), json_encode($a), json_encode($b)), OutputInterface::OUTPUT_RAW);
                            break;
                        }
                    }
                    $cached += count((fn () => $this->skeletons + $this->whole)->call($qworker));
                }
            }
        }
        $this->line(sprintf('%s: %d messages compared, %d differ, %s', get_class($qworker), $compared, $differ, $cached > 0 ? 'formats cached' : 'nothing cached'));

        return $differ ? 1 : 0;
    }
}

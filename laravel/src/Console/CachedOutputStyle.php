<?php

namespace QWorker\Laravel\Console;

use Illuminate\Console\OutputStyle;
use InvalidArgumentException;
use Symfony\Component\Console\Formatter\OutputFormatter;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;

/**
 * Laravel's console output style, writing the same bytes for less work: a
 * worker writes the same few lines over and over, differing only in the
 * text between their tags (a date, a job id, a name). Each message's tags
 * are formatted once, with numbered stand-ins for that text, and the text
 * put back into the result; a message with many tags (Laravel 11+'s
 * dotted lines) is kept whole. The result is written as OUTPUT_RAW, which
 * also spares SymfonyStyle's second formatting for its line buffer.
 *
 * It formats with the output's own formatter, so styles, decoration and
 * hyperlinks come out as Symfony makes them. Messages it cannot be sure of
 * go through Laravel's style untouched: other than one string at normal
 * type and verbosity, with a newline, an escaped tag, a '<', '>', NUL or
 * \x1A in the text, a formatter other than Symfony's own, or a style left
 * open by an earlier message.
 */
final class CachedOutputStyle extends OutputStyle
{
    /** Symfony's OutputFormatter tag pattern, as one group */
    private const TAG = '#(<(?:[a-z](?:[^\\\\<>]*+ | \\\\.)* | /(?:[a-z][^<>]*+)?)>)#ix';

    /** A message with more tags than this is cached whole */
    private const WHOLE_OVER = 8;

    /** How many entries each cache holds before it starts again */
    private const CACHE_SIZE = 256;

    private OutputFormatter $formatter;

    /** The style the formatter's stack returns while no tag is open (another one later: nothing is cached) */
    private object $noStyle;

    /** @var array<string, string> formatted skeletons, by decoration flag and skeleton */
    private array $skeletons = [];

    /** @var array<string, string> formatted messages kept whole, by decoration flag and message */
    private array $whole = [];

    /** Returns $style itself when it cannot be sped up, else a CachedOutputStyle on the same output. */
    public static function around(OutputStyle $style, InputInterface $input): OutputStyle
    {
        $output = $style->getOutput();
        if (get_class($style) !== OutputStyle::class || get_class($output->getFormatter()) !== OutputFormatter::class) {
            return $style;
        }

        return new self($input, $output);
    }

    public function __construct(InputInterface $input, OutputInterface $output)
    {
        parent::__construct($input, $output);
        $this->formatter = $output->getFormatter();
        $this->noStyle = $this->formatter->getStyleStack()->getEmptyStyle();
    }

    public function write($messages, bool $newline = false, int $options = 0): void
    {
        if (($options === 0 || $options === self::OUTPUT_NORMAL) && is_string($messages)
            && ($formatted = $this->cachedFormat($messages)) !== null) {
            parent::write($formatted, $newline, self::OUTPUT_RAW);

            return;
        }
        parent::write($messages, $newline, $options);
    }

    public function writeln($messages, int $type = self::OUTPUT_NORMAL): void
    {
        if ($type === self::OUTPUT_NORMAL && is_string($messages) && ($formatted = $this->cachedFormat($messages)) !== null) {
            parent::writeln($formatted, self::OUTPUT_RAW);

            return;
        }
        parent::writeln($messages, $type);
    }

    /** $message as the formatter makes it, or null when this class leaves it to the formatter. */
    private function cachedFormat(string $message): ?string
    {
        if ($this->getOutput()->getFormatter() !== $this->formatter || strpbrk($message, "\n\0\x1A") !== false
            || $this->formatter->getStyleStack()->getCurrent() !== $this->noStyle) {
            return null;
        }
        $decorated = $this->formatter->isDecorated() ? '1' : '0';
        if (isset($this->whole[$decorated.$message])) {
            return $this->whole[$decorated.$message];
        }
        // Texts and tags alternate; no '<' or '>' in the texts, no text ending in '\' before a tag (escaping it).
        $parts = preg_split(self::TAG, $message, -1, PREG_SPLIT_DELIM_CAPTURE);
        $tags = intdiv(count($parts), 2);
        if (substr_count($message, '<') !== $tags || substr_count($message, '>') !== $tags || str_contains($message, '\\<')) {
            return null;
        }
        if ($tags > self::WHOLE_OVER) {
            return $this->remember($this->whole, $decorated.$message, $this->formatSkeleton($message));
        }
        $texts = [];
        foreach ($parts as $i => $part) {
            if ($i % 2 === 0 && $part !== '') {
                $texts[$parts[$i] = "\x1A{$i}\x1A"] = $part;
            }
        }
        $skeleton = $decorated.implode('', $parts);
        $formatted = $this->skeletons[$skeleton] ?? $this->remember($this->skeletons, $skeleton, $this->formatSkeleton(substr($skeleton, 1)));

        return $formatted === null ? null : strtr($formatted, $texts);
    }

    /**
     * The formatter's output for $message; null when it threw or left a
     * style open, the formatter's styles then emptied again, as they were.
     */
    private function formatSkeleton(string $message): ?string
    {
        $stack = $this->formatter->getStyleStack();
        try {
            $formatted = $this->formatter->format($message);
        } catch (InvalidArgumentException $e) {
            $formatted = null;
        }
        if ($formatted === null || $stack->getCurrent() !== $this->noStyle) {
            $stack->reset();

            return null;
        }

        return $formatted;
    }

    private function remember(array &$cache, string $key, ?string $formatted): ?string
    {
        if ($formatted === null) {
            return null;
        }
        if (count($cache) >= self::CACHE_SIZE) {
            $cache = [];
        }

        return $cache[$key] = $formatted;
    }
}

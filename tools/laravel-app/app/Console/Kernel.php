<?php

namespace App\Console;

use Illuminate\Foundation\Console\Kernel as ConsoleKernel;

class Kernel extends ConsoleKernel
{
    protected $commands = [
        Commands\Setup::class,
        Commands\Dispatch::class,
        Commands\DispatchMany::class,
        Commands\Machinery::class,
        Commands\OutputParity::class,
    ];
}

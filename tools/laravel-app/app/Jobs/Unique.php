<?php

namespace App\Jobs;

use Illuminate\Contracts\Queue\ShouldBeUnique;

class Unique extends Job implements ShouldBeUnique
{
    public function uniqueId()
    {
        return 'the-one';
    }

    public function handle()
    {
        $this->record('ran');
    }
}

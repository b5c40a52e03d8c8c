<?php

namespace App\Jobs;

use Illuminate\Contracts\Queue\ShouldBeEncrypted;

class Encrypted extends Job implements ShouldBeEncrypted
{
    public $secret = 'the secret';

    public function handle()
    {
        $this->record('ran with '.$this->secret);
    }
}

#!/usr/bin/env node
/** The `claimtrail` command: one file per command in ./commands, registered here. */
import { Command } from 'commander';
import { COMMANDS } from './commands/index.js';

const program = new Command('claimtrail')
  .description('Turn news articles into a sourced, dated ledger of who claimed what, when.')
  .version('0.1.0');
for (const register of COMMANDS) register(program);
await program.parseAsync(process.argv);

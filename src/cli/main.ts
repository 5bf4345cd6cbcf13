#!/usr/bin/env node
/** The `claimtrail` command: one file per command in ./commands, registered here. */
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { errorMessage } from '../documents.js';
import { UsageError } from './support.js';

const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

// Set before the commands are added, so that every subcommand inherits it.
const program = new Command('claimtrail')
  .description('Turn news articles into a sourced, dated ledger of who claimed what, when.')
  .version('0.1.0')
  .exitOverride()
  .showHelpAfterError('(add --help for usage)');
for (const register of COMMANDS) register(program);

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitStatus(error);
}

/** Reports `error` in one line (commander has already printed its own) and picks the exit status. */
function exitStatus(error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version requests arrive here too, with exit code 0.
    return error.exitCode === 0 ? 0 : EXIT_USAGE;
  }
  process.stderr.write(`claimtrail: ${errorMessage(error)}\n`);
  if (process.env.CLAIMTRAIL_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return error instanceof UsageError ? EXIT_USAGE : EXIT_FAILURE;
}

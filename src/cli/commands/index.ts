import type { Command } from 'commander';
import { registerClaims } from './claims.js';
import { registerDemo } from './demo.js';
import { registerDocs } from './docs.js';
import { registerExplain } from './explain.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerShow } from './show.js';
import { registerTimeline } from './timeline.js';
import { registerShifts } from './shifts.js';
import { registerExport } from './export.js';
import { registerActors } from './actors.js';
import { registerServe } from './serve.js';

/** Each command module exports a function that adds its command to the program. */
export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [
  registerIngest,
  registerDocs,
  registerShow,
  registerClaims,
  registerExplain,
  registerExtract,
  registerDemo,
  registerTimeline,
  registerShifts,
  registerExport,
  registerActors,
  registerServe,
];

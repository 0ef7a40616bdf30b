/** PLACEHOLDER (issue 12 contract): filled by its owner; see /work/wt/CONTRACT.md. */
import type { CliCommand } from '../main.ts';

export const behaviourCommands: CliCommand[] = [];

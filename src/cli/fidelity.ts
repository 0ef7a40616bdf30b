/**
 * `jobspor fidelity ...`: fidelity instruments, survey rounds, answer import,
 * reports and behavioural fidelity from the command line (docs/fidelity.md).
 * Each group of subcommands lives in cli/fidelity/.
 */
import type { CliCommand } from './main.ts';
import { instrumentCommands } from './fidelity/instruments.ts';
import { roundCommands } from './fidelity/rounds.ts';
import { reportCommands } from './fidelity/report.ts';
import { behaviourCommands } from './fidelity/behaviour.ts';

export const fidelityCommand: CliCommand = {
  name: 'fidelity',
  summary: 'Fidelity: instruments, survey rounds, answer import, reports and behavioural fidelity',
  subcommands: [...instrumentCommands, ...roundCommands, ...reportCommands, ...behaviourCommands],
};

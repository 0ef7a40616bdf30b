/** PLACEHOLDER (issue 12 contract): the built-in instruments, one per seed model; filled by its owner. */
import type { Instrument } from '../instrument.ts';

export const builtinInstruments: readonly Instrument[] = [];

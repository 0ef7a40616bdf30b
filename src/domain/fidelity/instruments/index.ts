/**
 * The built-in fidelity instruments, one staff survey per seed model, each
 * validated here so a broken definition fails at import (and in
 * instruments.test.ts with its issues listed).
 */
import { validateInstrument, type Instrument, type InstrumentInput } from '../instrument.ts';
import { bedreRessourceforloebSurvey } from './bedre-ressourceforloeb.ts';
import { flereSkalMedSurvey } from './flere-skal-med.ts';
import { socialStoetteSurvey } from './social-stoette.ts';
import { stvSurvey } from './stv.ts';
import { trinModelSurvey } from './trin-model.ts';

/** The definitions as written, before validation (for tests and `fidelity check`). */
export const builtinInstrumentInputs: readonly InstrumentInput[] = [flereSkalMedSurvey, stvSurvey, socialStoetteSurvey, bedreRessourceforloebSurvey, trinModelSurvey];

function validated(input: InstrumentInput): Instrument {
  const result = validateInstrument(input);
  if (!result.ok) throw new Error(`built-in instrument ${input.id} is invalid: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return result.instrument;
}

export const builtinInstruments: readonly Instrument[] = builtinInstrumentInputs.map(validated);

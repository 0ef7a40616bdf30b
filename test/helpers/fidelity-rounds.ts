/**
 * A small synthetic fidelity instrument for the round, answer and import
 * tests (not shipped): two sections, a Likert scale with "don't know", a
 * scale without it, one item only leaders answer; mentors do not answer it.
 */
import type { InstrumentInput } from '../../src/domain/fidelity/instrument.ts';

const likertPoints = [1, 2, 3, 4, 5].map((value) => ({ value, label: { da: `Svar ${value}`, en: `Answer ${value}` } }));

export const testInstrument: InstrumentInput = {
  id: 'test-fidelity',
  version: '1.0.0',
  name: { da: 'Testredskab', en: 'Test instrument' },
  description: 'Synthetic instrument for tests.',
  source: { citation: 'Jobspor test fixture' },
  modelId: 'flere-skal-med',
  respondentRoles: ['leder', 'jobformidler', 'virksomhedskonsulent'],
  scales: [
    { id: 'agree5', kind: 'likert', points: likertPoints, agreement: [4, 5], allowDontKnow: true },
    { id: 'strict5', kind: 'likert', points: likertPoints, agreement: [4, 5], allowDontKnow: false },
  ],
  sections: [
    {
      id: 'KE1',
      title: { da: 'Kerneelement 1', en: 'Core element 1' },
      coreElement: 'KE1',
      source: { citation: 'test' },
      items: [
        { id: 'ke1.a', statement: 'Vi gør A.', scale: 'agree5' },
        { id: 'ke1.b', statement: 'Ledelsen gør B.', scale: 'agree5', roles: ['leder'] },
      ],
    },
    {
      id: 'KE2',
      title: { da: 'Kerneelement 2', en: 'Core element 2' },
      source: { citation: 'test' },
      items: [{ id: 'ke2.a', statement: 'Vi gør C.', statementEn: 'We do C.', scale: 'strict5', reverse: true }],
    },
  ],
  scoring: { method: 'share_agreeing' },
};

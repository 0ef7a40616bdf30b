/**
 * Answer scales shared by the built-in instruments. Each mirrors the model
 * definition's fidelityScale (points and the values that count as
 * agreement), with anchor texts in Danish and English.
 */
import type { InstrumentInput } from '../instrument.ts';

type ScaleInput = InstrumentInput['scales'][number];

/** Five points from "helt uenig" to "helt enig"; "enig" and "helt enig" count as agreement (003 §3.1). */
export const agreement5: ScaleInput = {
  id: 'enighed-5',
  kind: 'likert',
  points: [
    { value: 1, label: { da: 'Helt uenig', en: 'Strongly disagree' } },
    { value: 2, label: { da: 'Uenig', en: 'Disagree' } },
    { value: 3, label: { da: 'Hverken enig eller uenig', en: 'Neither agree nor disagree' } },
    { value: 4, label: { da: 'Enig', en: 'Agree' } },
    { value: 5, label: { da: 'Helt enig', en: 'Strongly agree' } },
  ],
  agreement: [4, 5],
  allowDontKnow: true,
};

/** Five points of degree ("i hvilken grad"), as 000's fidelity figures; 4 and 5 count as high fidelity. */
export const degree5: ScaleInput = {
  id: 'grad-5',
  kind: 'likert',
  points: [
    { value: 1, label: { da: 'I meget lav grad', en: 'To a very small extent' } },
    { value: 2, label: { da: 'I lav grad', en: 'To a small extent' } },
    { value: 3, label: { da: 'I nogen grad', en: 'To some extent' } },
    { value: 4, label: { da: 'I høj grad', en: 'To a large extent' } },
    { value: 5, label: { da: 'I meget høj grad', en: 'To a very large extent' } },
  ],
  agreement: [4, 5],
  allowDontKnow: true,
};

/** Four points of degree, as 002's fidelity measurement; 3 and 4 count as high fidelity. */
export const degree4: ScaleInput = {
  id: 'grad-4',
  kind: 'likert',
  points: [
    { value: 1, label: { da: 'I lav grad', en: 'To a small extent' } },
    { value: 2, label: { da: 'I mindre grad', en: 'To a limited extent' } },
    { value: 3, label: { da: 'I nogen grad', en: 'To some extent' } },
    { value: 4, label: { da: 'I høj grad', en: 'To a large extent' } },
  ],
  agreement: [3, 4],
  allowDontKnow: true,
};

/** Share of the respondent's own citizens, in three bands; the top band counts as high fidelity. */
export const shareBands: ScaleInput = {
  id: 'andel-3',
  kind: 'bands',
  points: [
    { value: 1, label: { da: 'Under 40 %', en: 'Under 40 %' } },
    { value: 2, label: { da: '40-60 %', en: '40-60 %' } },
    { value: 3, label: { da: 'Over 60 %', en: 'Over 60 %' } },
  ],
  agreement: [3],
  allowDontKnow: true,
};

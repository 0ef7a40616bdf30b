/**
 * A synthetic person as lines of the four register extracts, in exactly the
 * import's CSV formats (docs/registers.md): persons, benefit_weeks (long
 * layout, Jobspor's own state names as codes, no row for a self-supporting
 * week), hours_monthly and visitations. Pure string building; the writer
 * (seed/synth-register.ts) streams the text to files.
 */
import { benefitStates } from './states.ts';
import type { SynthCalendar } from './synth-calendar.ts';
import type { SynthPerson } from './synth.ts';

export type SynthFile = 'persons' | 'benefit_weeks' | 'hours_monthly' | 'visitations';

export const synthFiles: readonly SynthFile[] = ['persons', 'benefit_weeks', 'hours_monthly', 'visitations'];

/** Header line (with newline) of each file. */
export const synthHeaders: Readonly<Record<SynthFile, string>> = {
  persons: 'person,birth_year,sex,municipality,origin,education\n',
  benefit_weeks: 'person,week,code\n',
  hours_monthly: 'person,month,employer_cvr,db07,paid_hours,subsidised\n',
  visitations: 'person,model,group,start_date,end_date\n',
};

/** Per state code, the code column's text (code 0 never gets a row). */
const codeText = ['', ...benefitStates];

/** Formats persons against one calendar; precomputes the week and month columns once. */
export class SynthCsvFormatter {
  readonly #weekSuffix: string[];
  readonly #months: string[];

  constructor(calendar: SynthCalendar) {
    this.#weekSuffix = calendar.weeks.map((w) => `,${w.label},`);
    this.#months = calendar.months;
  }

  persons(p: SynthPerson): string {
    return `${p.cpr},${p.birthYear},${p.sex},${p.municipality},${p.origin},${p.education}\n`;
  }

  benefitWeeks(p: SynthPerson): string {
    let out = '';
    const { codes, cpr } = p;
    for (let w = 0; w < codes.length; w++) {
      const code = codes[w]!;
      if (code !== 0) out += cpr + this.#weekSuffix[w]! + codeText[code]! + '\n';
    }
    return out;
  }

  hoursMonthly(p: SynthPerson): string {
    let out = '';
    for (const h of p.hours) {
      out += `${p.cpr},${this.#months[h.month]!},${h.employerCvr},${h.db07},${h.paidHours},${h.subsidised ? 'true' : 'false'}\n`;
    }
    return out;
  }

  visitations(p: SynthPerson): string {
    let out = '';
    for (const v of p.visitations) out += `${p.cpr},${v.model},${v.group},${v.start},${v.end ?? ''}\n`;
    return out;
  }

  /** The person's lines for one file. */
  lines(file: SynthFile, p: SynthPerson): string {
    switch (file) {
      case 'persons':
        return this.persons(p);
      case 'benefit_weeks':
        return this.benefitWeeks(p);
      case 'hours_monthly':
        return this.hoursMonthly(p);
      case 'visitations':
        return this.visitations(p);
    }
  }
}

/**
 * Wording of evaluation figures: an effect in its outcome's unit (0/1
 * outcomes as percentage points), hazard ratios, p-values, covariate and
 * outcome names, stage names, and a failed run's code and field as Danish
 * text. Pure functions of a translate function and a locale, so the page,
 * the charts and the tests word them the same way.
 */
import { hasKey, type Translate } from '../../i18n/index.tsx';
import type { AnalysisOutcome, AnalysisResult, AnalysisStage, BalanceRow, BenefitState, EvaluationMethod, OutcomeWindow, WarningCode } from '../../api/evaluation.ts';

/** How an outcome's differences are shown: the factor from the stored value and the unit's text key. */
export interface OutcomeScale {
  factor: number;
  unit: 'pp' | 'hours' | 'weeks' | null;
  decimals: number;
}

/** 0/1 outcomes become percentage points; the employment degree is a percentage already. */
export function outcomeScale(outcome: AnalysisOutcome): OutcomeScale {
  switch (outcome) {
    case 'any_hours':
    case 'any_company_oriented':
    case 'exit_fleksjob_fp':
      return { factor: 100, unit: 'pp', decimals: 1 };
    case 'employment_degree':
      return { factor: 1, unit: 'pp', decimals: 1 };
    case 'hours':
      return { factor: 1, unit: 'hours', decimals: 1 };
    case 'self_sufficient_weeks':
      return { factor: 1, unit: 'weeks', decimals: 1 };
    default:
      return { factor: 1, unit: null, decimals: 2 };
  }
}

export function formatFixed(locale: string, value: number, decimals: number, signed = false): string {
  const text = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, ...(signed ? { signDisplay: 'exceptZero' as const } : {}) }).format(value);
  return text.replace('-', '−');
}

/** The unit's word after a number ('procentpoint', 'timer'), or '' for a hazard ratio. */
export function unitText(t: Translate, scale: OutcomeScale): string {
  return scale.unit ? t(`eval.unit.${scale.unit}`) : '';
}

/** A difference in the outcome's unit: '+4,2 procentpoint'; a hazard ratio: '1,23'. */
export function formatEffect(t: Translate, locale: string, result: Pick<AnalysisResult, 'estimand' | 'outcome'>, value: number, withUnit = true): string {
  if (result.estimand === 'hazard_ratio') return formatFixed(locale, value, 2);
  const scale = outcomeScale(result.outcome);
  const number = formatFixed(locale, value * scale.factor, scale.decimals, true);
  const unit = unitText(t, scale);
  return withUnit && unit ? `${number} ${unit}` : number;
}

/** A level (mean) in the outcome's unit: '42,0 %' for a 0/1 outcome, '310,5 timer'. */
export function formatLevel(t: Translate, locale: string, outcome: AnalysisOutcome, value: number): string {
  const scale = outcomeScale(outcome);
  const number = formatFixed(locale, value * scale.factor, scale.decimals);
  if (scale.unit === 'pp') return `${number} %`;
  return scale.unit ? `${number} ${t(`eval.unit.${scale.unit}`)}` : number;
}

/** 'p < 0,001' below a thousandth, else three decimals. */
export function formatP(locale: string, p: number): string {
  if (p < 0.001) return `< ${formatFixed(locale, 0.001, 3)}`;
  return formatFixed(locale, p, 3);
}

export function formatCount(locale: string, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

export const methodLabel = (t: Translate, method: EvaluationMethod) => t(`eval.method.${method}`);
export const outcomeLabel = (t: Translate, outcome: AnalysisOutcome) => t(`eval.outcome.${outcome}`);
export const windowLabel = (t: Translate, window: OutcomeWindow) => t(`eval.window.${window}`);
export const stageLabel = (t: Translate, stage: AnalysisStage) => t(`eval.stage.${stage}`);
export const warningText = (t: Translate, code: WarningCode) => t(`eval.warning.${code}`);

export function stateLabel(t: Translate, state: BenefitState | string): string {
  const key = `eval.state.${state}`;
  return hasKey(key) ? t(key) : state;
}

/** The outcome with its window ('Andel med ordinære løntimer, 1.–6. måned efter start'). */
export function outcomeWithWindow(t: Translate, outcome: AnalysisOutcome, window: OutcomeWindow | null): string {
  return window ? t('eval.result.of', { outcome: outcomeLabel(t, outcome), window: windowLabel(t, window) }) : outcomeLabel(t, outcome);
}

const categorical = ['sex', 'origin', 'education', 'municipality', 'cluster'] as const;

/**
 * A covariate's name as a reader knows it: 'Uger på Kontanthjælp, seneste
 * år' for weeks_kontanthjaelp_52, 'Køn: male' for a factor level's dummy
 * (balance rows name each level), the raw name when it is not one of
 * cohort.ts's covariates.
 */
export function covariateLabel(t: Translate, name: string): string {
  const key = `eval.cov.${name}`;
  if (hasKey(key)) return t(key);
  const weeks = /^weeks_(.+)_(52|104|260)$/.exec(name);
  if (weeks) {
    const yearsKey = `eval.cov.years.${weeks[2]}`;
    return t('eval.cov.weeks', { state: stateLabel(t, weeks[1]!).toLowerCase(), years: hasKey(yearsKey) ? t(yearsKey) : `${weeks[2]}` });
  }
  for (const factor of categorical) {
    if (name.startsWith(factor) && name.length > factor.length) {
      const level = name.slice(factor.length).replace(/^[_:=.]/, '');
      return t('eval.cov.level', { name: t(`eval.cov.${factor}`), level });
    }
  }
  return name;
}

/** A warning's figures as 'variabel = Uddannelse: 7, standardiseret forskel = 0,174' (known keys named, p-values as p). */
export function warningValuesText(t: Translate, locale: string, values: Record<string, number | string>): string {
  return Object.entries(values)
    .map(([key, value]) => {
      const nameKey = `eval.warning.key.${key}`;
      const name = hasKey(nameKey) ? t(nameKey) : key;
      if (typeof value === 'string') return `${name} = ${key === 'name' ? covariateLabel(t, value) : value}`;
      if (key === 'p') return `p = ${formatP(locale, value)}`;
      return `${name} = ${formatFixed(locale, value, Number.isInteger(value) ? 0 : 3)}`;
    })
    .join(', ');
}

/** Known run failure codes have a Danish sentence; others are named by code. */
export function runErrorText(t: Translate, error: { code: string; message: string }): string {
  const key = `eval.error.${error.code}`;
  return hasKey(key) ? t(key) : t('eval.error.other', { code: error.code });
}

/** Rows of the love plot: covariates with an SMD before or after, worst imbalance before at the top. */
export function lovePlotRows(before: readonly BalanceRow[], after: readonly BalanceRow[]): { name: string; before: number | null; after: number | null }[] {
  const afterBy = new Map(after.map((r) => [r.name, r]));
  return before
    .filter((r) => r.name !== 'distance')
    .map((r) => ({ name: r.name, before: r.stdMeanDiff === null ? null : Math.abs(r.stdMeanDiff), after: afterBy.get(r.name)?.stdMeanDiff ?? null }))
    .map((r) => ({ ...r, after: r.after === null ? null : Math.abs(r.after) }))
    .filter((r) => r.before !== null || r.after !== null)
    .sort((a, b) => (a.before ?? 0) - (b.before ?? 0));
}


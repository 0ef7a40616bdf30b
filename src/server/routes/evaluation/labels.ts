/**
 * Danish names of the evaluation's codes for the server-side report (the web
 * app has its own i18n module). Unknown codes fall back to the code itself.
 */
export const methodNames: Record<string, string> = {
  nearest: 'Propensity score-matching (nærmeste nabo)',
  cem: 'Coarsened exact matching (CEM)',
  ipw: 'Inverse probability weighting (IPW)',
  did: 'Difference-in-differences med event study',
  cox: 'Cox-model på matchet stikprøve',
};

export const outcomeNames: Record<string, string> = {
  any_hours: 'Andel med lønnede timer',
  hours: 'Lønnede timer',
  self_sufficient_weeks: 'Uger som selvforsørgende',
  employment_degree: 'Beskæftigelsesgrad',
  any_company_oriented: 'Andel i virksomhedsrettet tilbud',
  exit_fleksjob_fp: 'Afgang til fleksjob eller førtidspension',
  time_to_hours: 'Tid til lønnede timer',
  time_to_placement: 'Tid til virksomhedsrettet tilbud',
};

export const estimandNames: Record<string, string> = {
  att: 'Gennemsnitlig effekt for deltagerne (ATT)',
  hazard_ratio: 'Hazard ratio',
  did: 'Difference-in-differences (TWFE)',
};

export const exclusionNames: Record<string, string> = {
  not_in_register: 'Ikke i registeret',
  not_in_target_group: 'Ikke i målgruppen ved tidspunkt nul',
  missing_birth_year: 'Mangler fødselsår',
  never_qualifies: 'Kvalificerer sig aldrig som kontrol',
  exposed: 'Har modtaget indsatsen uden for perioden',
};

export const warningNames: Record<string, string> = {
  pre_trends_not_flat: 'Udviklingen før start er ikke flad (parallelle trends er tvivlsomme)',
  few_treated: 'Få deltagere',
  few_matched: 'Få matchede deltagere',
  poor_balance: 'Dårlig balance efter matching',
  glm_not_converged: 'Propensity-modellen konvergerede ikke',
  glm_separation: 'Propensity-modellen adskiller grupperne fuldstændigt',
  outcome_missing_rows: 'Effektmålet mangler for nogle personer',
  lookback_truncated: 'Registeret dækker ikke hele historikken før tidspunkt nul',
};

export const name = (names: Record<string, string>, code: string): string => names[code] ?? code;

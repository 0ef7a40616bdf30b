/**
 * Built-in example: the costs of 002's average project municipality
 * (Social støtte i overgang til og fastholdelse i job, Rambøll 2021), as a
 * cost model input. Numbers from the report; see docs/economics.md.
 *
 * 002 publishes staff time already priced (hours × salary / 1,418 × 1.2), so
 * staff time is entered as `priced_staff_time` amounts with the role the
 * report names for the item (Tabel 7-3, Tabel 7-4's headings). Items are the
 * "Gennemsnit" column of Tabel 7-4 (establishment) and Tabel 7-5 (operation,
 * the whole two-year period), rounded to 1,000 kr. as printed.
 */
import type { SourceRef } from '../rules/source.ts';
import type { CostItem, CostModelInput } from './cost-items.ts';

/** 002 §2.1: citizens referred, 2018 + 2019. */
export const socialSupport002Citizens = 504;
/** 002 §2.2: project municipalities. */
export const socialSupport002Municipalities = 5;
/** 002 §6.1.2, footnote 17: a two-year operating period. */
export const socialSupport002OperatingYears = 2;
/**
 * Citizens per year in the average municipality: 504 / (5 × 2) = 50.4. The
 * text says "50", but Figures 6-2/6-3 divide by 50.4 (with 50: 92,600 kr.).
 */
export const socialSupport002CitizensPerYear = socialSupport002Citizens / (socialSupport002Municipalities * socialSupport002OperatingYears);
/** 002 §6.1.2 (Følsomhedsanalyse): lowest and highest citizens a year in a municipality. */
export const socialSupport002SensitivityCitizens = [38, socialSupport002CitizensPerYear, 68] as const;

/** Where each item comes from. */
export const socialSupport002Sources: Record<string, SourceRef> = {
  establishment: { seed: '002', section: '7.4.3', note: 'Tabel 7-4, column Gennemsnit (2020 prices, rounded to 1,000 kr.)' },
  operation: { seed: '002', section: '7.4.3', note: 'Tabel 7-5, column Gennemsnit, total over the two-year period (2020 prices, rounded to 1,000 kr.)' },
  roles: { seed: '002', section: '7.3', note: 'Tabel 7-3: which staff spend time on which item' },
  assumptions: { seed: '002', section: '6.1.2', note: 'Two-year operating period (footnote 17), 504 citizens in 5 municipalities, 2020 prices' },
  establishmentSpread: {
    seed: '002',
    section: '6.1.2',
    note: 'Footnote 17 names a 4 % rate, but Figure 6-2 (219,900 = 439,900 / 2) and Figure 6-3 spread without discounting; the example follows the figures',
  },
};

const staff = (roleId: string, amount: number) => ({ kind: 'other' as const, category: 'priced_staff_time' as const, roleId, amount });

/** Tabel 7-4, Gennemsnit. */
const establishmentItems: CostItem[] = [
  // "Intern opstart af samarbejde", under Projektledelse and Frontmedarbejdere.
  { id: 'internal_startup', phase: 'establishment', lines: [staff('project_manager', 105_000), staff('front_line_staff', 111_000)] },
  // "Øvrig administration i etableringsfasen".
  { id: 'other_administration', phase: 'establishment', lines: [staff('project_manager', 62_000), staff('front_line_staff', 44_000)] },
  // "Kompetenceudvikling": time spent training staff (Tabel 7-3).
  { id: 'competence_development', phase: 'establishment', lines: [staff('project_manager', 17_000), staff('front_line_staff', 60_000)] },
  // Printed under Frontmedarbejdere, but an expense, not staff time.
  { id: 'transport', phase: 'establishment', lines: [{ kind: 'other', category: 'transport', amount: 15_000 }] },
  // "Øvrige omkostninger": supervision, process support, IT (Tabel 7-3).
  { id: 'other_costs', phase: 'establishment', lines: [{ kind: 'other', category: 'other', amount: 25_000 }] },
];

/** Tabel 7-5, Gennemsnit, whole two-year period. */
const operationItems: CostItem[] = [
  // "Administration": the project manager's administrative time (Tabel 7-3).
  { id: 'administration', phase: 'operation', lines: [staff('project_manager', 1_539_000)] },
  // "Uddannelsesaktiviteter": Tabel 7-5's names differ from Tabel 7-3's; no role is named.
  { id: 'training_activities', phase: 'operation', lines: [{ kind: 'other', category: 'training', amount: 211_000 }] },
  // "Fælles opstart, koordinering og samarbejde": front-line staff starting citizens' courses.
  { id: 'joint_startup_coordination', phase: 'operation', lines: [staff('front_line_staff', 2_717_000)] },
  // "Virksomhedsrettet indsats": company consultants' time.
  { id: 'company_oriented_activity', phase: 'operation', lines: [staff('company_consultant', 1_541_000)] },
  // "CTI-indsats": CTI workers' time.
  { id: 'cti_support', phase: 'operation', lines: [staff('cti_worker', 2_471_000)] },
  // "Øvrig kompetenceudvikling".
  { id: 'other_competence_development', phase: 'operation', lines: [{ kind: 'other', category: 'training', amount: 265_000 }] },
  // "Øvrige udgifter": supervision, meeting costs etc.
  { id: 'other_expenses', phase: 'operation', lines: [{ kind: 'other', category: 'other', amount: 75_000 }] },
];

/** 002's average project municipality as a cost model input (2020 prices). */
export const socialSupport002CostInput: CostModelInput = {
  modelId: 'social-stoette',
  priceYear: 2020,
  productiveHoursPerYear: 1418,
  overheadRate: 0.2,
  operatingPeriod: { years: socialSupport002OperatingYears },
  // The figures spread establishment costs linearly (see socialSupport002Sources.establishmentSpread).
  establishmentDiscountRate: 0,
  citizensPerYear: socialSupport002CitizensPerYear,
  // Salaries are not published; the roles carry the priced staff time for the breakdown.
  roles: [{ id: 'project_manager' }, { id: 'front_line_staff' }, { id: 'company_consultant' }, { id: 'cti_worker' }],
  items: [...establishmentItems, ...operationItems],
};

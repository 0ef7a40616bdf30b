/**
 * The cost items a cost entry form offers for a model: 002's posts (Tabel
 * 7-3, with Tabel 7-4/7-5's names), which fit the company-oriented models in
 * general; social support adds CTI support. A cost input may add items of its
 * own; the catalogue only proposes.
 */
import type { Name, SourceRef } from '../rules/source.ts';
import type { CostPhase } from './cost-items.ts';

export interface CostItemTemplate {
  id: string;
  phase: CostPhase;
  name: Name;
  /** Roles whose time the item usually is (002 Tabel 7-3); empty for expenses. */
  roles: string[];
  source: SourceRef;
}

const t73: SourceRef = { seed: '002', section: '7.3', note: 'Tabel 7-3' };
const t74: SourceRef = { seed: '002', section: '7.4.3', note: 'Tabel 7-4' };
const t75: SourceRef = { seed: '002', section: '7.4.3', note: 'Tabel 7-5' };

const general: CostItemTemplate[] = [
  { id: 'internal_startup', phase: 'establishment', name: { da: 'Intern opstart af samarbejde', en: 'Internal start-up of cooperation' }, roles: ['project_manager', 'front_line_staff'], source: t73 },
  { id: 'other_administration', phase: 'establishment', name: { da: 'Øvrig administration i etableringsfasen', en: 'Other administration in the establishment phase' }, roles: ['project_manager', 'front_line_staff'], source: t73 },
  { id: 'competence_development', phase: 'establishment', name: { da: 'Kompetenceudvikling', en: 'Competence development' }, roles: ['project_manager', 'front_line_staff'], source: t73 },
  { id: 'transport', phase: 'establishment', name: { da: 'Transport', en: 'Transport' }, roles: [], source: t74 },
  { id: 'other_costs', phase: 'establishment', name: { da: 'Øvrige omkostninger', en: 'Other costs' }, roles: [], source: t73 },
  { id: 'administration', phase: 'operation', name: { da: 'Administration', en: 'Administration' }, roles: ['project_manager'], source: t73 },
  { id: 'training_activities', phase: 'operation', name: { da: 'Uddannelsesaktiviteter', en: 'Training activities' }, roles: [], source: t75 },
  { id: 'joint_startup_coordination', phase: 'operation', name: { da: 'Fælles opstart, koordinering og samarbejde', en: 'Joint start-up, coordination and cooperation' }, roles: ['front_line_staff'], source: t73 },
  { id: 'company_oriented_activity', phase: 'operation', name: { da: 'Virksomhedsrettet indsats', en: 'Company-oriented activity' }, roles: ['company_consultant'], source: t73 },
  { id: 'other_competence_development', phase: 'operation', name: { da: 'Øvrig kompetenceudvikling', en: 'Other competence development' }, roles: [], source: t75 },
  { id: 'other_expenses', phase: 'operation', name: { da: 'Øvrige udgifter', en: 'Other expenses' }, roles: [], source: t73 },
];

const cti: CostItemTemplate = { id: 'cti_support', phase: 'operation', name: { da: 'CTI-indsats', en: 'CTI support' }, roles: ['cti_worker'], source: t73 };

/** The cost items proposed for a model (social support adds CTI support before the other expenses). */
export function costItemTemplates(modelId: string): CostItemTemplate[] {
  if (modelId !== 'social-stoette') return general.map((x) => ({ ...x, roles: [...x.roles] }));
  const at = general.findIndex((x) => x.id === 'other_competence_development');
  return [...general.slice(0, at), cti, ...general.slice(at)].map((x) => ({ ...x, roles: [...x.roles] }));
}

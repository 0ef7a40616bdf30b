/** Danish labels for the enumerations the rule explanations mention. */
import type { AttendeeRole, BenefitType, PlacementType, Programme, ReadinessCategory } from './facts.ts';

export const attendeeRoleLabels: Record<AttendeeRole, string> = {
  job_broker: 'personlig jobformidler',
  caseworker: 'sagsbehandler (jobcenter)',
  social_caseworker: 'sagsbehandler (socialforvaltning)',
  company_consultant: 'virksomhedskonsulent',
  mentor: 'mentor',
  cti_worker: 'CTI-medarbejder',
  citizen: 'borgeren',
  employer: 'arbejdsgiveren',
};

export const placementTypeLabels: Record<PlacementType, string> = {
  virksomhedspraktik: 'virksomhedspraktik',
  loentilskud: 'løntilskud',
  ordinary_hours: 'ordinære timer',
  hybrid: 'hybridpraktik',
  fleksjob: 'fleksjob',
  job: 'job',
  education: 'uddannelse',
  snusepraktik: 'snusepraktik',
};

export const benefitTypeLabels: Record<BenefitType, string> = {
  kontanthjaelp: 'kontanthjælp',
  uddannelseshjaelp: 'uddannelseshjælp',
  integrationsydelse: 'integrationsydelse',
  ressourceforloebsydelse: 'ressourceforløbsydelse',
  sygedagpenge: 'sygedagpenge',
  dagpenge: 'dagpenge',
  ledighedsydelse: 'ledighedsydelse',
  foertidspension: 'førtidspension',
  other: 'anden ydelse',
};

export const readinessLabels: Record<ReadinessCategory, string> = {
  aktivitetsparat: 'aktivitetsparat',
  jobparat: 'jobparat',
  uddannelsesparat: 'uddannelsesparat',
  other: 'i en anden kategori',
};

export const programmeLabels: Record<Programme, string> = {
  ressourceforloeb: 'ressourceforløb',
  integrationsprogram: 'integrationsprogrammet',
  jobafklaringsforloeb: 'jobafklaringsforløb',
};

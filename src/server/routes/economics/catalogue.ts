/**
 * What the cost form and the archetype examples show, shared by the API and
 * the CLI: the cost item catalogue of a model with role names and defaults,
 * and 002's archetypes A-D evaluated with the calibrated unit prices beside
 * the published figures.
 */
import {
  archetypeScenario,
  consequenceIds,
  consequenceUnits,
  costItemTemplates,
  costPhases,
  defaultEstablishmentDiscountRate,
  defaultOverheadRate,
  defaultProductiveHoursPerYear,
  evaluateScenario,
  otherCostCategories,
  roundToStep,
  socialSupport002ArchetypeSources,
  socialSupport002Archetypes,
  socialSupport002UnitPrices,
  type ScenarioInput,
  type ScenarioResult,
} from '../../../domain/economics/index.ts';
import { defaultSensitivityFactors } from '../../../store/economics/cost-models.ts';
import { builtinPriceSets } from '../../../store/economics/price-sets.ts';

/** Names of the roles 002's cost items name (Tabel 7-3). */
export const roleNames: Record<string, { da: string; en: string }> = {
  project_manager: { da: 'Projektleder', en: 'Project manager' },
  front_line_staff: { da: 'Frontmedarbejder', en: 'Front-line staff' },
  company_consultant: { da: 'Virksomhedskonsulent', en: 'Company consultant' },
  cti_worker: { da: 'CTI-medarbejder', en: 'CTI worker' },
};

/** The cost form's catalogue for a model. */
export function costCatalogue(modelId: string) {
  const items = costItemTemplates(modelId);
  const roleIds = [...new Set(items.flatMap((i) => i.roles))];
  return {
    modelId,
    items,
    roles: roleIds.map((id) => ({ id, name: roleNames[id] ?? { da: id, en: id } })),
    phases: [...costPhases],
    categories: [...otherCostCategories],
    consequences: consequenceIds.map((id) => ({ id, unit: consequenceUnits[id] })),
    defaults: {
      productiveHoursPerYear: defaultProductiveHoursPerYear,
      overheadRate: defaultOverheadRate,
      establishmentDiscountRate: defaultEstablishmentDiscountRate,
      sensitivityFactors: [...defaultSensitivityFactors],
    },
  };
}

export interface ArchetypeRow {
  id: 'A' | 'B' | 'C' | 'D';
  labourMarketWeeksPerYear: number;
  homeSupportDaysSavedPerYear: number;
  published: { municipality: number; state: number; total: number };
  computedRounded: { municipality: number; state: number; total: number };
  usedForCalibration: boolean;
  scenario: ScenarioInput;
  result: ScenarioResult;
}

/** 002's archetypes with the calibrated prices (from B and D), computed and as printed. */
export function archetypeTable() {
  const archetypes: ArchetypeRow[] = socialSupport002Archetypes.map((a) => {
    const scenario = archetypeScenario(a.id);
    const evaluated = evaluateScenario(scenario, socialSupport002UnitPrices);
    // Static data: a failure is a programming error.
    if (!evaluated.ok) throw new Error(`archetype ${a.id}: ${JSON.stringify(evaluated.problems)}`);
    const net = evaluated.value.perCitizen.net;
    return {
      id: a.id,
      labourMarketWeeksPerYear: a.labourMarketWeeksPerYear,
      homeSupportDaysSavedPerYear: a.homeSupportDaysSavedPerYear,
      published: { ...a.published },
      computedRounded: { municipality: roundToStep(net.municipality, 100), state: roundToStep(net.state, 100), total: roundToStep(net.total, 100) },
      usedForCalibration: a.id === 'B' || a.id === 'D',
      scenario,
      result: evaluated.value,
    };
  });
  const builtin = builtinPriceSets.find((b) => b.set.id === socialSupport002UnitPrices.id)!;
  return {
    unitPrices: { name: builtin.name, builtin: true, set: socialSupport002UnitPrices },
    archetypes,
    source: Object.values(socialSupport002ArchetypeSources),
  };
}

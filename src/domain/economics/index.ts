/**
 * The economics domain (issue 14, docs/economics.md): cost model, sensitivity,
 * unit prices, scenarios, scenarios from evidence, calibration, and 002's
 * built-in example and archetypes.
 */
export * from './problems.ts';
export * from './money.ts';
export * from './price-index.ts';
export * from './cost-items.ts';
export * from './cost-catalogue.ts';
export * from './cost-validation.ts';
export * from './cost-model.ts';
export * from './sensitivity.ts';
export * from './unit-prices.ts';
export * from './scenario.ts';
export * from './evidence.ts';
export * from './calibration.ts';
export * from './social-support-002.ts';
export * from './archetypes-002.ts';

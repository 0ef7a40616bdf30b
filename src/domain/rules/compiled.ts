/** A rule from a definition with its effective parameter values resolved. */
import type { RuleOfType, RuleType } from './vocabulary.ts';

export type EffectiveParams<T extends RuleType> = { [K in keyof RuleOfType<T>['params']]: number };

export interface CompiledRuleOf<T extends RuleType> {
  type: T;
  def: RuleOfType<T>;
  coreElementId: string;
  params: EffectiveParams<T>;
}

/** Discriminated on `type`, so a switch narrows both `def` and `params`. */
export type CompiledRule = { [T in RuleType]: CompiledRuleOf<T> }[RuleType];

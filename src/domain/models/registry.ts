/**
 * The model registry: the five definitions, validated when this module is
 * first imported. If any definition fails validation the import throws with
 * every problem and its path, so a running system never uses an invalid one.
 */
import bedreRessourceforloeb from './definitions/bedre-ressourceforloeb.ts';
import flereSkalMed from './definitions/flere-skal-med.ts';
import socialStoette from './definitions/social-stoette.ts';
import stv from './definitions/stv.ts';
import trinModel from './definitions/trin-model.ts';
import { validateDefinition, type DefinitionIssue, type ModelDefinition } from './schema.ts';

export const modelIds = ['flere-skal-med', 'stv', 'social-stoette', 'bedre-ressourceforloeb', 'trin-model'] as const;
export type ModelId = (typeof modelIds)[number];

export class InvalidDefinitionError extends Error {
  constructor(
    readonly label: string,
    readonly issues: DefinitionIssue[],
  ) {
    super(`Model definition ${label} is invalid:\n${issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`).join('\n')}`);
    this.name = 'InvalidDefinitionError';
  }
}

export interface ModelRegistry {
  /** All definitions, every version, in the order given. */
  all(): readonly ModelDefinition[];
  /** The latest version of each model. */
  latest(): readonly ModelDefinition[];
  /** A model by id, the latest version unless one is asked for. */
  get(id: string, version?: string): ModelDefinition | undefined;
  versions(id: string): string[];
}

/** Validates every input and builds a registry; throws InvalidDefinitionError on the first invalid one. */
export function createRegistry(inputs: readonly unknown[]): ModelRegistry {
  const definitions: ModelDefinition[] = [];
  inputs.forEach((input, i) => {
    const label = typeof input === 'object' && input !== null && 'id' in input ? `'${String(input.id)}'` : `#${i}`;
    const result = validateDefinition(input);
    if (!result.ok) throw new InvalidDefinitionError(label, result.issues);
    if (definitions.some((d) => d.id === result.definition.id && d.version === result.definition.version)) {
      throw new InvalidDefinitionError(label, [{ path: 'version', message: `version ${result.definition.version} of '${result.definition.id}' is defined twice` }]);
    }
    definitions.push(result.definition);
  });
  const versionsOf = (id: string) => definitions.filter((d) => d.id === id).sort((a, b) => compareVersions(a.version, b.version));
  return {
    all: () => definitions,
    latest: () => [...new Set(definitions.map((d) => d.id))].map((id) => versionsOf(id).at(-1)!),
    get: (id, version) => (version === undefined ? versionsOf(id).at(-1) : definitions.find((d) => d.id === id && d.version === version)),
    versions: (id) => versionsOf(id).map((d) => d.version),
  };
}

/** Orders 'MAJOR.MINOR.PATCH' versions numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The built-in definitions, validated at import. */
export const registry: ModelRegistry = createRegistry([flereSkalMed, stv, socialStoette, bedreRessourceforloeb, trinModel]);

/** A built-in model by id (and version), or an error naming the known ids. */
export function getModel(id: string, version?: string): ModelDefinition {
  const found = registry.get(id, version);
  if (!found) {
    const known = registry.latest().map((d) => d.id).join(', ');
    throw new Error(version === undefined ? `Unknown model '${id}' (known: ${known})` : `Unknown version ${version} of model '${id}'`);
  }
  return found;
}

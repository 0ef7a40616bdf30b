/**
 * Definition files given on the command line (`models check`, `fidelity
 * check`, `fidelity load`): JSON, or the default export of a TypeScript or
 * JavaScript module.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Reads a definition file (model, fidelity instrument): JSON, or the default export of a .ts/.js module. */
export async function loadDefinitionFile(path: string): Promise<unknown> {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') {
    const text = await readFile(path, 'utf8');
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new Error(`invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (['.ts', '.mts', '.js', '.mjs'].includes(ext)) {
    await readFile(path); // a clear "no such file" before the module loader's own error
    const module = (await import(pathToFileURL(path).href)) as { default?: unknown };
    if (module.default === undefined) throw new Error('the module has no default export; export the definition as default');
    return module.default;
  }
  throw new Error(`unsupported file type "${ext || '(none)'}"; use .ts, .js or .json`);
}

/**
 * Reads the definition file a command was given, or prints why it cannot
 * ("file not found (<absolute path>)", "invalid JSON: ...") after the file
 * name and answers undefined, so the command exits 1.
 */
export async function readDefinitionArgument(file: string, out: (line: string) => void): Promise<{ input: unknown } | undefined> {
  const path = resolve(file);
  try {
    return { input: await loadDefinitionFile(path) };
  } catch (error) {
    const notFound = (error as { code?: string }).code === 'ENOENT';
    out(`${file}: ${notFound ? `file not found (${path})` : error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

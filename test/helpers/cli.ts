/** Runs the `jobspor` CLI in this process and collects what it prints. */
import { main } from '../../src/cli/main.ts';

export async function runMain(...argv: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await main(argv, (line) => lines.push(line));
  return { code, text: lines.join('\n') };
}

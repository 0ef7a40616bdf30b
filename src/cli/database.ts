/** Opens the configured database for the length of one CLI command. */
import type { Config } from '../config.ts';
import { openDatabase, type DatabaseHandle } from '../db/connection.ts';

export async function withDatabase<T>(config: Config, run: (handle: DatabaseHandle) => Promise<T>, notice?: (line: string) => void): Promise<T> {
  const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, notice });
  try {
    return await run(handle);
  } finally {
    await handle.close();
  }
}

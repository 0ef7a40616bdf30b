/**
 * Adapts an embedded PGlite instance to the pool interface Kysely's
 * PostgresDialect expects. PGlite is a single connection, so `connect()`
 * hands out the connection under a mutex: a transaction holds it until it
 * releases, and no other request's statements can interleave with it.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

const affectingCommands = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

/** Kysely only reads `command` to decide whether rowCount means "affected rows". */
function commandOf(sql: string, affectedRows: number): PostgresQueryResult<unknown>['command'] {
  const word = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SELECT';
  if (affectingCommands.has(word)) return word as PostgresQueryResult<unknown>['command'];
  // A data-modifying CTE (WITH ... UPDATE) reports affected rows too.
  return (word === 'WITH' && affectedRows > 0 ? 'UPDATE' : 'SELECT') as PostgresQueryResult<unknown>['command'];
}

export class PGlitePool implements PostgresPool {
  #queue: Promise<void> = Promise.resolve();

  constructor(private readonly pg: PGlite) {}

  async connect(): Promise<PostgresPoolClient> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#queue;
    this.#queue = previous.then(() => held);
    await previous;
    const pg = this.pg;
    let released = false;
    const client = {
      async query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
        // Like node-postgres, a statement without parameters goes through the
        // simple protocol, which allows several statements (migrations).
        const result =
          parameters.length === 0
            ? ((await pg.exec(sql)).at(-1) ?? { rows: [], affectedRows: 0 })
            : await pg.query<R>(sql, parameters as unknown[]);
        const affected = result.affectedRows ?? 0;
        return {
          command: commandOf(sql, affected),
          rowCount: affected || result.rows.length,
          rows: result.rows as R[],
        };
      },
      release() {
        if (!released) {
          released = true;
          release();
        }
      },
    };
    return client as unknown as PostgresPoolClient;
  }

  async end(): Promise<void> {
    await this.#queue;
    await this.pg.close();
  }
}

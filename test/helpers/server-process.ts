/**
 * Runs the real `jobspor` command line as a child process, for tests that
 * need a separate process: crash recovery (kill -9) and data-directory locks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/jobspor.mjs', import.meta.url));

/** Environment for a child on a PGlite data directory, or on PostgreSQL when `url` is given. */
export function childEnv(dataDir: string, url?: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, JOBSPOR_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', JOBSPOR_LOG_LEVEL: 'warn', ...extra };
  delete env.DATABASE_URL;
  delete env.JOBSPOR_DEMO;
  if (url) env.DATABASE_URL = url;
  return env;
}

/** Runs one CLI command to completion. */
export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

export interface ServerProcess {
  child: ChildProcess;
  /** http://127.0.0.1:port */
  url: string;
  /** Everything the server printed until it was ready. */
  output: string;
  /** Sends SIGKILL and waits for the process to be gone. */
  kill9(): Promise<void>;
}

/** Starts `jobspor serve` and resolves when it prints its address. */
export function startServer(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) {
        resolve({
          child,
          url: match[1]!.replace('localhost', '127.0.0.1'),
          output,
          async kill9() {
            child.kill('SIGKILL');
            await exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`jobspor serve exited (${code ?? signal}) before it was ready:\n${output}`)));
  });
}

/** Logs in over HTTP and returns the session cookie. */
export async function loginOverHttp(url: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const cookie = /jobspor_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

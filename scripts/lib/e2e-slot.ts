import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

/**
 * End-to-end runs on one machine (several engineers, CI) each claim a slot, which gives
 * them their own ports and database. Claimed with an atomic mkdir; a slot whose owner
 * process is gone is taken over.
 */
const root = join(tmpdir(), 'pcs-e2e-slots');
const SLOTS = 8;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function claimE2eSlot(): number {
  mkdirSync(root, { recursive: true });
  for (let slot = 0; slot < SLOTS; slot++) {
    const dir = join(root, String(slot));
    try {
      mkdirSync(dir);
    } catch {
      const owner = Number(readFileSync(join(dir, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
      if (owner && alive(owner)) continue;
    }
    writeFileSync(join(dir, 'pid'), String(process.pid));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    return slot;
  }
  throw new Error(`All ${SLOTS} end-to-end slots are in use`);
}

/** Ports of the e2e stack for a slot: 15173 + 10·slot for the admin app, and so on. */
export function e2ePorts(slot: number) {
  const shift = slot * 10;
  return { auth: 18180 + shift, api: 14000 + shift, admin: 15173 + shift, township: 15174 + shift, embeddedPostgres: 5434, ready: 15999 - shift };
}

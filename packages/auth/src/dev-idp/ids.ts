import { createHash } from 'node:crypto';

/**
 * A UUID-shaped id derived from a name, so the same realm role or service account keeps its id
 * across restarts (Keycloak's ids are stable because they are stored; ours are recomputed).
 */
export function nameUuid(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  // Version 5-style bits (name-based) so strict UUID parsers accept it.
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

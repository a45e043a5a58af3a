import { leadingZeroBits } from '@pcs/domain';
import { API_URL } from '../../../config';

const API_BASE = API_URL.replace(/\/trpc\/?$/, '');

export type Bilingual = { zh: string; en: string };
export type Refusal = { messages?: Bilingual };
export type Answer<T> = { ok: true; value: T } | { ok: false; status: number; refusal: Refusal };

/** One call to the public grid-event routes (`/public/<township code>/grid-events…`), JSON or a multipart photo. */
export async function publicCall<T>(path: string, body?: unknown | FormData): Promise<Answer<T>> {
  const init: RequestInit =
    body === undefined ? {} : body instanceof FormData ? { method: 'POST', body } : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const res = await fetch(`${API_BASE}/public/${path}`, init).catch(() => null);
  if (!res) return { ok: false, status: 0, refusal: {} };
  const json = (await res.json().catch(() => ({}))) as { data?: T; error?: { data?: Refusal } };
  return res.ok ? { ok: true, value: json.data as T } : { ok: false, status: res.status, refusal: json.error?.data ?? {} };
}

/**
 * The page's half of the proof of work (server: public/proof-of-work.ts): the first nonce whose
 * SHA-256 with the challenge starts with `bits` zero bits, hashed in batches with WebCrypto.
 */
export async function solveChallenge(challenge: string, bits: number): Promise<string> {
  const encoder = new TextEncoder();
  for (let start = 0; ; start += 256) {
    const nonces = Array.from({ length: 256 }, (_, i) => (start + i).toString(36));
    const hashes = await Promise.all(nonces.map((nonce) => crypto.subtle.digest('SHA-256', encoder.encode(`${challenge}:${nonce}`))));
    const found = hashes.findIndex((hash) => leadingZeroBits(new Uint8Array(hash)) >= bits);
    if (found >= 0) return nonces[found]!;
  }
}

import { z } from 'zod';
import type { BilingualMessage } from '../common/messages';
import { SATISFACTIONS } from '../suggestions/suggestion';
import { GRID_EVENT_CATEGORIES, placeSchema, type GridEventState } from './event';

/**
 * The public side of grid events: a report without login (protected by a proof of work and a
 * per-address budget), a tracking code, the status as the reporter may see it, and a one-time
 * follow-up (回访) once the event is closed.
 */
export const publicReportSchema = z.object({
  category: z.enum(GRID_EVENT_CATEGORIES),
  place: placeSchema,
  description: z.string().trim().min(5).max(2000),
  /** A village grid chosen from the page's list; else the township's own grid. */
  gridId: z.uuid().optional(),
  /** The signed challenge the page was given, and the nonce it found. */
  challenge: z.string().min(10).max(500),
  nonce: z.string().min(1).max(40),
});
export type PublicReport = z.infer<typeof publicReportSchema>;

export const publicFollowUpSchema = z.object({ resolved: z.boolean(), satisfaction: z.enum(SATISFACTIONS) });

export const trackingCodeSchema = z.string().trim().regex(/^[2-9A-HJ-NP-Za-hj-np-z]{10}$/);

/** The status the reporter sees: four plain stages, never who handles it. */
export type PublicStatus = 'received' | 'in_progress' | 'closed' | 'refused';
export const PUBLIC_STATUS_LABELS: Record<PublicStatus, BilingualMessage> = {
  received: { zh: '已收到，待受理', en: 'Received' },
  in_progress: { zh: '已受理，正在处理', en: 'Being handled' },
  closed: { zh: '已办结', en: 'Closed' },
  refused: { zh: '不予受理', en: 'Not taken up' },
};
export function publicStatusOf(state: GridEventState): PublicStatus {
  if (state === 'reported') return 'received';
  if (state === 'closed') return 'closed';
  if (state === 'refused') return 'refused';
  return 'in_progress';
}

/** Leading zero bits of a hash: the proof of work asks for at least the challenge's number of them. */
export function leadingZeroBits(bytes: Uint8Array): number {
  let bits = 0;
  for (const byte of bytes) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

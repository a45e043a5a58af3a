import type { Prisma } from '@pcs/db';

/** One history row as every workflow's timeline shows it. */
export function presentTransition(t: { id: bigint; action: string; fromState: string | null; toState: string; actorKind: string; actorName: string; at: Date; data: Prisma.JsonValue }) {
  return { id: t.id.toString(), action: t.action, fromState: t.fromState, toState: t.toState, actorKind: t.actorKind, actorName: t.actorName, at: t.at.toISOString(), data: (t.data ?? {}) as Record<string, unknown> };
}


import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { HttpError, readJsonBody } from './http';

/** A refusal of the Admin REST API, with the JSON body Keycloak sends for it. */
export class AdminError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.error ?? body.errorMessage ?? status));
  }
}

export const userNotFound = () => new AdminError(404, { error: 'User not found' });

/** Reads and validates a JSON body; a body of the wrong shape is a 400, not a crash. */
export async function readRepresentation<S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await readJsonBody(req);
  } catch (err) {
    if (err instanceof HttpError) throw new AdminError(err.status, { error: err.message });
    throw err;
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AdminError(400, { error: 'unknown_error', error_description: parsed.error.message });
  return parsed.data;
}

/**
 * Keycloak's `first`/`max` paging. An absent or negative `first` starts at 0; a negative `max`
 * means no limit; an absent one is the endpoint's default (100 for users, as in Keycloak).
 */
export function page<T>(items: T[], q: URLSearchParams, defaultMax: number | undefined): T[] {
  const first = Math.max(0, int(q.get('first')) ?? 0);
  const max = int(q.get('max')) ?? defaultMax;
  return max === undefined || max < 0 ? items.slice(first) : items.slice(first, first + max);
}

function int(value: string | null): number | undefined {
  if (value === null || !/^-?\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

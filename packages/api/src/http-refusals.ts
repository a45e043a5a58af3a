import type { ServerResponse } from 'node:http';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { ERROR_MESSAGES, type ErrorKey } from '@pcs/domain';
import type { AppError } from './errors';

/**
 * A refusal the HTTP layer gives before tRPC runs (too fast, too large, too many calls), in the
 * same shape as the errors of procedures, so the apps show it like any other.
 */
export function refuse(res: ServerResponse, httpStatus: number, code: TRPC_ERROR_CODE_KEY, key: ErrorKey, headers: Record<string, string> = {}): void {
  const messages = ERROR_MESSAGES[key];
  const body = { error: { code: TRPC_ERROR_CODES_BY_KEY[code], message: messages.en, data: { code, httpStatus, messages } } };
  res.writeHead(httpStatus, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** A procedure-style error (ours, or a database refusal made safe) answered outside tRPC. */
export function refuseWithError(res: ServerResponse, error: AppError, fieldIssues?: unknown): void {
  const httpStatus = getHTTPStatusCodeFromError(error);
  const body = { error: { code: TRPC_ERROR_CODES_BY_KEY[error.code], message: error.messages.en, data: { code: error.code, httpStatus, messages: error.messages, fieldIssues } } };
  res.writeHead(httpStatus, { 'content-type': 'application/json', ...(httpStatus === 413 ? { connection: 'close' } : {}) });
  res.end(JSON.stringify(body));
}

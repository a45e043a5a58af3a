import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import type { z } from 'zod';
import { ERROR_MESSAGES, toFieldIssues, type BilingualMessage, type ErrorKey, type FieldIssue } from '@pcs/domain';

/** An error we raise on purpose: its bilingual message is safe to show to the user. */
export class AppError extends TRPCError {
  readonly messages: BilingualMessage;

  constructor(code: TRPC_ERROR_CODE_KEY, key: ErrorKey, messages: BilingualMessage = ERROR_MESSAGES[key]) {
    super({ code, message: messages.en });
    this.messages = messages;
  }
}

/** Input that passed its schema but broke a rule checked in the handler. */
export class InvalidInput extends AppError {
  /** Named with the shared labels; the error formatter names them again with the procedure's area labels. */
  readonly fieldIssues: FieldIssue[];
  readonly issues: readonly z.core.$ZodIssue[];

  constructor(issues: readonly z.core.$ZodIssue[]) {
    const fieldIssues = toFieldIssues(issues);
    super('BAD_REQUEST', 'BAD_INPUT', {
      zh: fieldIssues.map((i) => i.message.zh).join('；'),
      en: fieldIssues.map((i) => i.message.en).join('; '),
    });
    this.fieldIssues = fieldIssues;
    this.issues = issues;
  }
}

/** One field refused by a rule checked in the handler, in both languages. */
export function invalidField(path: readonly (string | number)[], message: BilingualMessage, input?: unknown): InvalidInput {
  return new InvalidInput([{ code: 'custom', input, path: [...path], message: message.en, params: message } as z.core.$ZodIssue]);
}

/** Refuses with the issues of a domain check, if it found any. */
export function requireValid(issues: readonly z.core.$ZodIssue[]): void {
  if (issues.length > 0) throw new InvalidInput(issues);
}

export const notFound = () => new AppError('NOT_FOUND', 'NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN', 'FORBIDDEN');
export const staleVersion = () => new AppError('CONFLICT', 'CONFLICT_STALE');

interface PrismaLikeError {
  code?: string;
  name?: string;
}

function prismaCode(error: unknown): string | undefined {
  const candidate = error as PrismaLikeError | undefined;
  return candidate?.name === 'PrismaClientKnownRequestError' ? candidate.code : undefined;
}

/**
 * Prisma's codes and PostgreSQL's (SQLSTATE classes 08 and 57P) for a database that is not there
 * just now; P2028 is a transaction whose connection died under it (or timed out): worth a retry.
 */
const UNAVAILABLE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);
const UNAVAILABLE_TEXT = /ECONNREFUSED|ECONNRESET|Connection terminated|connection is closed|Server has closed the connection|terminating connection|not yet accepting connections|the database system is (starting up|shutting down|in recovery)|Can't reach database server|Client has encountered a connection error|timeout exceeded when trying to connect|Transaction (API error|already closed|not found)|Code: `(57P0[1-3]|08\d{3})`/i;

/** Whether an error (or one it was caused by) says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 6) return false;
  const { code, message, cause, originalCode } = error as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  if (typeof originalCode === 'string' && UNAVAILABLE_CODES.has(originalCode)) return true;
  if (typeof message === 'string' && UNAVAILABLE_TEXT.test(message)) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}

/**
 * Turns whatever a procedure threw into an error fit for a client: our own errors pass,
 * known database refusals become 4xx with a message, anything else becomes a bare 500
 * whose text never carries SQL or a stack.
 */
export function toClientError(error: TRPCError): { error: TRPCError; unexpected: boolean } {
  if (error instanceof AppError) return { error, unexpected: false };
  if (error.code !== 'INTERNAL_SERVER_ERROR') {
    // tRPC's own refusals (BAD_REQUEST from input parsing, METHOD_NOT_SUPPORTED, ...).
    return { error, unexpected: false };
  }
  // A database restart or failover: the client may retry (the writes it saw acknowledged are kept).
  if (isDatabaseUnavailable(error.cause)) return { error: new AppError('SERVICE_UNAVAILABLE', 'DATABASE_UNAVAILABLE'), unexpected: false };
  switch (prismaCode(error.cause)) {
    case 'P2002':
      return { error: new AppError('CONFLICT', 'CONFLICT_DUPLICATE'), unexpected: false };
    case 'P2003':
      return { error: new AppError('CONFLICT', 'IN_USE'), unexpected: false };
    case 'P2025':
      return { error: notFound(), unexpected: false };
    default:
      return { error: new AppError('INTERNAL_SERVER_ERROR', 'INTERNAL'), unexpected: true };
  }
}

import type { BilingualMessage, FieldIssue } from '@pcs/domain';
import { currentLanguage } from '../i18n/i18n';
import { pickText, type Language } from '../i18n/languages';

/** What the UI needs from an error thrown by an API call (a TRPCClientError or anything else). */
export interface ErrorInfo {
  /** tRPC code such as BAD_REQUEST, when the server answered. */
  code: string | undefined;
  /** The server's bilingual message (data.messages), when it sent one. */
  messages: BilingualMessage | undefined;
  fieldIssues: FieldIssue[];
  /** The request never got an answer (server down, offline, CORS). */
  network: boolean;
  rawMessage: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isBilingual(value: unknown): value is BilingualMessage {
  return isRecord(value) && typeof value['zh'] === 'string' && typeof value['en'] === 'string';
}

function isFieldIssue(value: unknown): value is FieldIssue {
  return isRecord(value) && typeof value['path'] === 'string' && isBilingual(value['message']);
}

/**
 * Reads the API's error shape by duck typing, so this package needs nothing from the API:
 * `data.code`, `data.messages: { zh, en }`, `data.fieldIssues: FieldIssue[]`.
 */
export function describeError(error: unknown): ErrorInfo {
  const data = isRecord(error) && isRecord(error['data']) ? error['data'] : undefined;
  const rawMessage = error instanceof Error ? error.message : isRecord(error) && typeof error['message'] === 'string' ? error['message'] : String(error);
  const cause = isRecord(error) ? error['cause'] : undefined;
  return {
    code: typeof data?.['code'] === 'string' ? data['code'] : undefined,
    messages: isBilingual(data?.['messages']) ? data['messages'] : undefined,
    fieldIssues: Array.isArray(data?.['fieldIssues']) ? data['fieldIssues'].filter(isFieldIssue) : [],
    // fetch rejects with a TypeError when no response arrives; tRPC keeps it as the cause.
    network: !data && (cause instanceof TypeError || error instanceof TypeError || /failed to fetch|networkerror|load failed/i.test(rawMessage)),
    rawMessage,
  };
}

/** Field path → message in the given language, so a form can mark each invalid field. */
export function fieldErrorsFrom(error: unknown, language: Language = currentLanguage()): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of describeError(error).fieldIssues) {
    result[issue.path] ??= pickText(issue.message, language);
  }
  return result;
}

import { z } from 'zod';
import { COMMON_FIELD_LABELS, fieldLabel, type FieldLabels } from './field-labels';
import type { BilingualMessage } from './messages';

/** One invalid field, as the API returns it and the forms show it. */
export interface FieldIssue {
  path: string;
  field: BilingualMessage;
  message: BilingualMessage;
}

const zhCN = z.locales.zhCN().localeError;
const en = z.locales.en().localeError;

function localized(localeError: typeof en, issue: z.core.$ZodIssue, language: 'zh' | 'en'): string {
  // Our own rules attach their texts in both languages to a custom issue.
  const own = issue.code === 'custom' ? (issue.params as Partial<BilingualMessage> | undefined)?.[language] : undefined;
  if (own) return own;
  const result = localeError(issue as unknown as z.core.$ZodRawIssue);
  if (typeof result === 'string') return result;
  return result?.message ?? issue.message;
}

/**
 * Turns zod issues into ones that name the field and say what is wrong in zh-CN and English;
 * `labels` are those of the schema the issues come from (an area's map, e.g. DEPUTY_FIELD_LABELS).
 */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[], labels: FieldLabels = COMMON_FIELD_LABELS): FieldIssue[] {
  return issues.map((issue) => {
    const field = fieldLabel(issue.path, labels);
    return {
      path: issue.path.map(String).join('.'),
      field,
      message: {
        zh: `${field.zh}：${localized(zhCN, issue, 'zh')}`,
        en: `${field.en}: ${localized(en, issue, 'en')}`,
      },
    };
  });
}

/**
 * Checks across fields, some of which need the county's day ("not in the future"). The schema
 * runs them without a day (`today` null: those comparisons are skipped, since the domain never
 * reads the clock); the API runs them again with its clock's day and refuses with the same
 * field issues.
 */
export type DayCheck<T> = (input: T, today: string | null) => z.core.$ZodIssue[];

export function refinedBy<T extends z.ZodType>(schema: T, check: DayCheck<z.infer<T>>) {
  return schema.superRefine((input, ctx) => {
    for (const issue of check(input, null)) ctx.addIssue(issue as never);
  });
}

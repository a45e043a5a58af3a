import { z } from 'zod';
import type { Language } from '../i18n/languages';

/** zod's error-map type: what `{ error }` in parse options accepts. */
type ErrorMap = z.core.$ZodErrorMap;

const locales = { 'zh-CN': z.locales.zhCN().localeError, en: z.locales.en().localeError };
const REQUIRED = { 'zh-CN': '必填', en: 'Required' };

type Issue = Parameters<ErrorMap>[0];

/** A field left empty: zod words it as "too small: expected string >=1", which reads oddly beside a form field. */
function isMissing(issue: Issue): boolean {
  if (issue.code === 'too_small') return issue.origin === 'string' && Number(issue.minimum) === 1;
  // A format check (e.g. a username pattern) on a field left empty: it is simply required.
  if (issue.code === 'custom') return issue.input === '';
  return issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null || issue.input === '');
}

/**
 * zod's own translations, for client-side form checks with the API's schemas:
 * pass as `zodResolver(schema, { error: zodErrorMap(language) })`. Custom issues that carry
 * their texts as params `{ zh, en }` (the domain's convention) are shown in those words.
 */
export function zodErrorMap(language: Language): ErrorMap {
  return (issue) => {
    if (isMissing(issue)) return REQUIRED[language];
    if (issue.code === 'custom') {
      const own = (issue.params as { zh?: string; en?: string } | undefined)?.[language === 'en' ? 'en' : 'zh'];
      if (own) return own;
    }
    return locales[language](issue);
  };
}

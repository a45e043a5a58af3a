import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { commonEn } from './common/en';
import { commonZhCN } from './common/zh-CN';
import { DEFAULT_LANGUAGE, isLanguage, storedLanguage, storeLanguage, type Language } from './languages';

/** The one i18next instance of an app: shared texts live in `common`, apps add their own namespaces. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { common: commonZhCN }, en: { common: commonEn } },
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['zh-CN', 'en'],
  defaultNS: 'common',
  ns: ['common'],
  // React escapes already; i18next escaping would show entities such as &quot;.
  interpolation: { escapeValue: false },
  // Resources are bundled, so initialising synchronously avoids a flash of keys.
  initAsync: false,
});

// dayjs follows the language from AntdProvider (./dayjsLocale.ts), with the antd screens that use it.
function applySideEffects(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
applySideEffects(currentLanguage());

/** The language in force; falls back to the default if i18next reports something unexpected. */
export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

/** Switches texts and <html lang> (dayjs follows, ./dayjsLocale.ts), and remembers the choice on this browser. */
export async function setLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  applySideEffects(language);
  await i18n.changeLanguage(language);
}

/**
 * Adds an area's catalogue under its namespace. Every area has the same layout:
 * `i18n/<area>/zh-CN.ts` (the shape, `typeof`) and `i18n/<area>/en.ts` (`satisfies` that shape),
 * so a key missing in one language is a type error; both are passed here together.
 */
export function registerTexts<Texts extends Record<string, unknown>>(
  namespace: string,
  texts: { [L in Language]: NoInfer<Texts> } & { 'zh-CN': Texts },
): void {
  for (const language of Object.keys(texts) as Language[]) {
    i18n.addResourceBundle(language, namespace, texts[language], true, true);
  }
}

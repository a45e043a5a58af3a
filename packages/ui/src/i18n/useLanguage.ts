import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, pickText, type Language } from './languages';
import { setLanguage } from './i18n';

/** The current language (re-renders on change), a setter, and a picker for { zh, en } messages. */
export function useLanguage(): {
  language: Language;
  setLanguage: (language: Language) => Promise<void>;
  pick: (message: { zh: string; en: string }) => string;
} {
  const { i18n } = useTranslation();
  const raw = i18n.resolvedLanguage ?? i18n.language;
  const language = isLanguage(raw) ? raw : DEFAULT_LANGUAGE;
  const pick = useCallback((message: { zh: string; en: string }) => pickText(message, language), [language]);
  return { language, setLanguage, pick };
}

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { commonZhCN } from './common/zh-CN';
import { DEFAULT_LANGUAGE, isLanguage, storedLanguage, storeLanguage, type Language } from './languages';

/** The one i18next instance of an app: shared texts live in `common`, apps add their own namespaces. */
export const i18n = i18next.createInstance();

// Only the default language is bundled (decision 82): it starts in zh-CN, and a stored English
// choice is loaded and switched to before the first render (`languageReady`, TextsProvider).
void i18n.use(initReactI18next).init({
  resources: {},
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['zh-CN', 'en'],
  defaultNS: 'common',
  ns: ['common'],
  // React escapes already; i18next escaping would show entities such as &quot;.
  interpolation: { escapeValue: false },
  // The default language is bundled, so initialising synchronously avoids a flash of keys.
  initAsync: false,
});

/** The languages other than the default: their catalogues are loaded when first used. */
type LoadedLanguage = Exclude<Language, 'zh-CN'>;
interface CatalogueLoader {
  namespace: string;
  load: () => Promise<Record<string, unknown>>;
  loaded?: Promise<void>;
}
const loaders: Record<LoadedLanguage, CatalogueLoader[]> = { en: [] };

function loadCatalogue(language: LoadedLanguage, loader: CatalogueLoader): Promise<void> {
  loader.loaded ??= loader.load().then(
    (texts) => void i18n.addResourceBundle(language, loader.namespace, texts, true, true),
    (error: unknown) => {
      loader.loaded = undefined; // a later call tries again (the network came back)
      throw error;
    },
  );
  return loader.loaded;
}

/** Loads every catalogue of the language registered so far (and any registered meanwhile); zh-CN is bundled. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'zh-CN') return;
  const registered = loaders[language];
  for (let done = 0; done < registered.length; ) {
    const upTo = registered.length;
    await Promise.all(registered.slice(0, upTo).map((loader) => loadCatalogue(language, loader)));
    done = upTo;
  }
}

/** The texts of the language in force, loaded: a lazily loaded screen awaits it before it renders (`lazyPage`). */
export function textsReady(): Promise<void> {
  return loadLanguage(currentLanguage());
}

function applySideEffects(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
applySideEffects(DEFAULT_LANGUAGE);

/** The language in force; falls back to the default if i18next reports something unexpected. */
export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

/**
 * Switches texts and <html lang> (dayjs follows, ./dayjsLocale.ts), and remembers the choice on this
 * browser. The language's catalogues are loaded first, so no screen shows it half translated.
 */
export async function setLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  storeLanguage(language);
  applySideEffects(language);
  await i18n.changeLanguage(language);
}

let startup: Promise<void> | undefined;
/** The language chosen last time on this browser, loaded and in force; null when it is the bundled default (nothing to wait for). */
export function languageReady(): Promise<void> | null {
  if (storedLanguage() === DEFAULT_LANGUAGE) return null;
  return (startup ??= setLanguage(storedLanguage()));
}

/**
 * Adds an area's catalogue under its namespace. Every area has the same layout:
 * `i18n/<area>/zh-CN.ts` (the shape, `typeof`) and `i18n/<area>/en.ts` (`satisfies` that shape),
 * so a key missing in one language is a type error. zh-CN, the default, is passed itself; English
 * as a loader (`() => import('./en').then((m) => m.xEn)`), so it is a chunk of its own, downloaded
 * when English is in force or chosen: a zh-CN user never downloads it.
 */
export function registerTexts<Texts extends Record<string, unknown>>(
  namespace: string,
  texts: { 'zh-CN': Texts } & { [L in LoadedLanguage]: () => Promise<NoInfer<Texts>> },
): void {
  i18n.addResourceBundle('zh-CN', namespace, texts['zh-CN'], true, true);
  const loader: CatalogueLoader = { namespace, load: texts.en };
  loaders.en.push(loader);
  // A screen's chunk registering while English is in force starts the download at once; lazyPage awaits it.
  if (currentLanguage() === 'en') loadCatalogue('en', loader).catch(() => undefined);
}

registerTexts('common', { 'zh-CN': commonZhCN, en: () => import('./common/en').then((m) => m.commonEn) });

import { Suspense, use, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n, languageReady } from './i18n';

/** The shared i18n instance for an app's screens; no antd (the township app's first download has none, decision 78). */
export function TextsProvider({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <Suspense fallback={null}>
        <StoredLanguage>{children}</StoredLanguage>
      </Suspense>
    </I18nextProvider>
  );
}

/** Renders nothing until a stored English choice is loaded and in force: no screen flashes in zh-CN first (decision 82). */
function StoredLanguage({ children }: { children: ReactNode }) {
  const ready = languageReady();
  if (ready) use(ready);
  return children;
}

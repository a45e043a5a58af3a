import { useMemo, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
// The ES modules: `antd/locale/*` are CommonJS copies, a second en_US beside the one antd's components import.
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n';
import { useLanguage } from './useLanguage';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';

function LocalizedAntd({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  const reducedMotion = usePrefersReducedMotion();
  const theme = useMemo(() => ({ token: { motion: !reducedMotion } }), [reducedMotion]);
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={theme}>
      {/* antd's App gives message/modal/notification hooks that follow this ConfigProvider. */}
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** Wraps an app in the shared i18n instance and the antd locale that follows it. */
export function UiProvider({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <LocalizedAntd>{children}</LocalizedAntd>
    </I18nextProvider>
  );
}

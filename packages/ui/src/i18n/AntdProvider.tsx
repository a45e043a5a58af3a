import { useMemo, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
// The ES modules: `antd/locale/*` are CommonJS copies, a second en_US beside the one antd's components import.
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { followLanguageWithDayjs } from './dayjsLocale';
import { registerOfficeTexts } from './office';
import { useLanguage } from './useLanguage';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';

followLanguageWithDayjs();
registerOfficeTexts();

/**
 * antd's locale (following the language), motion (following the system's setting) and the `App`
 * message/modal/notification hooks, around antd screens. The admin app has it around everything
 * (UiProvider); the township app loads it lazily (sub-path `@pcs/ui/antd`) around its desktop
 * shell and around antd pages shown in the phone shell (decision 78).
 */
export function AntdProvider({ children }: { children: ReactNode }) {
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

import type { ReactNode } from 'react';
import { AntdProvider } from './AntdProvider';
import { TextsProvider } from './TextsProvider';

/** Wraps an app in the shared i18n instance and the antd locale that follows it (the admin app: antd everywhere). */
export function UiProvider({ children }: { children: ReactNode }) {
  return (
    <TextsProvider>
      <AntdProvider>{children}</AntdProvider>
    </TextsProvider>
  );
}

import type { ReactNode } from 'react';
import { lazyPage, PageSuspense } from './lazyPage';
import { Spinner } from './Spinner';

// antd's providers are a chunk of their own for apps whose first download has no antd (the township app, decision 78).
const AntdProvider = lazyPage(() => import('../i18n/AntdProvider'), 'AntdProvider');

/**
 * While a lazily loaded wrapper (antd's providers, the desktop shell) arrives, its content is
 * rendered hidden beside the spinner, so the content's own lazy chunks and queries start at the
 * same time instead of one round trip later (a slow phone network pays ~0.5 s per round trip).
 */
export function WhileLoading({ wrapped, children, fullScreen, prerender = true }: { wrapped: ReactNode; children: ReactNode; fullScreen?: boolean; prerender?: boolean }) {
  return (
    <PageSuspense
      fallback={
        <>
          <Spinner size={fullScreen ? 40 : 32} minHeight={fullScreen ? '100vh' : 240} testId="page-loading" />
          {prerender && (
            <div hidden>
              <PageSuspense fallback={null}>{children}</PageSuspense>
            </div>
          )}
        </>
      }
    >
      {wrapped}
    </PageSuspense>
  );
}

/** antd screens outside an antd shell (the phone shell's antd pages and pieces, the public pages): antd's locale and hooks, loaded lazily (decision 78). */
export function AntdScope({ children, prerender }: { children: ReactNode; /** False for content whose mounting has effects that must not run twice (a public page's rate-limited requests). */ prerender?: boolean }) {
  return (
    <WhileLoading prerender={prerender} wrapped={<AntdProvider>{children}</AntdProvider>}>
      {children}
    </WhileLoading>
  );
}

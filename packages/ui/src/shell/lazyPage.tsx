import { createElement, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { textsReady } from '../i18n/i18n';
import { Spinner } from './Spinner';

/**
 * A page loaded when its route is first opened (its own chunk, with what only it needs):
 * `const HomePage = lazyPage(() => import('./pages/HomePage'), 'HomePage')`, used like the page
 * itself inside a `PageSuspense`. The apps' first download is then the shell and the opened page only.
 * `preload()` loads the code before the page is rendered (the page the app is opened at): it then
 * renders at once instead of suspending, whose reveal React 19 holds back up to 300 ms.
 * In English it also waits for the English catalogues its chunk registered (decision 82), so it never
 * renders in the wrong language.
 */
export function lazyPage<M extends Record<K, (props: never) => ReactNode>, K extends keyof M & string>(load: () => Promise<M>, name: K): M[K] & { preload: () => Promise<void> } {
  // React.lazy's types want one props type; the page keeps its own through M[K].
  let loaded: ComponentType<object> | undefined;
  const preload = async () => {
    const module = await load();
    await textsReady();
    loaded = module[name] as unknown as ComponentType<object>;
  };
  const Lazy = lazy(async () => {
    await preload();
    return { default: loaded! };
  });
  function Page(props: object) {
    // Chosen once per mounted page: switching from Lazy to the loaded component later would remount it.
    const [Component] = useState(() => loaded ?? Lazy);
    return createElement(Component, props);
  }
  return Object.assign(Page, { preload }) as unknown as M[K] & { preload: () => Promise<void> };
}

/** What shows while a page's code arrives: a spinner with "Loading…", in the page area (the shell stays). */
export function PageLoading() {
  const { t } = useTranslation();
  return <Spinner label={t('app.loading')} minHeight={240} testId="page-loading" />;
}

/** The boundary around routed lazy pages (and any lazily loaded piece of a page). */
export function PageSuspense({ children, fallback }: { children: ReactNode; fallback?: ReactNode }) {
  return <Suspense fallback={fallback ?? <PageLoading />}>{children}</Suspense>;
}

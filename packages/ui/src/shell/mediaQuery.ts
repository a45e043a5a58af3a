import { useSyncExternalStore } from 'react';

/** A CSS media query as a store React can follow: read now, or as a hook that re-renders when it changes. */
export function mediaQuery(query: string) {
  const subscribe = (onChange: () => void): (() => void) => {
    const media = window.matchMedia(query);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  };
  const matches = (): boolean => window.matchMedia(query).matches;
  return { matches, useMatches: (): boolean => useSyncExternalStore(subscribe, matches, () => false) };
}

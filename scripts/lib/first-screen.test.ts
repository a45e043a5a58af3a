import { describe, expect, it } from 'vitest';
import { routePreloadScript } from './route-preloads';

/** Runs the script as a page at `pathname` would and gives the hrefs of the links it adds. */
function preloadsAt(pathname: string, narrow: boolean): string[] {
  const added: { rel: string; href: string }[] = [];
  const document = { createElement: () => ({ rel: '', href: '' }), head: { appendChild: (link: { rel: string; href: string }) => added.push(link) } };
  const script = routePreloadScript([
    { p: '/', n: 1, f: ['assets/PhoneHome-1.js', 'assets/PhoneCard-2.js'] },
    { p: '/my-grids', f: ['assets/MyGrids-3.js'] },
  ]);
  new Function('location', 'document', 'matchMedia', script)({ pathname }, document, () => ({ matches: narrow }));
  expect(added.every((link) => link.rel === 'modulepreload')).toBe(true);
  return added.map((link) => link.href);
}

describe('routePreloadScript', () => {
  it('asks for the opened path’s chunks', () => {
    expect(preloadsAt('/my-grids', false)).toEqual(['/assets/MyGrids-3.js']);
    expect(preloadsAt('/my-grids/', true)).toEqual(['/assets/MyGrids-3.js']);
  });
  it('asks for a phone-only route’s chunks only on a narrow window', () => {
    expect(preloadsAt('/', true)).toEqual(['/assets/PhoneHome-1.js', '/assets/PhoneCard-2.js']);
    expect(preloadsAt('/', false)).toEqual([]);
  });
  it('asks for nothing on another path', () => {
    expect(preloadsAt('/deputies', true)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { isPlainClick, routeHref } from './menuLinks';

describe('routeHref', () => {
  it('drops a section path\'s nested-routes star', () => {
    expect(routeHref('/me/*')).toBe('/me');
    expect(routeHref('/deputy-groups/*')).toBe('/deputy-groups');
  });
  it('keeps plain paths and the root', () => {
    expect(routeHref('/villages')).toBe('/villages');
    expect(routeHref('/')).toBe('/');
    expect(routeHref('/*')).toBe('/');
  });
});

describe('isPlainClick', () => {
  const click = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };
  it('is a left click without modifiers (Enter on a link is one too)', () => {
    expect(isPlainClick(click)).toBe(true);
  });
  it('leaves new-tab and new-window clicks to the browser', () => {
    expect(isPlainClick({ ...click, ctrlKey: true })).toBe(false);
    expect(isPlainClick({ ...click, metaKey: true })).toBe(false);
    expect(isPlainClick({ ...click, shiftKey: true })).toBe(false);
    expect(isPlainClick({ ...click, altKey: true })).toBe(false);
    expect(isPlainClick({ ...click, button: 1 })).toBe(false);
  });
});

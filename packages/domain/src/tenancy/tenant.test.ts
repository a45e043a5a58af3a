import { describe, expect, it } from 'vitest';
import { congressBodyName, hasOwnCongress } from './tenant';

describe('township kinds', () => {
  it('gives sub-districts a working committee instead of a congress', () => {
    expect((['town', 'township', 'ethnic_township', 'subdistrict'] as const).map(hasOwnCongress)).toEqual([true, true, true, false]);
    expect(congressBodyName('town').zh).toBe('乡镇人大主席团');
    expect(congressBodyName('subdistrict').zh).toBe('街道人大工委');
  });
});

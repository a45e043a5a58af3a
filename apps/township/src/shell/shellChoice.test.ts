import { describe, expect, it } from 'vitest';
import { shellFor } from './shellChoice';

describe('shellFor', () => {
  it('gives a grid worker or a deputy on a narrow screen the phone shell', () => {
    expect(shellFor({ narrow: true, roles: ['grid_worker'] })).toBe('phone');
    expect(shellFor({ narrow: true, roles: ['deputy'] })).toBe('phone');
    // A grid worker whose account is linked to a deputy (decision 67).
    expect(shellFor({ narrow: true, roles: ['grid_worker', 'deputy'] })).toBe('phone');
  });

  it('keeps the desktop shell on a wide screen, for office roles, and for anyone with an office role too', () => {
    expect(shellFor({ narrow: false, roles: ['grid_worker'] })).toBe('desktop');
    expect(shellFor({ narrow: true, roles: ['township_admin'] })).toBe('desktop');
    expect(shellFor({ narrow: true, roles: ['grid_worker', 'township_staff'] })).toBe('desktop');
    expect(shellFor({ narrow: true, roles: [] })).toBe('desktop');
  });
});

import { describe, expect, it } from 'vitest';
import { nextStamp } from './stamp';

describe('nextStamp', () => {
  it('uses the clock when it is past every folder', () => {
    expect(nextStamp(new Date('2026-12-01T08:00:00Z'), ['20261128100000_a', 'migration_lock.toml'])).toBe('20261201080000');
  });
  it('sorts after a folder stamped ahead of the clock, across a day and a month', () => {
    expect(nextStamp(new Date('2026-11-27T13:00:00Z'), ['20261128100000_a', '20261128100100_b'])).toBe('20261128100101');
    expect(nextStamp(new Date('2026-11-27T13:00:00Z'), ['20261130235959_a'])).toBe('20261201000000');
  });
  it('starts from the clock without folders', () => {
    expect(nextStamp(new Date('2026-11-27T13:00:00Z'), [])).toBe('20261127130000');
  });
});

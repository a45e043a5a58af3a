import { describe, expect, it } from 'vitest';
import { percentShare } from './share';

describe('percentShare', () => {
  it('gives a percentage to one decimal', () => {
    expect(percentShare(1, 3)).toBe(33.3);
    expect(percentShare(2, 3)).toBe(66.7);
    expect(percentShare(3, 3)).toBe(100);
  });
  it('is null without a whole, not zero', () => {
    expect(percentShare(0, 0)).toBeNull();
  });
});

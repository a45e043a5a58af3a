import { describe, expect, it } from 'vitest';
import { keyTopicsFigure } from './key-topics';

describe('key supervision topics', () => {
  it('is open while the year runs and short once it is over', () => {
    expect(keyTopicsFigure(1, 4, { min: 2, max: 3 }, false)).toMatchObject({ state: 'open', note: { zh: '已开展重点监督事项1项（规定每年2–3项）' } });
    expect(keyTopicsFigure(1, 4, { min: 2, max: 3 }, true)).toMatchObject({ state: 'below', note: { zh: '全年开展重点监督事项1项，少于规定的2–3项' } });
  });

  it('keeps both ends of the range and tells a count above it', () => {
    expect(keyTopicsFigure(3, 3, { min: 2, max: 3 }, true)).toMatchObject({ carriedOut: 3, planned: 3, min: 2, max: 3, state: 'within' });
    expect(keyTopicsFigure(5, 6, { min: 2, max: 3 }, false)?.state).toBe('above');
    expect(keyTopicsFigure(1, 1, 2, true)).toBeNull();
  });
});

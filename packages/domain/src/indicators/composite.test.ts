import { describe, expect, it } from 'vitest';
import { compositeIndex, countyTotal, indicatorValue, meetsTarget, movement, normalise, rankWithTies, scoreIndicator, type TownshipCounts } from './composite';

const row = (tenantId: string, numerator: number, denominator: number | null, applicable = true): TownshipCounts => ({ tenantId, code: tenantId, applicable, numerator, denominator });

describe('indicator values from counts', () => {
  it('divides the numerator by the denominator, and never divides by zero', () => {
    expect(indicatorValue('percent', 3, 4)).toBe(75);
    expect(indicatorValue('percent', 0, 0)).toBeNull();
    expect(indicatorValue('per_group', 9, 3)).toBe(3);
    expect(indicatorValue('count', 5, null)).toBe(5);
    // Appraisal scores arrive in hundredths of a point: two results of 87.5 and 88 give a mean of 87.75.
    expect(indicatorValue('points', 8750 + 8800, 2)).toBe(87.75);
    expect(indicatorValue('rank', 1 + 4, 2)).toBe(2.5);
    expect(indicatorValue('points', 0, 0)).toBeNull();
  });

  it('sums counts for the county total instead of averaging rates', () => {
    // 1/1 and 1/3: the average of rates would be 66.7%, the county's share is 2/4 = 50%.
    const total = countyTotal('percent', [row('a', 1, 1), row('b', 1, 3), row('c', 5, 5, false)]);
    expect(total).toEqual({ numerator: 2, denominator: 4, value: 50 });
    expect(countyTotal('count', [row('a', 2, null), row('b', 3, null)])).toEqual({ numerator: 5, denominator: null, value: 5 });
  });

  it('normalises min to max onto 0 to 100, in the direction that is better', () => {
    expect(normalise([50, 75, 100], true)).toEqual([0, 50, 100]);
    expect(normalise([50, 75, 100], false)).toEqual([100, 50, 0]);
    expect(normalise([80, 80], true)).toEqual([null, null]);
    expect(normalise([0], true)).toEqual([null]);
  });

  it('ranks ties together and skips the next rank, listing tied townships by code', () => {
    const ranked = rankWithTies([
      { code: 'B', score: 90 },
      { code: 'A', score: 90 },
      { code: 'C', score: 95 },
      { code: 'D', score: 10 },
    ]);
    expect(ranked.map((r) => [r.code, r.rank])).toEqual([
      ['C', 1],
      ['A', 2],
      ['B', 2],
      ['D', 4],
    ]);
    expect(rankWithTies([{ code: 'A', score: 1 }, { code: 'B', score: 2 }], false).map((r) => r.code)).toEqual(['A', 'B']);
  });

  it('marks no data, not applicable and too few records, and ranks the rest', () => {
    const results = scoreIndicator({ unit: 'percent', higherIsBetter: true }, [row('a', 1, 2), row('b', 2, 2), row('c', 0, 0), row('d', 0, 1, false), row('e', 1, 1)], 2, new Map([['a', 60], ['b', 60]]));
    expect(results.map((r) => [r.tenantId, r.status, r.value, r.score, r.rank, r.meetsTarget])).toEqual([
      ['a', 'ranked', 50, 0, 2, false],
      ['b', 'ranked', 100, 100, 1, true],
      ['c', 'no_data', null, null, null, null],
      ['d', 'not_applicable', null, null, null, null],
      ['e', 'too_few_records', 100, null, null, null],
    ]);
    // Without the rule configured there is no minimum.
    expect(scoreIndicator({ unit: 'percent', higherIsBetter: true }, [row('e', 1, 1)], null, new Map())[0]!.status).toBe('ranked');
  });

  it('leaves out an indicator every township has the same value on, so an empty township does not rank first', () => {
    const allZero = scoreIndicator({ unit: 'count', higherIsBetter: true }, [row('a', 0, null), row('b', 0, null)], null, new Map());
    expect(allZero.map((r) => [r.tenantId, r.status, r.score, r.rank])).toEqual([
      ['a', 'ranked', null, 1],
      ['b', 'ranked', null, 1],
    ]);
    const oneEmpty = scoreIndicator({ unit: 'count', higherIsBetter: true }, [row('a', 0, null), row('b', 4, null)], null, new Map());
    expect(oneEmpty.map((r) => [r.tenantId, r.score, r.rank])).toEqual([
      ['a', 0, 2],
      ['b', 100, 1],
    ]);
    expect(compositeIndex([{ tenantId: 'a', code: 'A', parts: [{ weight: 10, score: allZero[0]!.score }] }])[0]).toEqual({ tenantId: 'a', index: null, rank: null, weightUsed: 0 });
  });

  it('weights the scores a township has, renormalising over them', () => {
    const result = compositeIndex([
      { tenantId: 'a', code: 'A', parts: [{ weight: 30, score: 100 }, { weight: 10, score: 0 }] },
      { tenantId: 'b', code: 'B', parts: [{ weight: 30, score: null }, { weight: 10, score: 50 }] },
      { tenantId: 'c', code: 'C', parts: [{ weight: 30, score: null }, { weight: 0, score: 100 }] },
    ]);
    expect(result).toEqual([
      { tenantId: 'a', index: 75, rank: 1, weightUsed: 40 },
      { tenantId: 'b', index: 50, rank: 2, weightUsed: 10 },
      { tenantId: 'c', index: null, rank: null, weightUsed: 0 },
    ]);
  });

  it('compares with targets and with the previous period', () => {
    expect(meetsTarget(10, 20, false)).toBe(true);
    expect(meetsTarget(10, null, true)).toBeNull();
    expect(movement({ value: 80, rank: 2 }, { value: 70, rank: 5 })).toEqual({ valueChange: 10, rankChange: 3 });
    expect(movement({ value: 80, rank: null }, undefined)).toEqual({ valueChange: null, rankChange: null });
  });
});

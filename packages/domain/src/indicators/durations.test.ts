import { describe, expect, it } from 'vitest';
import { DURATION_BANDS, HISTOGRAM_LENGTH, addHistograms, bandOf, histogramOf, percentileOfHistogram } from './durations';

describe('duration bands', () => {
  it('are hourly for a day, six-hourly to a week, daily to sixty days, weekly to 180 days', () => {
    expect(DURATION_BANDS.slice(0, 3)).toEqual([0, 1, 2]);
    expect(DURATION_BANDS).toContain(24);
    expect(DURATION_BANDS).toContain(30);
    expect(DURATION_BANDS).toContain(168);
    expect(DURATION_BANDS).toContain(60 * 24);
    expect(DURATION_BANDS.at(-1)).toBe(179 * 24);
    expect([...DURATION_BANDS].sort((a, b) => a - b)).toEqual(DURATION_BANDS);
  });

  it('place a duration as width_bucket does: below 0, between bounds, at or past the last', () => {
    expect(bandOf(-1)).toBe(0);
    expect(bandOf(0)).toBe(1);
    expect(bandOf(0.99)).toBe(1);
    expect(bandOf(1)).toBe(2);
    expect(bandOf(10_000)).toBe(HISTOGRAM_LENGTH - 1);
  });
});

describe('percentiles from counts per band', () => {
  it('interpolate inside the band: four events of 2.25, 2.5, 2.75 and 5.5 hours', () => {
    const h = histogramOf([2.25, 2.5, 2.75, 5.5]);
    // p50: the 2nd of 4 records; band [2, 3) holds 3 records, so 2 + (2 − 0) / 3 × 1.
    expect(percentileOfHistogram(h, 0.5)).toBeCloseTo(2 + 2 / 3, 10);
    // p90: the 3.6th record is in band [5, 6), holding 1 after 3: 5 + 0.6 × 1.
    expect(percentileOfHistogram(h, 0.9)).toBeCloseTo(5.6, 10);
  });

  it('add townships band by band: the county median is not the mean of the medians', () => {
    const fast = histogramOf([1.5, 1.5, 1.5]);
    const slow = histogramOf([30.5]);
    const county = addHistograms([fast, slow]);
    expect(county.reduce((a, b) => a + b, 0)).toBe(4);
    // Two of four records: band [1, 2) holds 3 → 1 + 2/3.
    expect(percentileOfHistogram(county, 0.5)).toBeCloseTo(1 + 2 / 3, 10);
  });

  it('read nothing as null, a clock error as 0, and the open last band as its lower bound', () => {
    expect(percentileOfHistogram(histogramOf([]), 0.5)).toBeNull();
    expect(percentileOfHistogram(histogramOf([-3]), 0.5)).toBe(0);
    expect(percentileOfHistogram(histogramOf([9999]), 0.9)).toBe(179 * 24);
  });
});

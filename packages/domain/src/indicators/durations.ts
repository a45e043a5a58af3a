/**
 * Duration indicators (median and 90th-percentile time of a stage): each township's records are
 * counted per band of hours, and a value is read from the counts. A county figure then adds the
 * townships' counts band by band and reads its percentile from the sum, as every county total is
 * made from counts (COMPOSITE_RULES.totals); it is never an average of townships' medians.
 *
 * The bands: hourly for the first day, six-hourly to a week, daily to sixty days, weekly to 180
 * days. A value is interpolated inside its band, so it is exact to within the band's width.
 */
function bandBounds(): number[] {
  const bounds: number[] = [];
  for (let h = 0; h <= 24; h += 1) bounds.push(h);
  for (let h = 30; h <= 7 * 24; h += 6) bounds.push(h);
  for (let d = 8; d <= 60; d += 1) bounds.push(d * 24);
  for (let d = 67; d <= 180; d += 7) bounds.push(d * 24);
  return bounds;
}

/** Ascending band bounds in hours, from 0. Band i (1-based) is [bounds[i-1], bounds[i]); band 0 is below 0 (a clock error), the last band at or above the last bound. */
export const DURATION_BANDS: readonly number[] = bandBounds();
/** The length of a histogram: the bands between bounds, and the two outside them. */
export const HISTOGRAM_LENGTH = DURATION_BANDS.length + 1;

/** The band of a duration: PostgreSQL's width_bucket(hours, bounds) does the same in the counting query. */
export function bandOf(hours: number): number {
  let band = 0;
  while (band < DURATION_BANDS.length && hours >= DURATION_BANDS[band]!) band += 1;
  return band;
}

/** Counts per band of a list of durations (tests and checks; the database counts the stored ones). */
export function histogramOf(hours: readonly number[]): number[] {
  const counts = new Array<number>(HISTOGRAM_LENGTH).fill(0);
  for (const h of hours) counts[bandOf(h)]! += 1;
  return counts;
}

/** Band by band sums (the county's counts from its townships'). */
export function addHistograms(histograms: ReadonlyArray<readonly number[]>): number[] {
  const sum = new Array<number>(HISTOGRAM_LENGTH).fill(0);
  for (const h of histograms) h.forEach((n, i) => (sum[i]! += n));
  return sum;
}

/**
 * The p-th percentile (0 < p ≤ 1) in hours from counts per band: the band holding the p·N-th
 * record, interpolated linearly inside it. Nothing counted: null. Below 0 reads as 0; the last
 * band, open-ended, as its lower bound (at least 180 days).
 */
export function percentileOfHistogram(histogram: readonly number[], p: number): number | null {
  const total = histogram.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const target = p * total;
  let before = 0;
  for (let band = 0; band < histogram.length; band += 1) {
    const count = histogram[band]!;
    if (count > 0 && before + count >= target) {
      if (band === 0) return 0;
      const lower = DURATION_BANDS[band - 1]!;
      if (band >= DURATION_BANDS.length) return lower;
      const upper = DURATION_BANDS[band]!;
      return lower + ((target - before) / count) * (upper - lower);
    }
    before += count;
  }
  return null;
}

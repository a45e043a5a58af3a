/** `part` as a percentage of `whole`, to one decimal; null when there is no whole to measure against. */
export const percentShare = (part: number, whole: number): number | null => (whole ? Math.round((part / whole) * 1000) / 10 : null);

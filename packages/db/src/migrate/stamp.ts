/**
 * The new folder's timestamp: now, or one second after the latest folder if that is later
 * (folders are applied in name order, and some carry stamps ahead of the clock), so that a new
 * migration always runs last.
 */
export function nextStamp(now: Date, folders: readonly string[]): string {
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const latest = folders.map((f) => f.slice(0, 14)).filter((f) => /^\d{14}$/.test(f)).sort().at(-1);
  if (!latest || stamp > latest) return stamp;
  const [y, mo, d, h, mi, s] = [0, 4, 6, 8, 10, 12].map((i, k) => Number(latest.slice(i, i + (k === 0 ? 4 : 2))));
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s! + 1)).toISOString().replace(/\D/g, '').slice(0, 14);
}

import { instantAt } from '../time/clock';

/**
 * What a photo says about itself (EXIF), kept beside the server's receive time: when the
 * camera took it and where. Cameras write local wall-clock time without a zone; a phone
 * may add the offset (OffsetTimeOriginal). Without one, the time is read as the county's.
 */
export interface PhotoMetadata {
  capturedAt: Date | null;
  latitude: number | null;
  longitude: number | null;
}

const EXIF_DATE_TIME = /^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})/;
const OFFSET = /^([+-])(\d{2}):(\d{2})$/;

/** An EXIF date-time ("2026:05:01 08:30:00") as an instant; null when absent or not a real time. */
export function exifCaptureInstant(raw: string | null | undefined, offset: string | null | undefined, timeZone: string): Date | null {
  const match = raw ? EXIF_DATE_TIME.exec(raw.trim()) : null;
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(asUtc);
  // "0000:00:00 00:00:00" (an unset camera clock) and impossible dates say nothing.
  if (year < 1990 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  const zone = offset ? OFFSET.exec(offset.trim()) : null;
  if (zone) {
    const minutes = (Number(zone[2]) * 60 + Number(zone[3])) * (zone[1] === '-' ? -1 : 1);
    return new Date(asUtc - minutes * 60_000);
  }
  const isoDay = `${match[1]}-${match[2]}-${match[3]}`;
  return new Date(instantAt(isoDay, hour, timeZone).getTime() + (minute * 60 + second) * 1000);
}

/** EXIF GPS as a WGS-84 position; null when missing, out of range, or 0,0 (a camera without a fix). */
export function exifPosition(latitude: unknown, longitude: unknown): { latitude: number; longitude: number } | null {
  if (typeof latitude !== 'number' || typeof longitude !== 'number' || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || (latitude === 0 && longitude === 0)) return null;
  return { latitude, longitude };
}

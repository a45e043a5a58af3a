import { describe, expect, it } from 'vitest';
import { ATTACHMENT_OWNER_ACCESS, ownerTakesContentType, PHOTO_ACCEPT } from './attachments';
import { exifCaptureInstant, exifPosition } from './photo-metadata';

describe('EXIF capture time', () => {
  it('reads a time without offset as the county wall clock', () => {
    expect(exifCaptureInstant('2026:05:01 08:30:15', undefined, 'Asia/Shanghai')?.toISOString()).toBe('2026-05-01T00:30:15.000Z');
    // Early morning in the county is the previous day in UTC.
    expect(exifCaptureInstant('2026:05:01 03:05:00', null, 'Asia/Shanghai')?.toISOString()).toBe('2026-04-30T19:05:00.000Z');
  });

  it('uses the offset the phone wrote', () => {
    expect(exifCaptureInstant('2026:05:01 08:30:00', '+09:00', 'Asia/Shanghai')?.toISOString()).toBe('2026-04-30T23:30:00.000Z');
    expect(exifCaptureInstant('2026:05:01 08:30:00', '-05:30', 'Asia/Shanghai')?.toISOString()).toBe('2026-05-01T14:00:00.000Z');
  });

  it('ignores unset and impossible times', () => {
    expect(exifCaptureInstant('0000:00:00 00:00:00', undefined, 'Asia/Shanghai')).toBeNull();
    expect(exifCaptureInstant('2026:02:30 10:00:00', undefined, 'Asia/Shanghai')).toBeNull();
    expect(exifCaptureInstant('2026:02:03 25:00:00', undefined, 'Asia/Shanghai')).toBeNull();
    expect(exifCaptureInstant('yesterday', undefined, 'Asia/Shanghai')).toBeNull();
    expect(exifCaptureInstant(undefined, undefined, 'Asia/Shanghai')).toBeNull();
  });
});

describe('EXIF position', () => {
  it('keeps a real position', () => {
    expect(exifPosition(30.123456, 118.5)).toEqual({ latitude: 30.123456, longitude: 118.5 });
  });

  it('drops missing, out-of-range and 0,0 positions', () => {
    expect(exifPosition(undefined, 118)).toBeNull();
    expect(exifPosition(91, 118)).toBeNull();
    expect(exifPosition(30, -181)).toBeNull();
    expect(exifPosition(0, 0)).toBeNull();
    expect(exifPosition(Number.NaN, 1)).toBeNull();
  });
});

describe('photo owners', () => {
  it('take images only; other owners any accepted type', () => {
    expect(PHOTO_ACCEPT.split(',')).toEqual(['image/jpeg', '.jpg', '.jpeg', 'image/png', '.png']);
    for (const kind of Object.keys(ATTACHMENT_OWNER_ACCESS) as Array<keyof typeof ATTACHMENT_OWNER_ACCESS>) {
      expect(ownerTakesContentType(kind, 'image/jpeg')).toBe(true);
      expect(ownerTakesContentType(kind, 'application/pdf')).toBe(!ATTACHMENT_OWNER_ACCESS[kind].photosOnly);
    }
  });
});

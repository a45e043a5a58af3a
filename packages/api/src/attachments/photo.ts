import exifr from 'exifr';
import sharp from 'sharp';
import { exifCaptureInstant, exifPosition, isImageContentType, type PhotoMetadata } from '@pcs/domain';
import { invalidField } from '../errors';

/** What an image upload adds to its row: its EXIF time and position, its size as shown, a thumbnail. */
export interface ImageFacts extends PhotoMetadata {
  width: number;
  height: number;
  thumbnail: Buffer;
}

/** The longest side of a thumbnail, in pixels: enough for a list or a timeline on a phone. */
const THUMBNAIL_SIZE = 320;

interface ExifTags {
  DateTimeOriginal?: string;
  CreateDate?: string;
  OffsetTimeOriginal?: string;
  latitude?: number;
  longitude?: number;
}

async function readExif(data: Buffer): Promise<ExifTags> {
  try {
    // Raw strings (reviveValues off): the time zone is ours to decide, not the server's.
    // exifr adds `latitude` and `longitude` in decimal degrees when the GPS block has them.
    return ((await exifr.parse(data, { tiff: true, exif: true, gps: true, reviveValues: false, translateValues: false })) as ExifTags | undefined) ?? {};
  } catch {
    // A photo without readable EXIF is still a photo: it says nothing of when or where.
    return {};
  }
}

/**
 * Reads an accepted image (JPEG or PNG, sniffed already): EXIF capture time in the county's
 * zone unless the phone wrote its offset, GPS position, and a JPEG thumbnail turned upright.
 * Bytes that look like an image but do not decode are refused as a bad file (400), never a 5xx.
 */
export async function imageFacts(data: Buffer, contentType: string, timeZone: string): Promise<ImageFacts | null> {
  if (!isImageContentType(contentType)) return null;
  let thumbnail: Buffer;
  let shown: { width: number; height: number };
  try {
    // Lenient: a photo with a damaged tail still shows what it has; one whose header is broken is refused.
    const image = sharp(data, { failOn: 'none', limitInputPixels: 100_000_000 });
    const meta = await image.metadata();
    const turned = (meta.orientation ?? 1) >= 5;
    shown = { width: (turned ? meta.height : meta.width) ?? 0, height: (turned ? meta.width : meta.height) ?? 0 };
    thumbnail = await image
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 75 })
      .toBuffer();
  } catch {
    throw invalidField(['file'], { zh: '图片无法读取（文件已损坏或不完整）', en: 'the image cannot be read (the file is damaged or incomplete)' });
  }
  const exif = await readExif(data);
  const position = exifPosition(exif.latitude, exif.longitude);
  return {
    capturedAt: exifCaptureInstant(exif.DateTimeOriginal ?? exif.CreateDate, exif.OffsetTimeOriginal, timeZone),
    latitude: position?.latitude ?? null,
    longitude: position?.longitude ?? null,
    width: shown.width,
    height: shown.height,
    thumbnail,
  };
}

import { z } from 'zod';
import { requiredText } from './common';

/** Files attached to activities, meetings, documents and reception days, kept in PostgreSQL. */
export const CONGRESS_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const CONGRESS_ATTACHMENT_OWNER_KINDS = ['activity', 'meeting', 'document', 'reception'] as const;
export type CongressAttachmentOwnerKind = (typeof CONGRESS_ATTACHMENT_OWNER_KINDS)[number];

/** Accepted types and the first bytes a file of that type starts with (checked on upload). */
export const CONGRESS_ATTACHMENT_TYPES: Record<string, { extensions: string[]; magic: number[][] }> = {
  'application/pdf': { extensions: ['pdf'], magic: [[0x25, 0x50, 0x44, 0x46]] },
  'image/jpeg': { extensions: ['jpg', 'jpeg'], magic: [[0xff, 0xd8, 0xff]] },
  'image/png': { extensions: ['png'], magic: [[0x89, 0x50, 0x4e, 0x47]] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extensions: ['docx'], magic: [[0x50, 0x4b, 0x03, 0x04]] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { extensions: ['xlsx'], magic: [[0x50, 0x4b, 0x03, 0x04]] },
  'application/msword': { extensions: ['doc'], magic: [[0xd0, 0xcf, 0x11, 0xe0]] },
  'application/vnd.ms-excel': { extensions: ['xls'], magic: [[0xd0, 0xcf, 0x11, 0xe0]] },
};
export const CONGRESS_ATTACHMENT_CONTENT_TYPES = Object.keys(CONGRESS_ATTACHMENT_TYPES) as [string, ...string[]];

export const congressAttachmentUploadSchema = z.object({
  ownerKind: z.enum(CONGRESS_ATTACHMENT_OWNER_KINDS),
  ownerId: z.uuid(),
  fileName: requiredText(200).refine((n) => !/[\\/\0]/.test(n), { message: 'Invalid file name', params: { zh: '文件名不合法', en: 'is not a valid file name' } }),
  contentType: z.enum(CONGRESS_ATTACHMENT_CONTENT_TYPES),
  /** The file, base64-encoded; at most CONGRESS_ATTACHMENT_MAX_BYTES once decoded. */
  dataBase64: z.string().min(1).max(Math.ceil(CONGRESS_ATTACHMENT_MAX_BYTES / 3) * 4 + 4),
});
export const congressAttachmentOwnerSchema = z.object({ ownerKind: z.enum(CONGRESS_ATTACHMENT_OWNER_KINDS), ownerId: z.uuid() });

/** Whether the bytes look like the declared type and the name has one of its extensions. */
export function congressAttachmentLooksValid(contentType: string, fileName: string, head: Uint8Array): boolean {
  const type = CONGRESS_ATTACHMENT_TYPES[contentType];
  if (!type) return false;
  // A name without a dot has no extension ("pdf" alone is not a PDF's name).
  const extension = fileName.includes('.') ? fileName.split('.').pop()!.toLowerCase() : '';
  if (!type.extensions.includes(extension)) return false;
  return type.magic.some((magic) => magic.every((byte, i) => head[i] === byte));
}

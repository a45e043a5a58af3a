import { describe, expect, it } from 'vitest';
import { congressAttachmentLooksValid, congressAttachmentUploadSchema } from './attachments';

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]);

describe('attachments', () => {
  it('accepts a file whose extension and first bytes match the declared type', () => {
    expect(congressAttachmentLooksValid('application/pdf', '会议纪要.PDF', pdf)).toBe(true);
    expect(congressAttachmentLooksValid('image/png', 'photo.png', png)).toBe(true);
    expect(congressAttachmentLooksValid('image/jpeg', 'photo.jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
  });

  it('refuses an unknown type, a wrong extension, no extension, and wrong bytes', () => {
    expect(congressAttachmentLooksValid('application/zip', 'a.zip', pdf)).toBe(false);
    expect(congressAttachmentLooksValid('application/pdf', 'a.png', pdf)).toBe(false);
    expect(congressAttachmentLooksValid('application/pdf', 'pdf', pdf)).toBe(false);
    expect(congressAttachmentLooksValid('application/pdf', 'a.pdf', png)).toBe(false);
    expect(congressAttachmentLooksValid('application/pdf', 'a.pdf', new Uint8Array([0x25, 0x50, 0x44]))).toBe(false);
  });

  it('refuses a file name with a path in it', () => {
    const upload = { ownerKind: 'meeting', ownerId: '5b2c1f8e-6a43-4c47-9a53-0f7f1f0e2a11', fileName: '纪要.pdf', contentType: 'application/pdf', dataBase64: 'JVBERg==' };
    expect(congressAttachmentUploadSchema.safeParse(upload).success).toBe(true);
    for (const fileName of ['../纪要.pdf', 'a\\b.pdf', 'a\0.pdf']) expect(congressAttachmentUploadSchema.safeParse({ ...upload, fileName }).success, fileName).toBe(false);
    expect(congressAttachmentUploadSchema.safeParse({ ...upload, contentType: 'text/html' }).success).toBe(false);
    expect(congressAttachmentUploadSchema.safeParse({ ...upload, dataBase64: '' }).success).toBe(false);
  });
});

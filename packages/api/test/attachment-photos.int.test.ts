import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { countyToday, startTestStack, type TestStack } from './harness';
import { downloadFile, downloadThumbnail, PDF, photoJpeg, PNG, uploadFile } from './attachment-http';

/**
 * Photos in the one attachment store: an image gets a thumbnail (served by the download route's
 * variant) and its EXIF capture time and GPS position beside the server's receive time; a file
 * that only looks like an image is refused as a bad file; a photo over the size limit is refused.
 */
let stack: TestStack;
let xikou: string;
let longtan: string;
let staffToken: string;
let longtanToken: string;
const staff = () => stack.client('xikou.staff', { tenantId: xikou });

async function suggestion(title: string) {
  const deputies = await stack.ownerDb.deputy.findMany({ where: { tenantId: xikou, status: 'serving' }, take: 1 });
  return (await staff().suggestions.create.mutate({ kind: 'suggestion', source: 'between_sessions', title, content: `${title}。`, topic: 'roads_transport', leadDeputyId: deputies[0]!.id, coSignerIds: [], submittedOn: countyToday() })).id;
}

beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
  longtan = await stack.tenantId('longtan');
  staffToken = await stack.tokenFor('xikou.staff');
  longtanToken = await stack.tokenFor('longtan.admin');
}, 120_000);
afterAll(() => stack?.close());

describe('photos', () => {
  it('keeps the EXIF time and position beside the receive time, and makes a thumbnail', async () => {
    const owner = await suggestion('现场照片测试');
    const photo = await photoJpeg({ takenAt: '2026:05:01 08:30:15', latitude: '31/1 33/1 36/1', longitude: '118/1 29/1 24/1' });
    const up = await uploadFile(stack.apiUrl, staffToken, xikou, 'suggestion', owner, 'IMG_0001.jpg', photo);
    expect(up.status).toBe(201);
    const row = await stack.ownerDb.attachment.findUniqueOrThrow({ where: { tenantId_id: { tenantId: xikou, id: up.body.id! } } });
    // No offset in the file: the camera's wall clock is the county's (Asia/Shanghai).
    expect(row.capturedAt?.toISOString()).toBe('2026-05-01T00:30:15.000Z');
    expect(row.latitude).toBeCloseTo(31.56, 5);
    expect(row.longitude).toBeCloseTo(118.49, 5);
    expect([row.width, row.height]).toEqual([1200, 900]);
    expect(row.createdAt.getTime()).toBeGreaterThan(Date.now() - 60_000);

    const listed = await staff().attachments.list.query({ ownerKind: 'suggestion', ownerId: owner });
    expect(listed).toEqual([expect.objectContaining({ id: up.body.id, capturedAt: '2026-05-01T00:30:15.000Z', hasThumbnail: true, latitude: row.latitude, longitude: row.longitude })]);

    const thumb = await downloadThumbnail(stack.apiUrl, staffToken, xikou, up.body.id!);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/jpeg');
    expect(thumb.headers.get('content-disposition')).toMatch(/^inline;/);
    const meta = await sharp(thumb.bytes).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(320);
    expect(thumb.bytes.length).toBeLessThan(photo.length);
    // The original is untouched, EXIF and all.
    expect((await downloadFile(stack.apiUrl, staffToken, xikou, up.body.id!)).bytes.equals(photo)).toBe(true);
  });

  it('uses the offset the phone wrote, and says nothing when the photo says nothing', async () => {
    const owner = await suggestion('照片时区测试');
    const withOffset = await uploadFile(stack.apiUrl, staffToken, xikou, 'suggestion', owner, 'a.jpg', await photoJpeg({ takenAt: '2026:05:01 08:30:00', offset: '+09:00' }));
    const bare = await uploadFile(stack.apiUrl, staffToken, xikou, 'suggestion', owner, 'b.png', PNG);
    const listed = await staff().attachments.list.query({ ownerKind: 'suggestion', ownerId: owner });
    expect(listed.find((a) => a.id === withOffset.body.id)).toMatchObject({ capturedAt: '2026-04-30T23:30:00.000Z', latitude: null, longitude: null, hasThumbnail: true });
    expect(listed.find((a) => a.id === bare.body.id)).toMatchObject({ capturedAt: null, latitude: null, hasThumbnail: true });
  });

  it('has no thumbnail for a document, and none for another township', async () => {
    const owner = await suggestion('文件缩略图测试');
    const pdf = await uploadFile(stack.apiUrl, staffToken, xikou, 'suggestion', owner, '答复.pdf', PDF);
    expect((await downloadThumbnail(stack.apiUrl, staffToken, xikou, pdf.body.id!)).status).toBe(404);
    const photo = await uploadFile(stack.apiUrl, staffToken, xikou, 'suggestion', owner, 'c.jpg', await photoJpeg());
    expect((await downloadThumbnail(stack.apiUrl, longtanToken, longtan, photo.body.id!)).status).toBe(404);
    expect((await fetch(`${stack.apiUrl}/attachments/${photo.body.id}/other`, { headers: { authorization: `Bearer ${staffToken}`, 'x-tenant-id': xikou } })).status).toBe(404);
  });

  it('refuses bytes that look like a photo but do not decode, and a photo over the size limit', async () => {
    const owner = await suggestion('损坏照片测试');
    const photo = await photoJpeg();
    const broken = Buffer.concat([photo.subarray(0, 200), Buffer.alloc(400, 0x41)]);
    const answer = await uploadFile(stack.apiUrl, staffToken, xikou, 'suggestion', owner, 'broken.jpg', broken);
    expect(answer.status).toBe(400);
    expect(answer.body.error?.data?.fieldIssues?.[0]?.path).toBe('file');
    expect(answer.body.error?.data?.messages?.zh).toContain('图片无法读取');

    const api = await stack.startApi({ maxFileBytes: 64 * 1024 });
    try {
      const big = await photoJpeg({ width: 3000, height: 3000 });
      // Noise does not compress: make sure the photo is really over the limit.
      const noisy = await sharp(Buffer.from(Array.from({ length: 600 * 600 * 3 }, (_, i) => (i * 7919) % 251)), { raw: { width: 600, height: 600, channels: 3 } }).jpeg({ quality: 100 }).toBuffer();
      const file = noisy.length > big.length ? noisy : big;
      expect(file.length).toBeGreaterThan(64 * 1024);
      const tooBig = await uploadFile(api.url, staffToken, xikou, 'suggestion', owner, 'big.jpg', file);
      expect(tooBig.status).toBe(413);
    } finally {
      await api.close();
    }
    expect(await stack.ownerDb.attachment.count({ where: { ownerId: owner } })).toBe(0);
  });
});

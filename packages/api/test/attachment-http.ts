/** Uploads and downloads over the attachment routes, as the apps send them (multipart, bearer token, x-tenant-id). */
export const PDF = Buffer.from('%PDF-1.4\n% 答复函\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
export const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b00000000049454e44ae426082', 'hex');

export interface Answer {
  status: number;
  body: { id?: string; fileName?: string; contentType?: string; size?: number; uploaderUnitName?: string | null; error?: { data?: { code?: string; messages?: { zh: string; en: string }; fieldIssues?: Array<{ path: string }> } } };
  headers: Headers;
}

function headers(token: string | undefined, tenantId: string | undefined): Record<string, string> {
  return { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(tenantId ? { 'x-tenant-id': tenantId } : {}) };
}

export async function uploadFile(apiUrl: string, token: string | undefined, tenantId: string | undefined, kind: string, ownerId: string, fileName: string, data: Uint8Array): Promise<Answer> {
  const form = new FormData();
  form.append('file', new Blob([data]), fileName);
  const res = await fetch(`${apiUrl}/attachments/${kind}/${ownerId}`, { method: 'POST', headers: headers(token, tenantId), body: form });
  return { status: res.status, body: (await res.json()) as Answer['body'], headers: res.headers };
}

export async function downloadFile(apiUrl: string, token: string | undefined, tenantId: string | undefined, id: string) {
  const res = await fetch(`${apiUrl}/attachments/${id}`, { headers: headers(token, tenantId) });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, json: () => JSON.parse(bytes.toString()) as Answer['body'] };
}

/** A phone photo: a JPEG with the EXIF time (and offset) and GPS position a camera writes. */
export async function photoJpeg(options: { takenAt?: string; offset?: string; latitude?: string; longitude?: string; width?: number; height?: number } = {}): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  const exif: Record<string, Record<string, string>> = { IFD0: { Make: 'PCS test camera' } };
  if (options.takenAt) exif['IFD2'] = { DateTimeOriginal: options.takenAt, ...(options.offset ? { OffsetTimeOriginal: options.offset } : {}) };
  if (options.latitude && options.longitude) exif['IFD3'] = { GPSLatitudeRef: 'N', GPSLatitude: options.latitude, GPSLongitudeRef: 'E', GPSLongitude: options.longitude };
  return sharp({ create: { width: options.width ?? 1200, height: options.height ?? 900, channels: 3, background: '#3a7d44' } }).jpeg().withExif(exif).toBuffer();
}

export async function downloadThumbnail(apiUrl: string, token: string | undefined, tenantId: string | undefined, id: string) {
  const res = await fetch(`${apiUrl}/attachments/${id}/thumbnail`, { headers: headers(token, tenantId) });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

import { AwsClient } from 'aws4fetch';
import type { AttachmentStorage, Tx } from '@pcs/db';

/**
 * Where an item's files are kept: its township's (`Attachment`), or the county home's
 * (`CountyAttachment`: a county department's appraisal evidence, docs/decisions.md, 69).
 */
export type FileHome = { tenantId: string; countyId?: undefined } | { countyId: string; tenantId?: undefined };

/** Which file: attachments are keyed by their home and id, in the database and in object storage alike. */
export type AttachmentRef = FileHome & { id: string };

/**
 * Where attachment bytes are kept. The metadata is always the `Attachment` table; each row
 * records its storage, so files stay readable after a deployment switches stores.
 */
export interface AttachmentStore {
  readonly storage: AttachmentStorage;
  /** Called last in the upload's transaction: a failed write rolls the metadata back. */
  put(tx: Tx, ref: AttachmentRef, data: Buffer, contentType: string): Promise<void>;
  read(tx: Tx, ref: AttachmentRef): Promise<Buffer>;
  /** Called once the metadata's removal is committed (for the database store its row went with it). */
  remove(refs: readonly AttachmentRef[]): Promise<void>;
}

/** The default: bytes in `AttachmentContent`, under the same row-level security as the metadata. */
export const databaseStore: AttachmentStore = {
  storage: 'database',
  async put(tx, ref, data) {
    if (ref.countyId !== undefined) await tx.countyAttachmentContent.create({ data: { countyId: ref.countyId, attachmentId: ref.id, data: new Uint8Array(data) } });
    else await tx.attachmentContent.create({ data: { tenantId: ref.tenantId, attachmentId: ref.id, data: new Uint8Array(data) } });
  },
  async read(tx, ref) {
    const row =
      ref.countyId !== undefined
        ? await tx.countyAttachmentContent.findUniqueOrThrow({ where: { countyId_attachmentId: { countyId: ref.countyId, attachmentId: ref.id } } })
        : await tx.attachmentContent.findUniqueOrThrow({ where: { tenantId_attachmentId: { tenantId: ref.tenantId, attachmentId: ref.id } } });
    return Buffer.from(row.data);
  },
  async remove() {
    // The content row is deleted with its Attachment row (ON DELETE CASCADE).
  },
};

export interface S3Settings {
  /** e.g. https://s3.example.com or http://127.0.0.1:9000; buckets are addressed by path. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * S3-compatible object storage (AWS S3, MinIO, Ceph, OSS's S3 API), signed with aws4fetch.
 * Objects are `<tenantId>/<attachmentId>` (a county home's `county-<countyId>/<attachmentId>`); access
 * control stays with the API, the bucket is private.
 */
export function s3Store(settings: S3Settings): AttachmentStore {
  const client = new AwsClient({ accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey, service: 's3', region: settings.region });
  const base = settings.endpoint.replace(/\/+$/, '');
  const url = (ref: AttachmentRef) => `${base}/${encodeURIComponent(settings.bucket)}/${ref.countyId !== undefined ? `county-${ref.countyId}` : ref.tenantId}/${ref.id}`;
  const failed = async (what: string, res: Response) => new Error(`S3 ${what} failed: ${res.status} ${(await res.text()).slice(0, 200)}`);
  return {
    storage: 's3',
    async put(_tx, ref, data, contentType) {
      const res = await client.fetch(url(ref), { method: 'PUT', body: new Uint8Array(data), headers: { 'content-type': contentType, 'content-length': String(data.length) } });
      if (!res.ok) throw await failed('PUT', res);
    },
    async read(_tx, ref) {
      const res = await client.fetch(url(ref));
      if (!res.ok) throw await failed('GET', res);
      return Buffer.from(await res.arrayBuffer());
    },
    async remove(refs) {
      for (const ref of refs) {
        const res = await client.fetch(url(ref), { method: 'DELETE' });
        if (!res.ok && res.status !== 404) throw await failed('DELETE', res);
      }
    },
  };
}

/**
 * The store for new uploads: PCS_ATTACHMENT_STORE=s3 with PCS_S3_ENDPOINT, PCS_S3_BUCKET,
 * PCS_S3_REGION (default us-east-1), PCS_S3_ACCESS_KEY_ID and PCS_S3_SECRET_ACCESS_KEY; else the database.
 */
export function attachmentStoreFromEnv(env: Record<string, string | undefined> = process.env): AttachmentStore {
  const kind = env.PCS_ATTACHMENT_STORE ?? 'database';
  if (kind === 'database') return databaseStore;
  if (kind !== 's3') throw new Error(`PCS_ATTACHMENT_STORE must be "database" or "s3", not "${kind}"`);
  const need = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`PCS_ATTACHMENT_STORE=s3 needs ${name}`);
    return value;
  };
  return s3Store({
    endpoint: need('PCS_S3_ENDPOINT'),
    bucket: need('PCS_S3_BUCKET'),
    region: env.PCS_S3_REGION || 'us-east-1',
    accessKeyId: need('PCS_S3_ACCESS_KEY_ID'),
    secretAccessKey: need('PCS_S3_SECRET_ACCESS_KEY'),
  });
}

/** The store holding one file: the database's, or the configured object storage. */
/** The store new bytes go to: the configured one, else the database. */
export const configuredStore = (deps: { attachmentStore?: AttachmentStore }): AttachmentStore => deps.attachmentStore ?? databaseStore;

export function storeOf(current: AttachmentStore, storage: AttachmentStorage): AttachmentStore {
  if (storage === 'database') return databaseStore;
  if (current.storage === storage) return current;
  throw new Error(`an attachment is kept in ${storage}, which this API is not configured for`);
}

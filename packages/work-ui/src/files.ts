import { createContext, useContext } from 'react';
import type { AttachmentOwnerKind } from '@pcs/domain';

/** What the API answers for a kept upload. */
export interface UploadedFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
}

/** Uploads and downloads over the API's attachment routes (multipart, beside tRPC), signed in like every call. */
export interface FilesApi {
  upload(ownerKind: AttachmentOwnerKind, ownerId: string, file: File): Promise<UploadedFile>;
  /** Fetches the file and hands it to the browser as a download under `fileName`. */
  download(id: string, fileName: string): Promise<void>;
  /** An image's thumbnail as an object URL for an <img> (the caller revokes it). */
  thumbnailUrl(id: string): Promise<string>;
  /**
   * A tRPC mutation sent with an Idempotency-Key: sent again with the same key (a retry after a
   * lost answer, an offline draft sent when the network is back) it answers the first call's result.
   */
  mutateOnce<T>(path: string, input: unknown, key: string): Promise<T>;
}

/** A refusal of the attachment routes, shaped like a tRPC error so `describeError` reads it. */
class FileRequestError extends Error {
  constructor(
    message: string,
    readonly data: unknown,
  ) {
    super(message);
  }
}

async function refusal(res: Response): Promise<FileRequestError> {
  const body = (await res.json().catch(() => null)) as { error?: { message?: string; data?: unknown } } | null;
  return new FileRequestError(body?.error?.message ?? `HTTP ${res.status}`, body?.error?.data ?? null);
}

/** `trpcUrl` is the API's tRPC address (…/trpc); the attachment routes sit beside it. */
export function createFilesApi(trpcUrl: string, headers: () => Promise<Record<string, string>>): FilesApi {
  const base = `${trpcUrl.replace(/\/trpc\/?$/, '')}/attachments`;
  return {
    async upload(ownerKind, ownerId, file) {
      const form = new FormData();
      form.append('file', file, file.name);
      const res = await fetch(`${base}/${ownerKind}/${ownerId}`, { method: 'POST', headers: await headers(), body: form });
      if (!res.ok) throw await refusal(res);
      return (await res.json()) as UploadedFile;
    },
    async download(id, fileName) {
      const res = await fetch(`${base}/${id}`, { headers: await headers() });
      if (!res.ok) throw await refusal(res);
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
    async mutateOnce<T>(path: string, input: unknown, key: string) {
      const res = await fetch(`${trpcUrl.replace(/\/$/, '')}/${path}`, { method: 'POST', headers: { ...(await headers()), 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify(input) });
      if (!res.ok) throw await refusal(res);
      return ((await res.json()) as { result: { data: T } }).result.data;
    },
    async thumbnailUrl(id) {
      const res = await fetch(`${base}/${id}/thumbnail`, { headers: await headers() });
      if (!res.ok) throw await refusal(res);
      return URL.createObjectURL(await res.blob());
    },
  };
}

export const FilesContext = createContext<FilesApi | null>(null);

export function useFiles(): FilesApi {
  const files = useContext(FilesContext);
  if (!files) throw new Error('useFiles() must be used inside <ApiProvider>');
  return files;
}

import type { GridEventReport } from '@pcs/domain';
import type { FilesApi } from '../files';

/**
 * Reports drafted on a phone without network: kept in the phone's storage with an idempotency
 * key made when the worker pressed "report", and sent when the network is back. The key makes
 * the server answer a second sending with the first one's event, so each report becomes
 * exactly one event however often it is sent (a lost answer, two tabs, a reload).
 */
export interface PendingReport {
  key: string;
  input: GridEventReport;
  photo: { name: string; type: string; dataUrl: string } | null;
  savedAt: string;
}

const storageKey = (tenantId: string) => `pcs.gridReports.${tenantId}`;

export function pendingReports(tenantId: string): PendingReport[] {
  try {
    return JSON.parse(localStorage.getItem(storageKey(tenantId)) ?? '[]') as PendingReport[];
  } catch {
    return [];
  }
}

function save(tenantId: string, reports: PendingReport[]) {
  localStorage.setItem(storageKey(tenantId), JSON.stringify(reports));
}

export async function keepReport(tenantId: string, input: GridEventReport, photo: File | null): Promise<PendingReport> {
  const dataUrl = photo
    ? await new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error ?? new Error('read failed'));
        reader.readAsDataURL(photo);
      })
    : null;
  const report: PendingReport = { key: crypto.randomUUID(), input, photo: photo && dataUrl ? { name: photo.name, type: photo.type, dataUrl } : null, savedAt: new Date().toISOString() };
  save(tenantId, [...pendingReports(tenantId), report]);
  return report;
}

/** The kept photo as a file again (decoded by hand: the apps' content policy lets fetch() reach only the API). */
function fileOf(photo: NonNullable<PendingReport['photo']>): File {
  const binary = atob(photo.dataUrl.slice(photo.dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new File([bytes], photo.name, { type: photo.type });
}

/** Whether an error is the network's (try again later) rather than the server's answer. */
const isNetwork = (error: unknown) => error instanceof TypeError;

/**
 * Sends what is waiting, oldest first; a report leaves the phone's storage once its event and
 * photo are saved (or the server refused it: it would be refused again). Returns the numbers made.
 */
export async function flushReports(tenantId: string, files: FilesApi): Promise<{ sent: string[]; refused: unknown[] }> {
  const sent: string[] = [];
  const refused: unknown[] = [];
  for (const report of pendingReports(tenantId)) {
    try {
      const event = await files.mutateOnce<{ id: string; number: string }>('gridEvents.report', report.input, report.key);
      if (report.photo) await files.upload('grid_event', event.id, fileOf(report.photo));
      sent.push(event.number);
    } catch (error) {
      if (isNetwork(error)) break;
      refused.push(error);
    }
    save(tenantId, pendingReports(tenantId).filter((r) => r.key !== report.key));
  }
  return { sent, refused };
}

import type { BilingualMessage } from '@pcs/domain';
import type { AttachmentRow, TimelineEntry } from './types';

/** The timeline's action for an attached file (not a workflow step: it changes no state). */
export const ATTACH = 'attach_file';
export const ATTACH_LABEL: BilingualMessage = { zh: '上传附件', en: 'Attached a file' };

/** A file as a timeline entry: who (and for which unit) attached what, and when. */
export function attachmentEntry(file: AttachmentRow): TimelineEntry {
  return {
    id: `file-${file.id}`,
    action: ATTACH,
    fromState: null,
    toState: '',
    actorKind: '',
    actorName: file.uploaderUnitName ? `${file.uploaderName}（${file.uploaderUnitName}）` : file.uploaderName,
    at: file.createdAt,
    data: { file: file.fileName },
  };
}

/**
 * Files among the timeline's entries, so the office and the county see a handler's reply letter
 * or evidence where the steps are, in time order.
 */
export function withAttachmentEntries(entries: readonly TimelineEntry[], files: readonly AttachmentRow[], toEntry: (file: AttachmentRow) => TimelineEntry): TimelineEntry[] {
  return [...entries, ...files.map(toEntry)].sort((a, b) => a.at.localeCompare(b.at));
}

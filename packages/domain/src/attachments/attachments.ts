import { z } from 'zod';
import { hasPermission, type Permission } from '../access/permissions';
import type { Role } from '../access/roles';

/**
 * One attachment store for every township item (README "Attachments"): what a file may be
 * attached to, who may attach it, which files are accepted and how their names are cleaned.
 */
export const ATTACHMENT_OWNER_KINDS = ['suggestion', 'rectification', 'petition', 'duty_activity', 'meeting', 'document', 'reception', 'patrol', 'responsibility_letter', 'appraisal_score', 'grid_event', 'county_appraisal_score'] as const;
export type AttachmentOwnerKind = (typeof ATTACHMENT_OWNER_KINDS)[number];

/** The default size limit of one file (PCS_LIMIT_FILE_BYTES overrides it on the server). */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

interface OwnerAccess {
  /** The office's permission to see the item's files, and to attach and remove any of them. */
  read: Permission;
  write: Permission;
  /** Whether a handling unit the item is assigned to may see its files and attach its own. */
  assignedUnits: boolean;
  /** A permission that gives a person the unit's standing on the items they are part of (a grid event they reported or were dispatched). */
  ownItems?: Permission;
  /** Photo owners (patrols, grid events) take images only: what a phone camera sends. */
  photosOnly?: boolean;
  /** Whether a member of the item's grid (a grid worker) may see its files and attach their own. */
  gridMembers?: boolean;
  /**
   * Kept in the county home (`CountyAttachment`), not a township's: no township role has any standing
   * towards these files; who reads and writes them is the county's (`attachments/county-home.ts`).
   */
  countyHome?: boolean;
}

export const ATTACHMENT_OWNER_ACCESS: Record<AttachmentOwnerKind, OwnerAccess> = {
  suggestion: { read: 'suggestion.read', write: 'suggestion.manage', assignedUnits: true },
  rectification: { read: 'supervision.read', write: 'supervision.manage', assignedUnits: true },
  petition: { read: 'supervision.read', write: 'supervision.manage', assignedUnits: false },
  duty_activity: { read: 'deputies.read', write: 'deputies.write', assignedUnits: false },
  meeting: { read: 'deputies.read', write: 'deputies.write', assignedUnits: false },
  document: { read: 'deputies.read', write: 'deputies.write', assignedUnits: false },
  reception: { read: 'deputies.read', write: 'deputies.write', assignedUnits: false },
  patrol: { read: 'grid.read', write: 'grid.manage', assignedUnits: false, photosOnly: true, gridMembers: true },
  responsibility_letter: { read: 'grid.read', write: 'grid.manage', assignedUnits: false },
  /** Evidence of a township's self-score on an appraisal item. */
  appraisal_score: { read: 'appraisal.read', write: 'appraisal.manage', assignedUnits: false },
  // Photos of an event: the office's; the reporter's and the handler's own (a grid worker is both, as a person).
  grid_event: { read: 'grid_event.read', write: 'grid_event.manage', assignedUnits: true, photosOnly: true, ownItems: 'grid_event.report' },
  /**
   * Evidence of a county department's self-score (the county home): the department's own users
   * (`county_dept_handler`) attach it, the standing committee (`county_appraisal.read`) reads it.
   */
  county_appraisal_score: { read: 'county_appraisal.read', write: 'assigned.write', assignedUnits: false, countyHome: true },
};

const unique = <T>(values: T[]) => [...new Set(values)];
/** Any of these lets a caller into the attachment procedures; the owner kind then decides. */
const ownItems = Object.values(ATTACHMENT_OWNER_ACCESS).flatMap((a) => (a.ownItems ? [a.ownItems] : []));
/** The township's owners (the county home's are not reached through the township's procedures). */
const townshipOwners = Object.values(ATTACHMENT_OWNER_ACCESS).filter((a) => !a.countyHome);
export const ATTACHMENT_READ_PERMISSIONS: readonly Permission[] = unique([...townshipOwners.map((a) => a.read), 'assigned.read', 'grid.patrol', ...ownItems]);
export const ATTACHMENT_WRITE_PERMISSIONS: readonly Permission[] = unique([...townshipOwners.map((a) => a.write), 'assigned.write', 'grid.patrol', ...ownItems]);

/**
 * How a caller stands to the files of one kind of item: as the office (every item of the
 * township), as an assigned unit's handler or a member of the item's grid (only items assigned
 * to its unit, or of its grids, checked by the caller of this function; removes only its own
 * uploads), or not at all.
 */
export type AttachmentStanding = 'office' | 'unit' | null;

export function attachmentStanding(roles: readonly Role[], kind: AttachmentOwnerKind, mode: 'read' | 'write'): AttachmentStanding {
  const access = ATTACHMENT_OWNER_ACCESS[kind];
  if (access.countyHome) return null;
  if (hasPermission(roles, mode === 'read' ? access.read : access.write)) return 'office';
  if (access.assignedUnits && hasPermission(roles, mode === 'read' ? 'assigned.read' : 'assigned.write')) return 'unit';
  if (access.gridMembers && hasPermission(roles, 'grid.patrol')) return 'unit';
  if (access.ownItems && hasPermission(roles, access.ownItems)) return 'unit';
  return null;
}

/** The office removes any file of an item; a unit's handler only the files they uploaded. */
export function mayRemoveAttachment(standing: AttachmentStanding, uploadedBySelf: boolean): boolean {
  return standing === 'office' || (standing === 'unit' && uploadedBySelf);
}

/** Accepted files: the type is read from the bytes (`file-type`), and the name's extension must agree. */
export const ATTACHMENT_TYPES: ReadonlyArray<{ contentType: string; extensions: readonly string[]; sniffedAs: string }> = [
  { contentType: 'application/pdf', extensions: ['pdf'], sniffedAs: 'application/pdf' },
  { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], sniffedAs: 'image/jpeg' },
  { contentType: 'image/png', extensions: ['png'], sniffedAs: 'image/png' },
  { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], sniffedAs: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], sniffedAs: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  // Old Office files are all one container format (CFB) to a sniffer: the extension says which.
  { contentType: 'application/msword', extensions: ['doc'], sniffedAs: 'application/x-cfb' },
  { contentType: 'application/vnd.ms-excel', extensions: ['xls'], sniffedAs: 'application/x-cfb' },
];

/** For a file picker's `accept`: every accepted type and extension. */
export const ATTACHMENT_ACCEPT = ATTACHMENT_TYPES.flatMap((t) => [t.contentType, ...t.extensions.map((e) => `.${e}`)]).join(',');

/** The accepted types that are photos: they get a thumbnail and their EXIF time and position read on upload. */
export const IMAGE_CONTENT_TYPES: readonly string[] = ['image/jpeg', 'image/png'];
export const isImageContentType = (contentType: string) => IMAGE_CONTENT_TYPES.includes(contentType);
/** For a photo owner's file picker (`<input type=file accept=… capture=environment>`). */
export const PHOTO_ACCEPT = ATTACHMENT_TYPES.filter((t) => isImageContentType(t.contentType)).flatMap((t) => [t.contentType, ...t.extensions.map((e) => `.${e}`)]).join(',');

/** Whether an item of this kind takes a file of this (accepted) type: a photo owner only images. */
export function ownerTakesContentType(kind: AttachmentOwnerKind, contentType: string): boolean {
  return !ATTACHMENT_OWNER_ACCESS[kind].photosOnly || isImageContentType(contentType);
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/**
 * The content type a file is kept and served with: the type its bytes show, provided it is
 * accepted and the name's extension agrees; null otherwise. What the client declared is ignored.
 */
export function acceptedContentType(sniffedMime: string | undefined, fileName: string): string | null {
  if (!sniffedMime) return null;
  const extension = extensionOf(fileName);
  return ATTACHMENT_TYPES.find((t) => t.sniffedAs === sniffedMime && t.extensions.includes(extension))?.contentType ?? null;
}

const MAX_NAME_LENGTH = 120;
// Control characters, bidirectional overrides (which make "exe.pdf" read backwards) and
// characters that no file system or header should get from a user.
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"|?*]/g;

/**
 * A file name safe to store, show and send back in a header: no folders, no control or
 * direction characters, no leading dots, at most 120 characters with the extension kept.
 */
export function safeFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  let name = base.replace(UNSAFE_NAME_CHARS, '').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').trim();
  const chars = [...name];
  if (chars.length > MAX_NAME_LENGTH) {
    const extension = extensionOf(name);
    const keep = extension && extension.length <= 10 ? `.${extension}` : '';
    name = chars.slice(0, MAX_NAME_LENGTH - keep.length).join('').trimEnd() + keep;
  }
  return name || 'file';
}

export const attachmentOwnerSchema = z.object({ ownerKind: z.enum(ATTACHMENT_OWNER_KINDS), ownerId: z.uuid() });

import { ATTACHMENT_OWNER_ACCESS, attachmentStanding, type AttachmentOwnerKind, type AttachmentStanding } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { rolesIn, type Caller } from '../caller';
import { AppError, notFound } from '../errors';
import { departmentViewer, officeViewer, unitsViewer, type Viewer } from '../workflow/viewer';
import { rectificationVisible, suggestionVisible } from '../workflow/visibility';
import { gridEventVisible } from '../routers/grid-events/store';
import { eventWhere } from '../routers/grid-events/event-where';

/** A caller's standing towards one item whose files they want, once the item is found visible. */
export interface OwnerAccess {
  standing: Exclude<AttachmentStanding, null>;
  /** For a unit's or department's handler: the name(s) of its unit(s) the item is assigned to, recorded with the upload. */
  unitName: string | null;
}

/** A county department handler's department: it works on the items assigned to it, in any township. */
export interface FileDepartment {
  id: string;
}

/**
 * The county's appraisal staff (`county_appraisal.read`, no township chosen): they read the
 * self-score evidence of the county's own campaigns, in whichever township it is, and nothing else.
 */
export interface FileCountyAppraisal {
  countyId: string;
}

/** A self-score row of a county campaign (not a township's own, not a draft), in this township. */
function countyEvidenceOwner(tx: Tx, countyId: string, tenantId: string, ownerId: string) {
  return tx.appraisalItemScore.findFirst({ where: { tenantId, id: ownerId, phase: 'self_score', subject: { campaign: { countyId, ownerTenantId: null, state: { not: 'draft' } } } }, select: { id: true } });
}

/**
 * The township of an evidence file the county names (read under the county's scope): a file of
 * another kind, of a township's own campaign or of another county is not found, like a random id.
 */
export async function countyEvidenceTownship(tx: Tx, reader: FileCountyAppraisal, attachmentId: string): Promise<string> {
  const file = await tx.attachment.findFirst({ where: { id: attachmentId, ownerKind: 'appraisal_score' }, select: { tenantId: true, ownerId: true } });
  if (!file || !(await countyEvidenceOwner(tx, reader.countyId, file.tenantId, file.ownerId))) throw notFound();
  return file.tenantId;
}

interface Assigned {
  handlingUnitId: string | null;
  departmentId: string | null;
  unitName: string;
}

/** Whether the owner exists in the township and the viewer may see it; the units it is assigned to. */
async function findOwner(tx: Tx, tenantId: string, kind: AttachmentOwnerKind, id: string, viewer: Viewer): Promise<Assigned[] | null> {
  const key = { where: { tenantId_id: { tenantId, id } }, select: { id: true } } as const;
  const assignee = { handlingUnitId: true, departmentId: true, unitName: true } as const;
  switch (kind) {
    case 'suggestion': {
      const row = await tx.suggestion.findFirst({ where: { tenantId, id, ...suggestionVisible(viewer) }, select: { assignments: { where: { endedAt: null }, select: assignee } } });
      return row && row.assignments;
    }
    case 'rectification': {
      const row = await tx.rectification.findFirst({ where: { tenantId, id, ...rectificationVisible(viewer) }, select: assignee });
      return row && [row];
    }
    case 'petition':
      return (await tx.petition.findUnique(key)) && [];
    case 'duty_activity':
      return (await tx.dutyActivity.findUnique(key)) && [];
    case 'meeting':
      return (await tx.congressMeeting.findUnique(key)) && [];
    case 'document':
      return (await tx.congressDocument.findUnique(key)) && [];
    case 'reception':
      return (await tx.receptionDay.findUnique(key)) && [];
    case 'grid_event': {
      const row = await tx.gridEvent.findFirst({ where: { ...eventWhere(tenantId, id), ...gridEventVisible(viewer) }, select: { handlingUnitId: true, departmentId: true, unitName: true } });
      return row && [{ ...row, unitName: row.unitName ?? '' }];
    }
    case 'patrol':
    case 'responsibility_letter':
      return (await findGridItem(tx, tenantId, kind, id, null)) ? [] : null;
    case 'appraisal_score':
      // Evidence hangs off the township's own self-score row of an item (routers/appraisal).
      return (await tx.appraisalItemScore.findFirst({ where: { tenantId, id, phase: 'self_score' }, select: { id: true } })) && [];
    case 'county_appraisal_score':
      // Kept in the county home, never a township's item (attachments/county-home.ts).
      return null;
  }
}

/**
 * A grid item (a patrol, a responsibility letter) in the township; for a grid worker (`memberId`)
 * only one of a grid they are a member of.
 */
async function findGridItem(tx: Tx, tenantId: string, kind: 'patrol' | 'responsibility_letter', id: string, memberId: string | null) {
  const grid = memberId ? { grid: { members: { some: { userId: memberId } } } } : {};
  const where = { tenantId, id, ...grid };
  return kind === 'patrol' ? tx.patrol.findFirst({ where, select: { id: true } }) : tx.responsibilityLetter.findFirst({ where, select: { id: true } });
}

/** The roles that decide a caller's standing: theirs in the township, or a department handler's. */
const DEPARTMENT_ROLES = ['county_dept_handler'] as const;
const rolesFor = (caller: Caller, tenantId: string, department: FileDepartment | null) => (department ? DEPARTMENT_ROLES : rolesIn(caller, tenantId));

/** The viewer an item is looked for as, given the caller's standing. */
async function viewerFor(tx: Tx, caller: Caller, tenantId: string, standing: Exclude<AttachmentStanding, null>, department: FileDepartment | null): Promise<Viewer> {
  if (department) return departmentViewer(department);
  return standing === 'office' ? officeViewer : unitsViewer(tx, caller, tenantId);
}

/**
 * The caller's access to one item's files: refused (FORBIDDEN) for a role without the area,
 * NOT_FOUND for an item that does not exist in the township or is not assigned to the
 * handler's unit (or, for a county department handler, its department) — the same answer,
 * so a handler learns nothing about others' items.
 */
export async function ownerAccess(
  tx: Tx,
  caller: Caller,
  tenantId: string,
  kind: AttachmentOwnerKind,
  ownerId: string,
  mode: 'read' | 'write',
  department: FileDepartment | null = null,
  countyAppraisal: FileCountyAppraisal | null = null,
): Promise<OwnerAccess> {
  // The county home's items are no township's: to a township call they do not exist.
  if (ATTACHMENT_OWNER_ACCESS[kind].countyHome) throw notFound();
  if (countyAppraisal) {
    // Reading only, and only the evidence of the county's own campaigns.
    if (mode === 'write' || kind !== 'appraisal_score') throw new AppError('FORBIDDEN', 'FORBIDDEN');
    if (!(await countyEvidenceOwner(tx, countyAppraisal.countyId, tenantId, ownerId))) throw notFound();
    return { standing: 'unit', unitName: null };
  }
  const standing = attachmentStanding(rolesFor(caller, tenantId, department), kind, mode);
  if (!standing) throw new AppError('FORBIDDEN', 'FORBIDDEN');
  if (kind === 'patrol' || kind === 'responsibility_letter') {
    // The office reaches every grid's items; a grid worker only those of grids they are a member of.
    if (department || !(await findGridItem(tx, tenantId, kind, ownerId, standing === 'office' ? null : caller.user.id))) throw notFound();
    return { standing, unitName: null };
  }
  const viewer = await viewerFor(tx, caller, tenantId, standing, department);
  const assigned = await findOwner(tx, tenantId, kind, ownerId, viewer);
  if (!assigned) throw notFound();
  const mine = assigned.filter((a) =>
    viewer.kind === 'units' ? a.handlingUnitId !== null && viewer.handlingUnitIds.includes(a.handlingUnitId) : viewer.kind === 'department' && a.departmentId === viewer.departmentId,
  );
  return { standing, unitName: [...new Set(mine.map((a) => a.unitName))].join('、') || null };
}

/**
 * The standing a viewer of an item's detail has towards its files (the item is already found
 * visible to them): the township's by their roles there, a department handler's as an assigned
 * unit, none for the county standing committee (it reads the files by name).
 */
export function detailStanding(caller: Caller, tenantId: string, kind: AttachmentOwnerKind, viewer: Viewer): AttachmentStanding {
  if (viewer.kind === 'office' || viewer.kind === 'units') return attachmentStanding(rolesIn(caller, tenantId), kind, 'write');
  if (viewer.kind === 'department') return attachmentStanding(DEPARTMENT_ROLES, kind, 'write');
  return null;
}

/** What a county department handler names in a file call: an item (upload) or a file (download). */
export type DepartmentTarget = { kind: AttachmentOwnerKind; ownerId: string } | { attachmentId: string };

/**
 * The township of the item a county department handler names, read under its department's
 * scope (the townships, not suspended, that hold its items): an item not assigned to the
 * department, or a file of one, is not found, like a random id; an item kind no department
 * handles is refused like a township handler's.
 */
export async function departmentTownship(tx: Tx, department: FileDepartment, target: DepartmentTarget): Promise<string> {
  let owner: { kind: AttachmentOwnerKind; ownerId: string };
  if ('attachmentId' in target) {
    const row = await tx.attachment.findFirst({ where: { id: target.attachmentId }, select: { ownerKind: true, ownerId: true } });
    if (!row) throw notFound();
    owner = { kind: row.ownerKind, ownerId: row.ownerId };
  } else {
    owner = target;
  }
  if (!attachmentStanding(DEPARTMENT_ROLES, owner.kind, 'read')) {
    if ('attachmentId' in target) throw notFound();
    throw new AppError('FORBIDDEN', 'FORBIDDEN');
  }
  const viewer = departmentViewer(department);
  const where = { id: owner.ownerId };
  const row =
    owner.kind === 'suggestion'
      ? await tx.suggestion.findFirst({ where: { ...where, ...suggestionVisible(viewer) }, select: { tenantId: true } })
      : await tx.rectification.findFirst({ where: { ...where, ...rectificationVisible(viewer) }, select: { tenantId: true } });
  if (!row) throw notFound();
  return row.tenantId;
}

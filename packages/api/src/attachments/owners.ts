import { attachmentStanding, type AttachmentOwnerKind, type AttachmentStanding } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { rolesIn, type Caller } from '../caller';
import { AppError, notFound } from '../errors';
import { rectificationVisible, suggestionVisible } from '../workflow/visibility';
import { officeViewer, unitsViewer, type Viewer } from '../workflow/viewer';

/** A caller's standing towards one item whose files they want, once the item is found visible. */
export interface OwnerAccess {
  standing: Exclude<AttachmentStanding, null>;
  /** For a unit's handler: the name(s) of its unit(s) the item is assigned to, recorded with the upload. */
  unitName: string | null;
}

interface Assigned {
  handlingUnitId: string | null;
  unitName: string;
}

/** Whether the owner exists in the township and the viewer may see it; the units it is assigned to. */
async function findOwner(tx: Tx, tenantId: string, kind: AttachmentOwnerKind, id: string, viewer: Viewer): Promise<Assigned[] | null> {
  const key = { where: { tenantId_id: { tenantId, id } }, select: { id: true } } as const;
  switch (kind) {
    case 'suggestion': {
      const row = await tx.suggestion.findFirst({
        where: { tenantId, id, ...suggestionVisible(viewer) },
        select: { assignments: { where: { endedAt: null }, select: { handlingUnitId: true, unitName: true } } },
      });
      return row && row.assignments;
    }
    case 'rectification': {
      const row = await tx.rectification.findFirst({ where: { tenantId, id, ...rectificationVisible(viewer) }, select: { handlingUnitId: true, unitName: true } });
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
  }
}

/**
 * The caller's access to one item's files: refused (FORBIDDEN) for a role without the area,
 * NOT_FOUND for an item that does not exist in the township or is not assigned to the
 * handler's unit — the same answer, so a handler learns nothing about others' items.
 */
export async function ownerAccess(tx: Tx, caller: Caller, tenantId: string, kind: AttachmentOwnerKind, ownerId: string, mode: 'read' | 'write'): Promise<OwnerAccess> {
  const standing = attachmentStanding(rolesIn(caller, tenantId), kind, mode);
  if (!standing) throw new AppError('FORBIDDEN', 'FORBIDDEN');
  const viewer = standing === 'office' ? officeViewer : await unitsViewer(tx, caller, tenantId);
  const assigned = await findOwner(tx, tenantId, kind, ownerId, viewer);
  if (!assigned) throw notFound();
  if (standing === 'office' || viewer.kind !== 'units') return { standing, unitName: null };
  const mine = assigned.filter((a) => a.handlingUnitId !== null && viewer.handlingUnitIds.includes(a.handlingUnitId));
  return { standing, unitName: [...new Set(mine.map((a) => a.unitName))].join('、') || null };
}

import { ATTACHMENT_OWNER_ACCESS, hasPermission, SELF_SCORING_STATES, type AttachmentOwnerKind } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { rolesIn, type Caller } from '../caller';
import { AppError, notFound } from '../errors';
import type { OwnerAccess } from './owners';

/**
 * A file call in the county home (docs/decisions.md, 69): the evidence of a county
 * department's self-score, kept in `CountyAttachment` under the county policies. The transaction
 * carries the county (and, for a department's own user, its department) as its scope
 * (`withCounty`), so the rows the database shows are already narrowed: a department sees its own
 * subject's self-score rows and files only, the standing committee every department's.
 */
export interface CountyFileCall {
  tx: Tx;
  caller: Caller;
  requestId: string;
  countyHome: { id: string; departmentId: string | null };
}

export const isCountyHomeKind = (kind: AttachmentOwnerKind) => ATTACHMENT_OWNER_ACCESS[kind].countyHome === true;

/** A self-score row of a county department subject, as the county policies show it to the call. */
function countyOwner(tx: Tx, countyId: string, ownerId: string) {
  return tx.countyAppraisalItemScore.findFirst({
    where: { countyId, id: ownerId, phase: 'self_score' },
    select: { subject: { select: { countyDepartmentId: true, selfSubmittedAt: true, countyDepartment: { select: { name: true } }, campaign: { select: { state: true } } } } },
  });
}

/**
 * The caller's access to one county-home item's files. The department's own users (`county_dept_handler`)
 * read their subject's evidence and, while the campaign takes self-scores and the self-score is not
 * handed in, attach and remove it (as the appraised township's office does: any file of its own);
 * the standing committee (`county_appraisal.read`) reads every department's, writes none.
 * Any other item, another department's or one of a draft campaign is not found, like a random id.
 */
export async function countyOwnerAccess(call: CountyFileCall, kind: AttachmentOwnerKind, ownerId: string, mode: 'read' | 'write'): Promise<OwnerAccess> {
  if (!isCountyHomeKind(kind)) throw notFound();
  const owner = await countyOwner(call.tx, call.countyHome.id, ownerId);
  if (!owner || owner.subject.campaign.state === 'draft') throw notFound();
  const { departmentId } = call.countyHome;
  if (departmentId !== null) {
    // The policies show a department its own subject only; checked here too, so a wrong scope cannot widen it.
    if (owner.subject.countyDepartmentId !== departmentId) throw notFound();
    if (!hasPermission(['county_dept_handler'], mode === 'read' ? 'assigned.read' : ATTACHMENT_OWNER_ACCESS[kind].write)) throw new AppError('FORBIDDEN', 'FORBIDDEN');
    if (mode === 'write' && (!SELF_SCORING_STATES.includes(owner.subject.campaign.state) || owner.subject.selfSubmittedAt)) {
      throw new AppError('BAD_REQUEST', 'BAD_INPUT', { zh: '自评已提交或考核当前阶段不能上传佐证材料', en: 'evidence cannot be changed once the self-score is handed in or at this stage of the campaign' });
    }
    return { standing: 'office', unitName: owner.subject.countyDepartment.name };
  }
  if (mode === 'write' || !hasPermission(rolesIn(call.caller, null), ATTACHMENT_OWNER_ACCESS[kind].read)) throw new AppError('FORBIDDEN', 'FORBIDDEN');
  return { standing: 'unit', unitName: null };
}

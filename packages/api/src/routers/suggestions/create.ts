import { dateOf, dayOf, recordedDayRefusal, yearOf, type Clock, type SuggestionCreate } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { auditAs } from '../../audit';
import { invalidField } from '../../errors';
import { nextNumber } from '../../workflow/numbering';
import type { StepActor } from '../../workflow/step-runner';

/**
 * Registers a suggestion: the office on behalf of its deputies, or a signed-in lead deputy (`by`
 * 'signer', the history says so and names no one on whose behalf). The lead and the
 * co-signers must be deputies of the township, a session suggestion names one of its sessions
 * and is not dated before it, and no suggestion is dated after today.
 */
export async function createSuggestion(tx: Tx, tenantId: string, actor: StepActor, clock: Clock, requestId: string | null, input: SuggestionCreate, by: 'office' | 'signer' = 'office') {
  const ids = [input.leadDeputyId, ...input.coSignerIds];
  const deputies = await tx.deputy.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true } });
  const missing = ids.findIndex((id) => !deputies.some((d) => d.id === id));
  if (missing >= 0) throw invalidField(missing === 0 ? ['leadDeputyId'] : ['coSignerIds', missing - 1], { zh: '代表不存在', en: 'unknown deputy' });
  let sessionStart: string | null = null;
  if (input.meetingId) {
    const meeting = await tx.congressMeeting.findFirst({ where: { tenantId, id: input.meetingId, kind: 'session' }, select: { startDate: true } });
    if (!meeting) throw invalidField(['meetingId'], { zh: '不是本乡镇的人代会会议', en: 'not a congress session of this township' }, input.meetingId);
    sessionStart = dayOf(meeting.startDate);
  }
  const refusal = recordedDayRefusal(input.submittedOn, clock.today, { day: sessionStart, what: { zh: '所关联人代会的开幕日', en: 'the opening of its session' } });
  if (refusal) throw invalidField(['submittedOn'], refusal, input.submittedOn);
  const number = await nextNumber(tx, 'Suggestion', tenantId, yearOf(input.submittedOn));
  const name = (id: string) => deputies.find((d) => d.id === id)!.name;
  const row = await tx.suggestion.create({
    data: {
      tenantId,
      number,
      kind: input.kind,
      source: input.source,
      title: input.title,
      content: input.content,
      topic: input.topic,
      leadDeputyId: input.leadDeputyId,
      meetingId: input.meetingId ?? null,
      submittedOn: dateOf(input.submittedOn),
      createdById: actor.userId,
      signers: { create: ids.map((deputyId, i) => ({ deputyId, deputyName: name(deputyId), lead: i === 0 })) },
      transitions: {
        create: {
          action: 'submit',
          fromState: null,
          toState: 'submitted',
          actorKind: by,
          actorUserId: actor.userId,
          actorName: actor.displayName,
          at: clock.now,
          data: by === 'office' ? { onBehalfOf: ids.map(name), source: input.source, submittedOn: input.submittedOn } : { source: input.source, submittedOn: input.submittedOn },
        },
      },
    },
  });
  await auditAs(tx, actor, requestId, { tenantId, action: 'create', entity: 'Suggestion', entityId: row.id, after: { ...input, number } });
  return { id: row.id, number, version: row.version };
}

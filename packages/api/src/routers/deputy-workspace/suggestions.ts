import type { OwnEvaluationInput, SuggestionListQuery } from '@pcs/domain';
import { suggestionActionsFor } from '@pcs/domain';
import { notFound } from '../../errors';
import { runStep, stepActorOf } from '../../workflow/step-runner';
import type { Viewer } from '../../workflow/viewer';
import { suggestionVisible } from '../../workflow/visibility';
import { presentTransition } from '../../workflow/present-transition';
import { detailInclude, presentDetail } from '../suggestions/present';
import { listSuggestions } from '../suggestions/query';
import { suggestionStepHooks } from '../suggestions/step-hooks';
import { contextOf, rehandlingMax, suggestionStore } from '../suggestions/store';
import type { TenantCtx } from '../shared/tenant-context';
import { deputySelf } from './self';

const deputyViewer = (deputyId: string): Viewer => ({ kind: 'deputy', deputyId });

/** The suggestions the deputy leads or co-signed (a deputy whose term ended keeps reading them). */
export async function mySuggestions(ctx: TenantCtx, input: SuggestionListQuery) {
  const self = await deputySelf(ctx, 'history');
  return listSuggestions(ctx.tx, input, deputyViewer(self.deputyId), { tenantId: ctx.tenant.id });
}

/**
 * One of the deputy's suggestions with its timeline. Other signers' evaluations are theirs: the
 * timeline shows that a co-signer evaluated, never the rating or the reason; the deputy sees their
 * own evaluations and the suggestion's result.
 */
export async function mySuggestion(ctx: TenantCtx, id: string) {
  const self = await deputySelf(ctx, 'history');
  const viewer = deputyViewer(self.deputyId);
  const row = await ctx.tx.suggestion.findFirst({ where: { tenantId: ctx.tenant.id, id, ...suggestionVisible(viewer) }, include: detailInclude });
  if (!row) throw notFound();
  const evaluations = await ctx.tx.suggestionEvaluation.findMany({ where: { tenantId: ctx.tenant.id, suggestionId: id }, orderBy: [{ round: 'asc' }, { at: 'asc' }] });
  const detail = presentDetail(row);
  const timeline = row.transitions.map((t) => {
    const entry = presentTransition(t);
    const data = entry.data;
    if (entry.action === 'evaluate' && data['deputyId'] !== self.deputyId) return { ...entry, data: { deputyName: data['deputyName'], enteredByOffice: data['enteredByOffice'] === true }, actorName: '' };
    return entry;
  });
  const max = await rehandlingMax(ctx.tx, ctx.caller.county.id, ctx.tenant.id, ctx.clock.today);
  const mine = evaluations.filter((e) => e.deputyId === self.deputyId);
  const evaluatedThisRound = mine.some((e) => e.round === row.rehandlingRound);
  const actions = self.termEnded || evaluatedThisRound ? [] : suggestionActionsFor(row.state, ['signer'], ctx.clock, contextOf(row, max));
  return {
    ...detail,
    // The office's assignment rows name units only: nothing of other deputies beyond the signers' names.
    timeline,
    myEvaluations: mine.map((e) => ({ round: e.round, rating: e.rating, comment: e.comment, enteredByOffice: e.enteredByOffice, at: e.at.toISOString() })),
    evaluationsThisRound: evaluations.filter((e) => e.round === row.rehandlingRound).length,
    signerCount: row.signers.length,
    isLead: row.signers.some((s) => s.deputyId === self.deputyId && s.lead),
    actions,
    termEnded: self.termEnded,
  };
}

/** The deputy's own evaluation of the reply, through the workflow's step runner (never another signer's). */
export async function evaluateMySuggestion(ctx: TenantCtx, input: OwnEvaluationInput) {
  const self = await deputySelf(ctx, 'write');
  const viewer = deputyViewer(self.deputyId);
  const hooks = suggestionStepHooks({ tx: ctx.tx, tenantId: ctx.tenant.id, countyId: ctx.caller.county.id, clock: ctx.clock, viewer, actorUserId: ctx.caller.user.id, path: [] }, 'evaluate');
  const payload = { deputyId: self.deputyId, rating: input.rating, ...(input.comment ? { comment: input.comment } : {}) };
  const result = await runStep(suggestionStore, { tx: ctx.tx, tenantId: ctx.tenant.id, actor: stepActorOf(ctx.caller), requestId: ctx.requestId, viewer, clock: ctx.clock, id: input.id, version: input.version, action: 'evaluate', payload }, hooks);
  return { id: result.id, state: result.state, version: result.version, result: (result.record['result'] as string | undefined) ?? null };
}

import type { suggestionAssignManySchema, suggestionStepSchema } from '@pcs/domain';
import type { z } from 'zod';
import { runStep, stepActorOf } from '../../workflow/step-runner';
import { officeViewer, townshipViewer } from '../../workflow/viewer';
import type { TenantCtx } from '../shared/tenant-context';
import { suggestionStepHooks } from './step-hooks';
import { suggestionStore } from './store';

/** A step in the township app: `{ id, version, action, payload }`; the transition table decides who may take it. */
export async function townshipSuggestionStep(ctx: TenantCtx, input: z.infer<typeof suggestionStepSchema>) {
  const viewer = await townshipViewer(ctx.tx, ctx.caller, ctx.tenant.id);
  const hooks = suggestionStepHooks({ tx: ctx.tx, tenantId: ctx.tenant.id, countyId: ctx.caller.county.id, clock: ctx.clock, viewer, actorUserId: ctx.caller.user.id, path: ['payload'] }, input.action);
  return runStep(suggestionStore, { tx: ctx.tx, tenantId: ctx.tenant.id, actor: stepActorOf(ctx.caller), requestId: ctx.requestId, viewer, clock: ctx.clock, id: input.id, version: input.version, action: input.action, payload: input.payload }, hooks);
}

/** Assigns many at once (交办会): all or none; each item carries the version the office saw. */
export async function assignManySuggestions(ctx: TenantCtx, input: z.infer<typeof suggestionAssignManySchema>) {
  const results = [];
  for (const [index, item] of input.items.entries()) {
    const hooks = suggestionStepHooks({ tx: ctx.tx, tenantId: ctx.tenant.id, countyId: ctx.caller.county.id, clock: ctx.clock, viewer: officeViewer, path: ['items', index], assignedOnPath: ['assignedOn'] }, 'assign');
    const payload = { lead: item.lead, co: item.co, complexity: item.complexity, assignedOn: input.assignedOn ?? ctx.clock.today, note: input.note };
    const result = await runStep(suggestionStore, { tx: ctx.tx, tenantId: ctx.tenant.id, actor: stepActorOf(ctx.caller), requestId: ctx.requestId, viewer: officeViewer, clock: ctx.clock, id: item.id, version: item.version, action: 'assign', payload }, hooks);
    results.push({ ...result, dueOn: String(result.record['dueOn']) });
  }
  return results;
}

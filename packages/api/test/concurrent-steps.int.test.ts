import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCClientError } from '@trpc/client';
import { countyToday, startTestStack, type TestStack } from './harness';
import { recordFigure } from './lib/figures';

/**
 * Fifty steps on one record at the same moment, for each workflow, all sent with the version the
 * clients saw: exactly one may win (the update is conditional on the version), every other call
 * gets a clear CONFLICT, never a 5xx, and the history and the audit log gain exactly one entry.
 */
let stack: TestStack;
let xikou: string;
const CALLS = 50;

beforeAll(async () => {
  stack = await startTestStack();
  xikou = await stack.tenantId('xikou');
}, 120_000);
afterAll(() => stack?.close());

interface Race {
  wins: number;
  conflicts: number;
  others: string[];
}

async function race(calls: Array<() => Promise<unknown>>): Promise<Race> {
  const settled = await Promise.allSettled(calls.map((call) => call()));
  const outcome: Race = { wins: 0, conflicts: 0, others: [] };
  for (const result of settled) {
    if (result.status === 'fulfilled') outcome.wins++;
    else if (result.reason instanceof TRPCClientError && result.reason.data?.code === 'CONFLICT') outcome.conflicts++;
    else outcome.others.push(String(result.reason instanceof TRPCClientError ? `${result.reason.data?.httpStatus} ${result.reason.message}` : result.reason));
  }
  return outcome;
}

const audits = (entityId: string) => stack.ownerDb.auditLog.count({ where: { entityId } });
const races: Record<string, Race> = {};

describe('fifty concurrent steps on one record', () => {
  it('suggestions: accept and return race, one wins', async () => {
    const office = stack.client('xikou.admin');
    const item = await stack.ownerDb.suggestion.findFirstOrThrow({ where: { tenantId: xikou, state: 'submitted' }, select: { id: true, version: true } });
    const [historyBefore, auditBefore] = [await stack.ownerDb.suggestionTransition.count({ where: { suggestionId: item.id } }), await audits(item.id)];
    const outcome = await race(
      Array.from({ length: CALLS }, (_, i) =>
        i % 2 === 0
          ? () => office.suggestions.step.mutate({ id: item.id, version: item.version, action: 'accept', payload: { note: `第${i}次` } })
          : () => office.suggestions.step.mutate({ id: item.id, version: item.version, action: 'return', payload: { reason: `第${i}次` } }),
      ),
    );
    races.suggestions = outcome;
    expect(outcome).toEqual({ wins: 1, conflicts: CALLS - 1, others: [] });
    const after = await stack.ownerDb.suggestion.findUniqueOrThrow({ where: { tenantId_id: { tenantId: xikou, id: item.id } } });
    expect(after.version).toBe(item.version + 1);
    expect(['accepted', 'returned']).toContain(after.state);
    const history = await stack.ownerDb.suggestionTransition.findMany({ where: { suggestionId: item.id }, orderBy: { id: 'desc' } });
    expect(history.length).toBe(historyBefore + 1);
    expect(history[0]!.toState).toBe(after.state);
    expect(await audits(item.id)).toBe(auditBefore + 1);
  });

  it('rectifications: key supervision marked once', async () => {
    const office = stack.client('xikou.admin');
    const unit = await stack.ownerDb.handlingUnit.findFirstOrThrow({ where: { tenantId: xikou }, select: { id: true } });
    const activity = await office.supervision.activities.create.mutate({ kind: 'law_enforcement_check', title: '并发测试执法检查', startDate: countyToday() });
    const item = await office.supervision.rectifications.issue.mutate({ source: 'finding', activityId: activity.id, title: '并发测试问题', description: '同时督办五十次。', assignee: { type: 'unit', id: unit.id } });
    const [historyBefore, auditBefore] = [await stack.ownerDb.rectificationTransition.count({ where: { rectificationId: item.id } }), await audits(item.id)];
    const outcome = await race(Array.from({ length: CALLS }, () => () => office.supervision.rectifications.step.mutate({ id: item.id, version: item.version, action: 'mark_key', payload: {} })));
    races.rectifications = outcome;
    expect(outcome).toEqual({ wins: 1, conflicts: CALLS - 1, others: [] });
    const after = await stack.ownerDb.rectification.findUniqueOrThrow({ where: { tenantId_id: { tenantId: xikou, id: item.id } } });
    expect({ isKey: after.isKey, version: after.version }).toEqual({ isKey: true, version: item.version + 1 });
    expect(await stack.ownerDb.rectificationTransition.count({ where: { rectificationId: item.id } })).toBe(historyBefore + 1);
    expect(await audits(item.id)).toBe(auditBefore + 1);
  });

  it('petitions: forward and close race, one wins', async () => {
    const office = stack.client('xikou.admin');
    const item = await office.supervision.petitions.create.mutate({ receivedOn: countyToday(), channel: 'visit', petitionerName: '并发测试', category: 'infrastructure', subject: '并发测试', content: '同时交办和答复。' });
    const unit = await stack.ownerDb.handlingUnit.findFirstOrThrow({ where: { tenantId: xikou }, select: { id: true } });
    const [historyBefore, auditBefore] = [await stack.ownerDb.petitionTransition.count({ where: { petitionId: item.id } }), await audits(item.id)];
    const outcome = await race(
      Array.from({ length: CALLS }, (_, i) =>
        i % 2 === 0
          ? () => office.supervision.petitions.step.mutate({ id: item.id, version: item.version, action: 'forward', payload: { assignee: { type: 'unit', id: unit.id } } })
          : () => office.supervision.petitions.step.mutate({ id: item.id, version: item.version, action: 'close', payload: { feedback: `第${i}次答复` } }),
      ),
    );
    races.petitions = outcome;
    expect(outcome).toEqual({ wins: 1, conflicts: CALLS - 1, others: [] });
    const history = await stack.ownerDb.petitionTransition.findMany({ where: { petitionId: item.id }, orderBy: { id: 'desc' } });
    expect(history.length).toBe(historyBefore + 1);
    const after = await stack.ownerDb.petition.findUniqueOrThrow({ where: { tenantId_id: { tenantId: xikou, id: item.id } } });
    expect(history[0]!.toState).toBe(after.state);
    expect(await audits(item.id)).toBe(auditBefore + 1);
  });

  it("the county's supervision of a township's suggestion: marked key once", async () => {
    const county = stack.client('county');
    const item = await stack.ownerDb.suggestion.findFirstOrThrow({ where: { tenantId: xikou, isKey: false, state: { in: ['assigned', 'in_handling'] } }, select: { id: true, version: true } });
    const historyBefore = await stack.ownerDb.suggestionTransition.count({ where: { suggestionId: item.id } });
    const outcome = await race(Array.from({ length: CALLS }, () => () => county.countySupervision.suggestions.step.mutate({ id: item.id, version: item.version, action: 'mark_key', payload: {} })));
    races.countySuggestions = outcome;
    expect(outcome).toEqual({ wins: 1, conflicts: CALLS - 1, others: [] });
    expect(await stack.ownerDb.suggestionTransition.count({ where: { suggestionId: item.id } })).toBe(historyBefore + 1);
    recordFigure('concurrent-steps', { workflows: Object.keys(races).length, callsPerRecord: CALLS, races });
  });
});

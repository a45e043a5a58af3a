import { describe, expect, it } from 'vitest';
import { suggestionAssignManySchema, suggestionCreateSchema, suggestionListSchema, suggestionPayloads } from './suggestion';
import { suggestionStepSchema } from './workflow';

const base = {
  kind: 'suggestion',
  title: '关于修缮便民桥的建议',
  content: '桥面破损',
  topic: 'roads_transport',
  leadDeputyId: '5b2c1f8e-6a43-4c47-9a53-0f7f1f0e2a11',
  submittedOn: '2026-03-02',
};
const meetingId = '0d3e8a52-1f3b-4a8c-b2a6-4e8d8a1b2c3d';
const a = '1e5b7c1a-2b3c-4d5e-8f90-123456789abc';
const b = '2e5b7c1a-2b3c-4d5e-8f90-123456789abc';
const paths = (result: { error?: { issues: Array<{ path: PropertyKey[] }> } }) => result.error?.issues.map((i) => i.path.join('.'));

describe('suggestionCreateSchema', () => {
  it('takes the session a suggestion was raised at', () => {
    expect(suggestionCreateSchema.parse({ ...base, source: 'session', meetingId }).meetingId).toBe(meetingId);
    expect(suggestionCreateSchema.parse({ ...base, source: 'session' }).meetingId).toBeUndefined();
  });

  it('refuses a session for one raised between sessions, naming the field', () => {
    const result = suggestionCreateSchema.safeParse({ ...base, source: 'between_sessions', meetingId });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['meetingId']);
    expect(suggestionCreateSchema.safeParse({ ...base, source: 'between_sessions', meetingId: null }).success).toBe(true);
  });

  it('takes distinct co-signers other than the lead deputy', () => {
    expect(suggestionCreateSchema.parse({ ...base, source: 'session' }).coSignerIds).toEqual([]);
    expect(suggestionCreateSchema.parse({ ...base, source: 'session', coSignerIds: [a, b] }).coSignerIds).toEqual([a, b]);
    expect(paths(suggestionCreateSchema.safeParse({ ...base, source: 'session', coSignerIds: [a, b, a] }))).toEqual(['coSignerIds']);
    expect(paths(suggestionCreateSchema.safeParse({ ...base, source: 'session', coSignerIds: [a, base.leadDeputyId] }))).toEqual(['coSignerIds']);
    expect(suggestionCreateSchema.safeParse({ ...base, source: 'session', coSignerIds: ['not-an-id'] }).success).toBe(false);
  });

  it('trims and bounds the title and content', () => {
    expect(suggestionCreateSchema.parse({ ...base, source: 'session', title: '  修桥  ' }).title).toBe('修桥');
    expect(paths(suggestionCreateSchema.safeParse({ ...base, source: 'session', title: '   ' }))).toEqual(['title']);
    expect(paths(suggestionCreateSchema.safeParse({ ...base, source: 'session', title: 'x'.repeat(101) }))).toEqual(['title']);
    expect(suggestionCreateSchema.safeParse({ ...base, source: 'session', title: 'x'.repeat(100) }).success).toBe(true);
  });
});

describe('suggestion steps', () => {
  const ref = { id: a, version: 2 };
  const reply = { replyClass: 'A', replyForm: 'written', content: '已修缮', resolution: 'solved' };

  it('requires the explanation of a class C reply, and of no other class', () => {
    expect(suggestionPayloads.reply.safeParse(reply).success).toBe(true);
    expect(suggestionPayloads.reply.safeParse({ ...reply, replyClass: 'B' }).success).toBe(true);
    expect(paths(suggestionPayloads.reply.safeParse({ ...reply, replyClass: 'C', resolution: 'explained' }))).toEqual(['resolutionNote']);
    expect(paths(suggestionPayloads.reply.safeParse({ ...reply, replyClass: 'C', resolution: 'explained', resolutionNote: '   ' }))).toEqual(['resolutionNote']);
    expect(suggestionPayloads.reply.parse({ ...reply, replyClass: 'C', resolution: 'explained', resolutionNote: ' 资金不足 ' }).resolutionNote).toBe('资金不足');
  });

  it('needs a reason to return and a note to record the resolution', () => {
    expect(paths(suggestionPayloads.return.safeParse({ reason: ' ' }))).toEqual(['reason']);
    expect(paths(suggestionPayloads.update_resolution.safeParse({ resolution: 'solved', resolutionNote: '' }))).toEqual(['resolutionNote']);
  });

  it('assigns one to two hundred items at once, each with a lead unit and up to ten co-units', () => {
    const item = { ...ref, lead: { type: 'unit', id: b }, complexity: 'standard' };
    expect(suggestionAssignManySchema.parse({ items: [item] }).items[0]!.co).toEqual([]);
    expect(suggestionAssignManySchema.safeParse({ items: [] }).success).toBe(false);
    expect(suggestionAssignManySchema.safeParse({ items: [{ ...item, lead: { type: 'office', id: b } }] }).success).toBe(false);
    expect(suggestionAssignManySchema.safeParse({ items: [{ ...item, co: Array.from({ length: 11 }, () => ({ type: 'department', id: b })) }] }).success).toBe(false);
    expect(suggestionAssignManySchema.safeParse({ items: Array.from({ length: 201 }, () => item) }).success).toBe(false);
  });

  it('takes every step as { id, version, action, payload }, the payload checked by its action', () => {
    expect(suggestionStepSchema.parse({ ...ref, action: 'reply', payload: reply })).toEqual({ ...ref, action: 'reply', payload: reply });
    const wrong = suggestionStepSchema.safeParse({ ...ref, action: 'reply', payload: { ...reply, replyClass: 'C', resolution: 'explained' } });
    expect(paths(wrong)).toEqual(['payload.resolutionNote']);
    expect(suggestionStepSchema.safeParse({ ...ref, action: 'mark_overdue', payload: {} }).success).toBe(false);
    expect(suggestionStepSchema.safeParse({ ...ref, action: 'reassign', payload: { lead: { type: 'unit', id: b }, reason: '调整' } }).success).toBe(true);
    expect(paths(suggestionStepSchema.safeParse({ ...ref, action: 'extend', payload: { dueOn: '2026-13-01', reason: '需审批' } }))).toEqual(['payload.dueOn']);
  });

  it('records one of three ratings', () => {
    expect(suggestionPayloads.evaluate.safeParse({ deputyId: b, rating: 'basically_satisfied' }).success).toBe(true);
    expect(suggestionPayloads.evaluate.safeParse({ deputyId: b, rating: 'so-so' }).success).toBe(false);
  });

  it('lists with filters and the common paging', () => {
    expect(suggestionListSchema.parse({ states: ['assigned'], overdue: true })).toEqual({ page: 1, pageSize: 20, sortDirection: 'asc', states: ['assigned'], overdue: true });
    expect(suggestionListSchema.safeParse({ sortBy: 'content' }).success).toBe(false);
    expect(suggestionListSchema.safeParse({ year: 1999 }).success).toBe(false);
  });
});

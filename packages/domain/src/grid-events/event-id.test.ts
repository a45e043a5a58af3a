import { describe, expect, it } from 'vitest';
import { gridEventId, reportedAtOfId } from './event-id';

describe('grid event ids', () => {
  it('carry the receipt time to the millisecond', () => {
    const at = new Date('2026-11-27T08:15:30.123Z');
    const id = gridEventId(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(reportedAtOfId(id)?.toISOString()).toBe(at.toISOString());
  });

  it('differ for events received in the same millisecond', () => {
    const at = new Date('2026-11-27T08:15:30.123Z');
    expect(gridEventId(at)).not.toBe(gridEventId(at));
  });

  it('read no time from an older (version 4) id or from anything else', () => {
    expect(reportedAtOfId('3f1c2b7e-5a4d-4c3b-9a2e-1d0c9b8a7f6e')).toBeNull();
    expect(reportedAtOfId('not an id')).toBeNull();
    expect(reportedAtOfId('0190a1b2-c3d4-7e5f-c000-000000000000')).toBeNull();
  });
});

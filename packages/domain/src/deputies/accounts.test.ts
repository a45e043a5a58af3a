import { describe, expect, it } from 'vitest';
import { accountLinkRefusal, accountUnlinkRefusal, deputyTermEnded } from './accounts';

const base = { deputyStatus: 'serving', userId: 'u1', deputyId: 'd1', linkedUserId: null, userDeputyId: null, userEnabled: true };

describe('deputyTermEnded', () => {
  it('ends on the status date, not the day before', () => {
    expect(deputyTermEnded('resigned', '2026-11-28', '2026-11-27')).toBe(false);
    expect(deputyTermEnded('resigned', '2026-11-27', '2026-11-27')).toBe(true);
    expect(deputyTermEnded('deceased', null, '2026-11-27')).toBe(true);
    expect(deputyTermEnded('serving', null, '2026-11-27')).toBe(false);
    expect(deputyTermEnded('by_elected', '2020-01-01', '2026-11-27')).toBe(false);
  });
});

describe('accountLinkRefusal', () => {
  it('links a serving deputy without an account', () => {
    expect(accountLinkRefusal(base)).toBeNull();
    expect(accountLinkRefusal({ ...base, deputyStatus: 'by_elected' })).toBeNull();
  });
  it('treats linking the same pair again as a no-op', () => {
    expect(accountLinkRefusal({ ...base, linkedUserId: 'u1', userDeputyId: 'd1' })).toBeNull();
  });
  it('refuses a deputy who has left office, whatever the day', () => {
    expect(accountLinkRefusal({ ...base, deputyStatus: 'removed' })).toMatchObject({ kind: 'invalid', field: 'deputyId' });
    expect(accountLinkRefusal({ ...base, deputyStatus: 'deceased' })).toMatchObject({ kind: 'invalid', field: 'deputyId' });
  });
  it('refuses a deputy linked to another account with a conflict', () => {
    expect(accountLinkRefusal({ ...base, linkedUserId: 'u2' })).toMatchObject({ kind: 'conflict' });
  });
  it('refuses an account already linked to another deputy here, and a disabled one', () => {
    expect(accountLinkRefusal({ ...base, userDeputyId: 'd2' })).toMatchObject({ kind: 'invalid', field: 'userId' });
    expect(accountLinkRefusal({ ...base, userEnabled: false })).toMatchObject({ kind: 'invalid', field: 'userId' });
  });
});

describe('accountUnlinkRefusal', () => {
  it('keeps the deputy’s own account (no other role) and unlinks a staff account', () => {
    expect(accountUnlinkRefusal(0, 0)).not.toBeNull();
    expect(accountUnlinkRefusal(1, 0)).toBeNull();
    expect(accountUnlinkRefusal(0, 1)).toBeNull();
  });
});

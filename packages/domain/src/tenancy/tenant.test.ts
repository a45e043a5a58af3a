import { describe, expect, it } from 'vitest';
import { CONGRESS_BOOKS } from '../deputies/congress-terms';
import { hasOwnCongress, TENANT_KINDS } from './tenant';
import { meetingKindIssues } from '../deputies/meetings';
import { congressWording, offersMeetingKind } from './wording';

describe('township kinds', () => {
  it('gives sub-districts a working committee instead of a congress', () => {
    expect(TENANT_KINDS.map(hasOwnCongress)).toEqual([true, true, true, false]);
  });
});

describe('congress wording by tenant kind', () => {
  it('names a town the presidium, its meetings and the congress sessions', () => {
    for (const kind of ['town', 'township', 'ethnic_township'] as const) {
      const w = congressWording(kind);
      expect(w.hasSessions).toBe(true);
      expect(w.meetingKinds).toEqual(['session', 'presidium']);
      expect(w.bodyMeetingKind).toBe('presidium');
      expect([w.body.zh, w.bodyFull.zh, w.bodyMeeting.zh, w.bodyMember.zh, w.meetingsTitle.zh, w.owner.zh]).toEqual(['人大主席团', '乡镇人大主席团', '主席团会议', '主席团成员', '人代会与主席团会议', '人大']);
      expect(w.bookLabels.presidium_meetings.zh).toBe('主席团会议簿');
      expect(w.roleLabels.chair.zh).toBe('主席');
    }
  });

  it('names a sub-district the working committee and its meetings, never sessions or the presidium', () => {
    const w = congressWording('subdistrict');
    expect(w.hasSessions).toBe(false);
    expect(w.meetingKinds).toEqual(['working_committee', 'joint_deputies']);
    expect(w.bodyMeetingKind).toBe('working_committee');
    expect([w.body.zh, w.bodyFull.zh, w.bodyMeeting.zh, w.bodyMember.zh, w.meetingsTitle.zh, w.owner.zh]).toEqual(['人大工委', '街道人大工委', '工委会议', '工委委员', '工委会议与联组会议', '人大工委']);
    expect([w.bookLabels.presidium_meetings.zh, w.bookLabels.presidium_meetings.en]).toEqual(['工委会议簿', 'Working-committee meeting book']);
    expect([w.roleLabels.chair.zh, w.roleLabels.vice_chair.zh, w.roleLabels.member.zh, w.roleColumn.zh]).toEqual(['工委主任', '工委副主任', '工委委员', '工委职务']);
    const everyText = JSON.stringify([w.body, w.bodyFull, w.bodyMeeting, w.bodyMember, w.meetingsTitle, w.owner, Object.values(w.bookLabels), Object.values(w.roleLabels), w.roleColumn, w.meetingKinds.map((k) => w.meetingKindLabels[k])]);
    expect(everyText).not.toMatch(/主席团|人代会|人民代表大会|[Pp]residium|session/);
  });

  it('labels every book in both languages for every kind', () => {
    for (const kind of TENANT_KINDS) {
      const labels = congressWording(kind).bookLabels;
      expect(CONGRESS_BOOKS.every((b) => labels[b].zh.length > 0 && labels[b].en.length > 0)).toBe(true);
    }
  });

  it('offers a meeting kind only to the kinds that hold it', () => {
    expect(offersMeetingKind('town', 'session')).toBe(true);
    expect(offersMeetingKind('town', 'working_committee')).toBe(false);
    expect(offersMeetingKind('subdistrict', 'session')).toBe(false);
    expect(offersMeetingKind('subdistrict', 'presidium')).toBe(false);
    expect(offersMeetingKind('subdistrict', 'working_committee')).toBe(true);
    expect(offersMeetingKind('subdistrict', 'joint_deputies')).toBe(true);
  });

  it('refuses a session in a sub-district in words that name what it can record', () => {
    expect(meetingKindIssues('town', 'session')).toEqual([]);
    expect(meetingKindIssues('subdistrict', 'joint_deputies')).toEqual([]);
    const [issue] = meetingKindIssues('subdistrict', 'session');
    expect(issue).toMatchObject({ path: ['kind'], input: 'session', params: { zh: '街道不召开人民代表大会，可选：工委会议、代表联组会议' } });
    expect(meetingKindIssues('town', 'working_committee')[0]).toMatchObject({ message: 'a town does not hold a working-committee meeting; choose congress session or presidium meeting' });
  });
});

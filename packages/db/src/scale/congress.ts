import type pg from 'pg';
import { addDays, daysInclusive } from '@pcs/domain';
import { copyRows, type CopyValue } from './copy';
import type { SeededRandom } from './random';

export interface CongressScaleOptions {
  deputiesPerTownship: number;
  suggestionsPerTownship: number;
  /** Duty records: participations in duty activities, ten per activity. */
  dutyRecordsPerTownship: number;
  firstDay: string;
  lastDay: string;
}

const instant = (day: string, hour = 10) => `${day} ${String(hour).padStart(2, '0')}:00:00+08`;

/**
 * Deputies (with groups), sessions and presidium meetings with attendance, duty activities with
 * their participants, duty reports, and suggestions with signers and their full transition
 * history, for one township: the sources of the congress-side indicators.
 */
export async function copyCongressScale(client: pg.ClientBase, tenantId: string, options: CongressScaleOptions, random: SeededRandom): Promise<Record<string, number>> {
  const span = daysInclusive(options.firstDay, options.lastDay) - 1;
  const dayIn = () => addDays(options.firstDay, random.int(0, span));
  const now = instant(options.lastDay);
  const counts: Record<string, number> = {};

  const groupIds = Array.from({ length: 10 }, () => random.uuid());
  counts.DeputyGroup = await copyRows(
    client,
    'DeputyGroup',
    ['tenantId', 'id', 'name', 'version', 'createdAt', 'updatedAt'],
    groupIds.map((id, i) => [tenantId, id, `第${i + 1}代表小组`, 0, now, now]),
  );

  const deputyIds = Array.from({ length: options.deputiesPerTownship }, () => random.uuid());
  counts.Deputy = await copyRows(
    client,
    'Deputy',
    ['tenantId', 'id', 'name', 'gender', 'birthDate', 'ethnicity', 'party', 'sector', 'levels', 'termNo', 'constituency', 'groupId', 'status', 'electedOn', 'statusDate', 'version', 'createdAt', 'updatedAt'],
    (function* () {
      for (const [i, id] of deputyIds.entries()) {
        const left = random.chance(0.05);
        yield [
          tenantId, id, `代表${String(i + 1).padStart(5, '0')}`, random.pick(['male', 'female']), `19${random.int(55, 99)}-0${random.int(1, 9)}-1${random.int(0, 9)}`, '汉族',
          random.pick(['cpc', 'non_party', 'masses']), random.pick(['worker', 'farmer', 'cadre', 'professional']), random.chance(0.1) ? ['township', 'county'] : ['township'],
          21, `第${(i % 40) + 1}选区`, groupIds[i % groupIds.length]!, left ? 'resigned' : 'serving', options.firstDay, left ? dayIn() : null, 0, now, now,
        ] satisfies CopyValue[];
      }
    })(),
  );

  // Two sessions and four presidium meetings a year, every deputy expected at the sessions.
  const firstYear = Number(options.firstDay.slice(0, 4));
  const years = Array.from({ length: Number(options.lastDay.slice(0, 4)) - firstYear + 1 }, (_, k) => String(firstYear + k));
  const meetings: Array<{ id: string; kind: string; day: string; number: number }> = [];
  for (const year of years) {
    for (const md of ['02-20', '12-10']) meetings.push({ id: random.uuid(), kind: 'session', day: `${year}-${md}`, number: meetings.length + 1 });
    for (const md of ['03-15', '06-15', '09-15', '11-15']) meetings.push({ id: random.uuid(), kind: 'presidium', day: `${year}-${md}`, number: meetings.length + 1 });
  }
  const held = meetings.filter((m) => m.day <= options.lastDay);
  counts.CongressMeeting = await copyRows(
    client,
    'CongressMeeting',
    ['tenantId', 'id', 'kind', 'sessionType', 'termNo', 'number', 'title', 'startDate', 'endDate', 'status', 'version', 'createdAt', 'updatedAt'],
    held.map((m) => [tenantId, m.id, m.kind, m.kind === 'session' ? 'regular' : null, 21, m.number, `${m.kind === 'session' ? '人民代表大会' : '主席团会议'} ${m.day}`, m.day, m.day, 'held', 0, now, now]),
  );
  counts.MeetingAttendance = await copyRows(
    client,
    'MeetingAttendance',
    ['tenantId', 'meetingId', 'deputyId', 'status', 'spoke'],
    (function* () {
      for (const m of held.filter((x) => x.kind === 'session')) for (const deputyId of deputyIds) yield [tenantId, m.id, deputyId, random.chance(0.92) ? 'present' : random.pick(['leave', 'absent']), random.chance(0.05)];
    })(),
  );

  const activities = Math.ceil(options.dutyRecordsPerTownship / 10);
  const activityIds = Array.from({ length: activities }, () => random.uuid());
  counts.DutyActivity = await copyRows(
    client,
    'DutyActivity',
    ['tenantId', 'id', 'type', 'title', 'date', 'groupId', 'version', 'createdAt', 'updatedAt'],
    activityIds.map((id, i) => [tenantId, id, random.pick(['inspection', 'survey', 'voter_contact', 'training']), `履职活动${i + 1}`, dayIn(), random.chance(0.5) ? random.pick(groupIds) : null, 0, now, now]),
  );
  counts.DutyActivityParticipant = await copyRows(
    client,
    'DutyActivityParticipant',
    ['tenantId', 'activityId', 'deputyId'],
    (function* () {
      for (const activityId of activityIds) {
        const start = random.int(0, deputyIds.length - 10);
        for (let k = 0; k < 10; k++) yield [tenantId, activityId, deputyIds[start + k]!];
      }
    })(),
  );
  counts.DutyReview = await copyRows(
    client,
    'DutyReview',
    ['tenantId', 'id', 'deputyId', 'year', 'date', 'form', 'venue', 'version', 'createdAt', 'updatedAt'],
    (function* () {
      for (const year of years) for (const deputyId of deputyIds) if (random.chance(0.35) && `${year}-12-10` <= options.lastDay) yield [tenantId, random.uuid(), deputyId, Number(year), `${year}-12-10`, 'oral', random.pick(['session', 'voters_meeting', 'group_meeting']), 0, now, now];
    })(),
  );

  Object.assign(counts, await copySuggestions(client, tenantId, deputyIds, options, random, dayIn));
  return counts;
}

async function copySuggestions(client: pg.ClientBase, tenantId: string, deputyIds: readonly string[], options: CongressScaleOptions, random: SeededRandom, dayIn: () => string) {
  const rows: CopyValue[][] = [];
  const signers: CopyValue[][] = [];
  const transitions: CopyValue[][] = [];
  const step = (id: string, action: string, from: string | null, to: string, day: string, actorKind = 'office') =>
    transitions.push([tenantId, id, action, from, to, actorKind, '工作人员', instant(day, 9 + random.int(0, 8)), '{}']);
  for (let i = 0; i < options.suggestionsPerTownship; i++) {
    const id = random.uuid();
    const lead = random.pick(deputyIds);
    const submitted = dayIn();
    const assigned = addDays(submitted, random.int(1, 10));
    const due = addDays(assigned, 90);
    const replied = addDays(assigned, random.int(15, 130));
    const evaluated = addDays(replied, random.int(3, 20));
    const isReplied = replied <= options.lastDay;
    const isEvaluated = isReplied && evaluated <= options.lastDay && random.chance(0.9);
    const rehandled = isEvaluated && random.chance(0.05);
    const state = isEvaluated ? 'closed' : isReplied ? 'replied' : assigned <= options.lastDay ? 'in_handling' : 'accepted';
    const replyClass = isReplied ? random.pick(['A', 'A', 'B', 'B', 'C']) : null;
    const satisfaction = isEvaluated ? random.pick(['satisfied', 'satisfied', 'satisfied', 'basically_satisfied', 'unsatisfied']) : null;
    const stamp = instant(submitted);
    rows.push([
      tenantId, id, `${submitted.slice(0, 4)}-S${String(i + 1).padStart(6, '0')}`, 'suggestion', 'between_sessions', `关于第${i + 1}件事项的建议`, '建议内容', random.pick(['交通', '教育', '医疗', '环境', '农业']),
      lead, submitted, state, 0, random.chance(0.05), false, assigned <= options.lastDay ? assigned : null, assigned <= options.lastDay ? due : null, assigned <= options.lastDay ? due : null, false,
      replyClass, isReplied ? 'written' : null, isReplied ? instant(replied) : null, isReplied ? replied > due : null, satisfaction, isEvaluated ? instant(evaluated) : null, rehandled ? 1 : 0, isEvaluated ? instant(evaluated) : null, stamp, stamp,
    ]);
    signers.push([tenantId, id, lead, '领衔代表', true]);
    step(id, 'submit', null, 'submitted', submitted, 'deputy');
    step(id, 'accept', 'submitted', 'accepted', submitted);
    if (assigned <= options.lastDay) step(id, 'assign', 'accepted', 'assigned', assigned);
    if (isReplied) step(id, 'reply', 'in_handling', 'replied', replied, 'handler');
    if (isEvaluated) step(id, 'evaluate', 'replied', 'closed', evaluated, 'deputy');
  }
  return {
    Suggestion: await copyRows(
      client,
      'Suggestion',
      ['tenantId', 'id', 'number', 'kind', 'source', 'title', 'content', 'topic', 'leadDeputyId', 'submittedOn', 'state', 'version', 'isKey', 'overdue', 'assignedOn', 'dueOn', 'originalDueOn', 'deadlineExtended', 'replyClass', 'replyForm', 'repliedAt', 'replyLate', 'satisfaction', 'evaluatedAt', 'rehandlingRound', 'closedAt', 'createdAt', 'updatedAt'],
      rows,
    ),
    SuggestionSigner: await copyRows(client, 'SuggestionSigner', ['tenantId', 'suggestionId', 'deputyId', 'deputyName', 'lead'], signers),
    SuggestionTransition: await copyRows(client, 'SuggestionTransition', ['tenantId', 'suggestionId', 'action', 'fromState', 'toState', 'actorKind', 'actorName', 'at', 'data'], transitions),
  };
}

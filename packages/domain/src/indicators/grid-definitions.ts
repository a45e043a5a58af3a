import type { TenantKind } from '../tenancy/tenant';
import type { IndicatorDefinition, RecordSet } from './definitions';

/**
 * The grid-management indicators (issue 10's inputs of the county dashboards): events from their
 * transition history as of the period's end, patrols of the level-4 grids, and inspections of
 * the ledgers' supervised objects. Same placeholders as every definition (definitions.ts).
 */

const ALL_KINDS: readonly TenantKind[] = ['town', 'township', 'ethnic_township', 'subdistrict'];
const localDay = (column: string) => `app_local_day(${column}, {tz})`;
/** The first instant after a county day (the instants are stored in UTC); {afterEnd} for the period's last. */
const after = (day: string) => (day === '{end}' ? '{afterEnd}' : `app_day_start(${day} + 1, {tz})`);
/** An instant on a county day of the period, as a range of the column itself against the period's instants (an index serves it). */
const atInPeriod = (column: string) => `${column} >= {startAt} AND ${column} < {afterEnd}`;
/** An instant on or before a county day. */
const atBy = (column: string, day = '{end}') => `${column} < ${after(day)}`;

/**
 * What the history holds, asked of the columns the database keeps from it (the first refusal,
 * close, overdue mark, escalation, return and reopening of each event: GridEvent.first...At).
 */
const HAD = (column: string, byDay = '{end}') => `(r.${column} IS NOT NULL AND ${atBy(`r.${column}`, byDay)})`;
const REOPENED_BY_END = HAD('"firstReopenedAt"');
/**
 * The state the event was in at the end of the period (its steps, never earlier than its receipt: the
 * history's partitions before that month are skipped). Closed and refused are left only by a
 * reopening (workflow.ts; its test says so), so until the first reopening the first close and
 * refusal tell it; an event reopened by then is read from its history: its last step that day
 * (the event's few steps found by its id, the day's bound a FILTER of the aggregate: as a
 * condition with ORDER BY ... LIMIT 1 it had the planner walk a month's steps of the whole
 * township backwards by time instead, about 30 ms an event).
 */
const HISTORY_STATE_AT_END = `(SELECT (array_agg(t."toState" ORDER BY t.at DESC, t.id DESC) FILTER (WHERE ${atBy('t.at')}))[1] FROM "GridEventTransition" t WHERE t."tenantId" = r."tenantId" AND t."eventId" = r.id AND t.at >= r."reportedAt")`;
const CLOSED_AT_END = `CASE WHEN ${REOPENED_BY_END} THEN ${HISTORY_STATE_AT_END} = 'closed' ELSE ${HAD('"firstClosedAt"')} END`;
const OPEN_AT_END = `CASE WHEN ${REOPENED_BY_END} THEN ${HISTORY_STATE_AT_END} NOT IN ('closed', 'refused') ELSE NOT ${HAD('"firstClosedAt"')} AND NOT ${HAD('"firstRefusedAt"')} END`;
const CLOSE_DAY = localDay('r."firstClosedAt"');
const NOT_REFUSED = `NOT ${HAD('"firstRefusedAt"')}`;

const REPORTED = 'r."reportedAt"';
/**
 * An event's steps come after its receipt (`reportedAt` is the server's receipt time, never
 * changed), so an event placed by a step on or before a day was reported by then. Said in SQL,
 * it lets PostgreSQL skip the months after the period: the table is partitioned by `reportedAt`
 * (decision 61), and a range on a step column alone probes every month.
 */
const REPORTED_BY_END = atBy(REPORTED);

/** Events placed in the period by one of their instants. */
const events = (column: string, descriptionZh: string, descriptionEn: string, ...where: string[]): RecordSet => ({
  descriptionZh,
  descriptionEn,
  source: 'GridEvent',
  from: '"GridEvent" r',
  where: [atInPeriod(column), ...(column === REPORTED ? [] : [REPORTED_BY_END]), ...where],
  key: 'r.id::text',
  day: localDay(column),
  label: `r.number || ' ' || left(r.description, 40)`,
});

const EVENTS_REPORTED = events(REPORTED, '期内上报的网格事件', 'grid events reported in the period');
const EVENTS_RECEIVED = events(REPORTED, '期内上报且至期末未被不予受理的网格事件', 'grid events reported in the period and not refused by its end', NOT_REFUSED);
const EVENTS_CLOSED = events('r."firstClosedAt"', '期内首次结案的网格事件', 'grid events first closed in the period');
const FOLLOWED_UP = events('r."followUpAt"', '期内公众回访的网格事件', 'grid events the public reporter followed up in the period', 'r."followUpSatisfaction" IS NOT NULL');

const share = (
  id: string,
  nameZh: string,
  nameEn: string,
  definitionZh: string,
  definitionEn: string,
  numerator: RecordSet,
  denominator: RecordSet,
  higherIsBetter: boolean,
  defaultWeight = 0,
): IndicatorDefinition => ({
  id,
  area: 'grid',
  nameZh,
  nameEn,
  definitionZh,
  definitionEn,
  numerator,
  denominator,
  unit: 'percent',
  higherIsBetter,
  grain: 'month',
  asOfZh: '按上报日归期；状态按期末当日的流转记录',
  asOfEn: 'placed on the day reported; states as the history stood on the last day',
  appliesTo: ALL_KINDS,
  params: [],
  defaultWeight,
  defaultTarget: null,
});

/** Hours between two instants of the event. */
const hoursBetween = (from: string, to: string) => `extract(epoch FROM (${to} - ${from})) / 3600`;

/**
 * The stages timed, each from the history's first steps: placed in the period the stage ended
 * in (so a past period's figure never changes), in calendar hours.
 */
const STAGES = [
  {
    id: 'accept',
    nameZh: '受理',
    nameEn: 'acceptance',
    records: events('r."firstAcceptedAt"', '期内首次受理的事件（用时：上报至受理）', 'events first accepted in the period (timed from report to acceptance)'),
    hours: hoursBetween('r."reportedAt"', 'r."firstAcceptedAt"'),
  },
  {
    id: 'dispatch',
    nameZh: '派遣',
    nameEn: 'dispatch',
    records: events('r."firstDispatchedAt"', '期内首次派遣且此前已受理的事件（用时：受理至派遣）', 'events first dispatched in the period after an acceptance (timed from acceptance to dispatch)', 'r."firstAcceptedAt" IS NOT NULL', 'r."firstAcceptedAt" <= r."firstDispatchedAt"'),
    hours: hoursBetween('r."firstAcceptedAt"', 'r."firstDispatchedAt"'),
  },
  {
    id: 'handle',
    nameZh: '处置',
    nameEn: 'handling',
    records: events('r."firstFedBackAt"', '期内首次反馈且此前已派遣的事件（用时：派遣至反馈）', 'events first fed back in the period after a dispatch (timed from dispatch to feedback)', 'r."firstDispatchedAt" IS NOT NULL', 'r."firstDispatchedAt" <= r."firstFedBackAt"'),
    hours: hoursBetween('r."firstDispatchedAt"', 'r."firstFedBackAt"'),
  },
  {
    id: 'close',
    nameZh: '办结',
    nameEn: 'closing',
    records: events('r."firstClosedAt"', '期内首次结案的事件（用时：上报至结案）', 'events first closed in the period (timed from report to close)'),
    hours: hoursBetween('r."reportedAt"', 'r."firstClosedAt"'),
  },
] as const;

const PERCENTILES = [
  { unit: 'median_hours', id: 'median', zh: '中位数', en: 'median', shareZh: '一半', shareEn: 'half' },
  { unit: 'p90_hours', id: 'p90', zh: '90%分位', en: '90th percentile', shareZh: '90%', shareEn: '90%' },
] as const;

/** Median and 90th-percentile hours of each stage (durations.ts: counted per band of hours, read from the counts). */
const STAGE_TIMES: IndicatorDefinition[] = STAGES.flatMap((stage) =>
  PERCENTILES.map(
    (p): IndicatorDefinition => ({
      id: `grid_${stage.id}_hours_${p.id}`,
      area: 'grid',
      nameZh: `网格事件${stage.nameZh}用时（${p.zh}）`,
      nameEn: `Grid event ${stage.nameEn} time (${p.en})`,
      definitionZh: `期内${stage.nameZh}环节结束的事件中，${p.shareZh}的事件用时不超过此小时数（自然小时，按各事件流转记录中的首次办理时间计）。`,
      definitionEn: `Of the events whose ${stage.nameEn} stage ended in the period, ${p.shareEn} took at most this many hours (calendar hours, from the first such steps in each event's history).`,
      numerator: { ...stage.records, label: `r.number || ' · ' || round((${stage.hours})::numeric, 1) || 'h · ' || left(r.description, 30)` },
      denominator: null,
      unit: p.unit,
      hours: stage.hours,
      higherIsBetter: false,
      grain: 'month',
      asOfZh: '按该环节结束日归期；用时按小时分段计数后取分位（段内线性插值）',
      asOfEn: 'placed on the day the stage ended; hours counted per band, the percentile read from the counts (interpolated inside its band)',
      appliesTo: ALL_KINDS,
      params: [],
      defaultWeight: 0,
      defaultTarget: null,
      // Placed by the stage's end, timed between two first steps: a month's records are its own.
      additive: true,
    }),
  ),
);

const eventCount = (id: string, nameZh: string, nameEn: string, definitionZh: string, definitionEn: string, records: RecordSet, asOfZh: string, asOfEn: string): IndicatorDefinition => ({
  id,
  area: 'grid',
  nameZh,
  nameEn,
  definitionZh,
  definitionEn,
  numerator: records,
  denominator: null,
  unit: 'count',
  higherIsBetter: true,
  grain: 'month',
  asOfZh,
  asOfEn,
  appliesTo: ALL_KINDS,
  params: [],
  defaultWeight: 0,
  defaultTarget: null,
  // Placed by one instant, with nothing asked of the period's end (an event is reported before its steps).
  additive: true,
});

export const GRID_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'grid_events_reported',
    area: 'grid',
    nameZh: '网格事件上报数',
    nameEn: 'Grid events reported',
    definitionZh: '期内上报的网格事件件数（网格员、巡查、办公室登记、热线、公众）。',
    definitionEn: 'Grid events reported in the period (by grid workers, patrols, the office, hotlines and the public).',
    numerator: EVENTS_REPORTED,
    denominator: null,
    unit: 'count',
    higherIsBetter: true,
    grain: 'month',
    asOfZh: '按上报日归期',
    asOfEn: 'placed on the day reported',
    appliesTo: ALL_KINDS,
    params: [],
    defaultWeight: 0,
    defaultTarget: null,
    additive: true,
  },
  eventCount('grid_events_accepted', '网格事件受理数', 'Grid events accepted', '期内首次受理的网格事件件数。', 'Grid events first accepted in the period.', STAGES[0].records, '按首次受理日归期', 'placed on the day first accepted'),
  eventCount('grid_events_closed', '网格事件办结数', 'Grid events closed', '期内首次结案的网格事件件数。', 'Grid events first closed in the period.', EVENTS_CLOSED, '按首次结案日归期', 'placed on the day first closed'),
  share(
    'grid_event_closure_rate',
    '网格事件办结率',
    'Grid events closed',
    '期内上报并受理（未被不予受理）的事件中，至期末处于结案状态的件数所占比例。',
    'Of the events reported in the period and not refused, the share closed as the history stood at its end.',
    events(REPORTED, '期内上报、未被不予受理且期末已结案的事件', 'events reported in the period, not refused, closed at its end', NOT_REFUSED, CLOSED_AT_END),
    EVENTS_RECEIVED,
    true,
    10,
  ),
  // Both sides placed on the first close; overdue is asked of the close day, not of the period's end.
  {
    ...share(
      'grid_event_on_time_rate',
      '网格事件按时办结率',
      'Grid events closed on time',
      '期内首次结案的事件中，结案前从未被标记逾期的件数所占比例（各环节时限按县规则、工作日计算）。',
      'Of the events first closed in the period, the share never marked overdue before closing (stage limits by the county rules, in working days).',
      events('r."firstClosedAt"', '期内首次结案且结案前未逾期的事件', 'events first closed in the period and never overdue before', `NOT ${HAD('"firstOverdueAt"', CLOSE_DAY)}`),
      EVENTS_CLOSED,
      true,
    ),
    additive: true,
  },
  {
    id: 'grid_events_overdue_open',
    area: 'grid',
    nameZh: '逾期未办结网格事件数',
    nameEn: 'Grid events overdue and open',
    definitionZh: '期末仍未结案（且未被不予受理）、期末前曾被标记逾期的事件件数。',
    definitionEn: 'Events still open at the end of the period (not closed or refused) that had been marked overdue by then.',
    numerator: {
      descriptionZh: '期末未结案（未被不予受理）且期末前曾逾期的事件，不论何时上报',
      descriptionEn: 'events open at the end of the period (not closed or refused) and overdue by then, whenever reported',
      source: 'GridEvent',
      from: '"GridEvent" r',
      where: [atBy(REPORTED), OPEN_AT_END, HAD('"firstOverdueAt"')],
      key: 'r.id::text',
      day: localDay(REPORTED),
      label: `r.number || ' ' || left(r.description, 40)`,
    },
    denominator: null,
    unit: 'count',
    higherIsBetter: false,
    grain: 'month',
    asOfZh: '按期末当日的流转记录',
    asOfEn: 'as the history stood on the last day',
    appliesTo: ALL_KINDS,
    params: [],
    defaultWeight: 0,
    defaultTarget: null,
  },
  share('grid_event_escalated_share', '网格事件升级比例', 'Grid events escalated', '期内上报的事件中，至期末曾升级（主动或超时自动升级）的件数所占比例。', 'Of the events reported in the period, the share escalated (by claim or by deadline) by its end.', events(REPORTED, '期内上报且至期末曾升级的事件', 'events reported in the period and escalated by its end', HAD('"firstEscalatedAt"')), EVENTS_REPORTED, false),
  share('grid_event_returned_share', '网格事件退件比例', 'Grid events returned', '期内上报的事件中，至期末曾被承办单位退件的件数所占比例。', 'Of the events reported in the period, the share returned by a handling unit by its end.', events(REPORTED, '期内上报且至期末曾退件的事件', 'events reported in the period and returned by its end', HAD('"firstReturnedAt"')), EVENTS_REPORTED, false),
  share('grid_event_reopened_share', '网格事件重开比例', 'Grid events reopened', '期内上报的事件中，至期末结案后又重开的件数所占比例。', 'Of the events reported in the period, the share reopened after closing by its end.', events(REPORTED, '期内上报且至期末曾重开的事件', 'events reported in the period and reopened by its end', REOPENED_BY_END), EVENTS_REPORTED, false),
  {
    // Placed on the follow-up; with its rule value, added up only where the months' value is the period's.
    additive: true,
    ...share('grid_public_satisfaction', '网格事件公众满意率', 'Public satisfaction with grid events', '期内公众回访的事件中，评价计为满意的件数所占比例；“基本满意”是否计入按规则“计为满意的评价”。', 'Of the events the public followed up in the period, the share whose answer counts as satisfied; whether "basically satisfied" counts is the rule "evaluations counted as satisfied".', events('r."followUpAt"', '期内回访且计为满意的事件', 'events followed up in the period whose answer counts as satisfied', `(r."followUpSatisfaction" = 'satisfied' OR ({param.satisfaction_counted} = 'satisfied_and_basically_satisfied' AND r."followUpSatisfaction" = 'basically_satisfied'))`), FOLLOWED_UP, true),
    params: [{ name: 'satisfaction_counted', ruleKey: 'suggestion.satisfaction_counted', sqlType: 'text' }],
    asOfZh: '按回访日归期',
    asOfEn: 'placed on the follow-up day',
  },
  {
    id: 'patrol_coverage',
    area: 'grid',
    nameZh: '网格巡查覆盖率',
    nameEn: 'Patrol coverage',
    definitionZh: '期末已设立的四级网格中，期内至少巡查过一次的网格所占比例（每周、每月是否达到巡查频次见“网格总览”）。',
    definitionEn: 'Of the level-4 grids set up by the end of the period, the share patrolled at least once in it (whether each week or month met the patrol frequency is on the grid overview).',
    numerator: {
      descriptionZh: '期末已设立且期内有巡查的四级网格',
      descriptionEn: 'level-4 grids set up by the end and patrolled in the period',
      source: 'Grid',
      from: '"Grid" r',
      where: ['r.level = 4', atBy('r."createdAt"'), `EXISTS (SELECT 1 FROM "Patrol" p WHERE p."tenantId" = r."tenantId" AND p."gridId" = r.id AND ${atInPeriod('p."startedAt"')})`],
      key: 'r.id::text',
      day: localDay('r."createdAt"'),
      label: 'r.name',
    },
    denominator: {
      descriptionZh: '期末已设立的四级网格',
      descriptionEn: 'level-4 grids set up by the end of the period',
      source: 'Grid',
      from: '"Grid" r',
      where: ['r.level = 4', atBy('r."createdAt"')],
      key: 'r.id::text',
      day: localDay('r."createdAt"'),
      label: 'r.name',
    },
    unit: 'percent',
    higherIsBetter: true,
    grain: 'month',
    asOfZh: '网格按设立日，巡查按开始日',
    asOfEn: 'grids by the day set up, patrols by the day started',
    appliesTo: ALL_KINDS,
    params: [],
    defaultWeight: 10,
    defaultTarget: null,
  },
  {
    id: 'ledger_inspection_coverage',
    area: 'grid',
    nameZh: '台账对象检查覆盖率',
    nameEn: 'Ledger inspection coverage',
    definitionZh: '期末台账中的监管对象（污染源等）中，期内至少检查过一次的所占比例。',
    definitionEn: 'Of the supervised objects in the ledgers at the end of the period (pollution sources and others), the share inspected at least once in it.',
    numerator: {
      descriptionZh: '期末在台账且期内检查过的对象',
      descriptionEn: 'objects in the ledgers at the end and inspected in the period',
      source: 'LedgerObject',
      from: '"LedgerObject" r',
      where: [atBy('r."createdAt"'), `EXISTS (SELECT 1 FROM "LedgerInspection" i WHERE i."tenantId" = r."tenantId" AND i."ledgerObjectId" = r.id AND ${atInPeriod('i."inspectedAt"')})`],
      key: 'r.id::text',
      day: localDay('r."createdAt"'),
      label: 'r.name',
    },
    denominator: {
      descriptionZh: '期末在台账的监管对象',
      descriptionEn: 'supervised objects in the ledgers at the end of the period',
      source: 'LedgerObject',
      from: '"LedgerObject" r',
      where: [atBy('r."createdAt"')],
      key: 'r.id::text',
      day: localDay('r."createdAt"'),
      label: 'r.name',
    },
    unit: 'percent',
    higherIsBetter: true,
    grain: 'month',
    asOfZh: '对象按录入日，检查按检查日',
    asOfEn: 'objects by the day entered, inspections by the day inspected',
    appliesTo: ALL_KINDS,
    params: [],
    defaultWeight: 0,
    defaultTarget: null,
  },
  ...STAGE_TIMES,
];

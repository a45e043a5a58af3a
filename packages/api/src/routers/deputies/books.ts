import type {
  congressBookQuerySchema} from '@pcs/domain';
import {
  dayOf,
  dateOf,
  compareDeputyGroupNames,
  congressWording,
  CONGRESS_BOOK_PERMISSIONS,
  CONGRESS_DOCUMENT_DIRECTION_LABELS,
  CONGRESS_MEETING_STATUS_LABELS,
  DEPUTY_EDUCATION_LABELS,
  DEPUTY_GENDER_LABELS,
  DEPUTY_LEVEL_LABELS,
  DEPUTY_PARTY_LABELS,
  DEPUTY_SECTOR_LABELS,
  DEPUTY_STATUS_LABELS,
  DUTY_ACTIVITY_TYPE_LABELS,
  MEETING_AGENDA_KIND_LABELS,
  MEETING_OUTCOME_KIND_LABELS,
  PRESIDIUM_ROLE_LABELS,
  RECEPTION_HANDLING_LABELS,
  SERVING_STATUSES,
  type BilingualMessage,
  type CongressBook,
  type CongressBookCell,
  type CongressBookColumn,
  type CongressBookData,
  type CongressBookSection,
  type PresidiumRole,
} from '@pcs/domain';
import { petitionsRegister, suggestionsRegister } from './external';
import { canSeeContacts, requirePermissions } from './access';
import { yearRange } from '../shared/dates';
import { type TenantCtx } from '../shared/tenant-context';
import type { z } from 'zod';

/**
 * 六簿一册 (seed 002): each book of a year built from the records, for the printable page and
 * the Excel workbook. Headers, section headings and the book's own words (enumerated values,
 * phrases around names) come in both languages and the reader's is shown; what users typed is
 * as they typed it.
 */
const col = (key: string, zh: string, en: string, width = 1): CongressBookColumn => ({ key, zh, en, width });
const no = col('no', '序号', 'No.', 0.5);

type Built = { columns: CongressBookColumn[]; sections: CongressBookSection[]; note?: CongressBookData['note'] };

const numbered = <T>(rows: T[], map: (row: T) => Record<string, CongressBookCell>) => rows.map((row, i) => ({ no: i + 1, ...map(row) }));

type Lang = keyof BilingualMessage;
/** A text the book words itself, in both languages. */
const both = (words: (lang: Lang) => string): BilingualMessage => ({ zh: words('zh'), en: words('en') });
/** `（…）` in Chinese, ` (…)` in English. */
const aside = (lang: Lang, text: string) => (lang === 'zh' ? `（${text}）` : ` (${text})`);
const listed = (lang: Lang, items: readonly string[]) => items.join(lang === 'zh' ? '、' : ', ');

/** The body's meeting book: presidium meetings, or a sub-district's working-committee and joint deputy meetings. */
async function bodyMeetings(ctx: TenantCtx, year: number): Promise<Built> {
  const kinds = congressWording(ctx.tenant.kind).meetingKinds.filter((k) => k !== 'session');
  const meetings = await ctx.tx.congressMeeting.findMany({
    where: { tenantId: ctx.tenant.id, kind: { in: kinds }, startDate: yearRange(year), status: { not: 'cancelled' } },
    include: { agenda: { orderBy: { seq: 'asc' } }, outcomes: { orderBy: { seq: 'asc' } }, attendance: { include: { deputy: { select: { name: true } } } } },
    orderBy: [{ startDate: 'asc' }, { number: 'asc' }],
  });
  return {
    columns: [no, col('date', '日期', 'Date'), col('title', '会议', 'Meeting', 1.5), col('place', '地点', 'Place'), col('attendees', '出席人员', 'Present', 2), col('agenda', '议题', 'Agenda', 2.5), col('decisions', '决定事项', 'Decisions', 2.5), col('status', '状态', 'Status', 0.7)],
    sections: [
      {
        title: null,
        rows: numbered(meetings, (m) => ({
          date: dayOf(m.startDate),
          title: m.title,
          place: m.place,
          attendees: m.attendance.filter((a) => a.status === 'present').map((a) => a.deputy.name).join('、') || '—',
          agenda: both((l) => m.agenda.map((a, i) => `${i + 1}. ${a.title}${aside(l, MEETING_AGENDA_KIND_LABELS[a.kind][l])}`).join('\n')),
          decisions: both(
            (l) =>
              m.outcomes
                .map((o, i) => `${i + 1}. ${MEETING_OUTCOME_KIND_LABELS[o.kind][l]}${l === 'zh' ? '：' : ': '}${o.title}${o.electedName ? aside(l, [o.post, o.electedName].filter(Boolean).join(l === 'zh' ? '' : ' ')) : ''}`)
                .join('\n') || (m.minutes ?? ''),
          ),
          status: CONGRESS_MEETING_STATUS_LABELS[m.status],
        })),
      },
    ],
  };
}

async function exemplaryDeeds(ctx: TenantCtx, year: number): Promise<Built> {
  const deeds = await ctx.tx.deputyDeed.findMany({
    where: { tenantId: ctx.tenant.id, date: yearRange(year) },
    include: { deputy: { select: { name: true, group: { select: { name: true } } } } },
    orderBy: [{ date: 'asc' }, { id: 'asc' }],
  });
  return {
    columns: [no, col('date', '日期', 'Date'), col('deputy', '代表', 'Deputy'), col('group', '代表小组', 'Group'), col('title', '事迹', 'Deed', 1.5), col('description', '主要内容', 'Description', 3), col('recognition', '表彰情况', 'Recognition', 1.2)],
    sections: [{ title: null, rows: numbered(deeds, (d) => ({ date: dayOf(d.date), deputy: d.deputy.name, group: d.deputy.group?.name ?? '', title: d.title, description: d.description, recognition: d.recognition })) }],
  };
}

async function lettersVisits(ctx: TenantCtx, year: number): Promise<Built> {
  const [visits, petitions] = await Promise.all([
    ctx.tx.receptionVisit.findMany({
      where: { tenantId: ctx.tenant.id, reception: { date: yearRange(year) } },
      include: { reception: { select: { date: true, place: true, duties: { select: { deputy: { select: { name: true } } } } } } },
      orderBy: [{ reception: { date: 'asc' } }, { seq: 'asc' }],
    }),
    petitionsRegister(ctx, year),
  ]);
  const showContacts = canSeeContacts(ctx);
  return {
    columns: [no, col('date', '日期', 'Date'), col('source', '来源', 'Source', 1.2), col('visitor', '来信来访人', 'Visitor'), col('address', '住址/联系方式', 'Address / contact', 1.3), col('issue', '反映事项', 'Matter raised', 3), col('handling', '办理情况', 'Handling', 2), col('receivedBy', '接待人', 'Received by')],
    sections: [
      {
        title: { zh: '代表接待日来访', en: 'Visits on reception days' },
        rows: numbered(visits, (v) => ({
          date: dayOf(v.reception.date),
          source: both((l) => `${l === 'zh' ? '代表接待日' : 'Reception day'}${v.reception.place ? aside(l, v.reception.place) : ''}`),
          visitor: v.visitorCount > 1 ? { zh: `${v.visitorName}等${v.visitorCount}人`, en: `${v.visitorName} and ${v.visitorCount - 1} more` } : v.visitorName,
          address: [v.address, showContacts ? v.phone : null].filter(Boolean).join(' '),
          issue: v.issue,
          handling: both((l) => `${RECEPTION_HANDLING_LABELS[v.handling][l]}${v.followUp ? `${l === 'zh' ? '；' : '; '}${v.followUp}` : ''}`),
          receivedBy: v.reception.duties.map((d) => d.deputy.name).join('、'),
        })),
      },
      {
        title: { zh: '信访登记', en: 'Petitions registered' },
        rows: numbered(petitions, (p) => ({
          date: p.receivedOn,
          source: both((l) => `${p.channel[l]}${aside(l, p.number)}`),
          visitor: p.petitionerName,
          address: '',
          issue: p.subject,
          handling: both((l) => `${p.state[l]}${p.feedback ? `${l === 'zh' ? '；' : '; '}${p.feedback}` : ''}`),
          receivedBy: { zh: '人大办', en: 'Congress office' },
        })),
      },
    ],
  };
}

async function documents(ctx: TenantCtx, year: number): Promise<Built> {
  const rows = await ctx.tx.congressDocument.findMany({ where: { tenantId: ctx.tenant.id, date: yearRange(year) }, orderBy: [{ date: 'asc' }, { id: 'asc' }] });
  const map = (d: (typeof rows)[number]) => ({ date: dayOf(d.date), docNumber: d.docNumber, title: d.title, counterpart: d.counterpart, handling: d.handling, handledBy: d.handledBy });
  const columns = [no, col('date', '日期', 'Date'), col('docNumber', '文号', 'Number'), col('title', '文件标题', 'Title', 3), col('counterpart', '来文/发往单位', 'From / to', 1.5), col('handling', '办理情况', 'Handling', 2), col('handledBy', '经办人', 'Handled by', 0.8)];
  return {
    columns,
    sections: (['incoming', 'outgoing'] as const).map((direction) => ({ title: CONGRESS_DOCUMENT_DIRECTION_LABELS[direction], rows: numbered(rows.filter((r) => r.direction === direction), map) })),
  };
}

async function motionsSuggestions(ctx: TenantCtx, year: number): Promise<Built> {
  const rows = await suggestionsRegister(ctx, year);
  return {
    columns: [no, col('number', '编号', 'Number', 0.8), col('kind', '类别', 'Kind', 0.8), col('submittedOn', '提出日期', 'Submitted'), col('title', '标题', 'Title', 3), col('lead', '领衔代表', 'Lead deputy'), col('cosigners', '附议代表', 'Co-signers', 1.5), col('state', '办理状态', 'State'), col('satisfaction', '代表评价', 'Evaluation', 0.8)],
    sections: [{ title: null, rows: numbered(rows, ({ number, kind, submittedOn, title, lead, cosigners, state, satisfaction }) => ({ number, kind, submittedOn, title, lead, cosigners, state, satisfaction })) }],
    note: rows.length === 0 ? { zh: '本年度代表建议模块中尚无议案、建议、批评和意见记录。', en: 'The suggestions module holds no motions, suggestions, criticisms or opinions for this year yet.' } : null,
  };
}

async function groupActivities(ctx: TenantCtx, year: number): Promise<Built> {
  const [groups, activities] = await Promise.all([
    ctx.tx.deputyGroup.findMany({ where: { tenantId: ctx.tenant.id }, select: { id: true, name: true, leader: { select: { name: true } } } }),
    ctx.tx.dutyActivity.findMany({
      where: { tenantId: ctx.tenant.id, groupId: { not: null }, date: yearRange(year) },
      include: { participants: { include: { deputy: { select: { name: true } } } } },
      orderBy: [{ date: 'asc' }, { id: 'asc' }],
    }),
  ]);
  return {
    columns: [no, col('date', '日期', 'Date'), col('type', '形式', 'Type', 0.8), col('title', '活动主题', 'Topic', 2), col('place', '地点', 'Place'), col('participants', '参加代表', 'Deputies', 2), col('count', '人数', 'Count', 0.5), col('summary', '活动情况', 'Summary', 3)],
    sections: groups
      .sort((a, b) => compareDeputyGroupNames(a.name, b.name))
      .map((g) => ({
        title: both((l) => `${g.name}${g.leader ? aside(l, `${l === 'zh' ? '组长：' : 'leader: '}${g.leader.name}`) : ''}`),
        rows: numbered(
          activities.filter((a) => a.groupId === g.id),
          (a) => ({
            date: dayOf(a.date),
            type: DUTY_ACTIVITY_TYPE_LABELS[a.type],
            title: a.title,
            place: a.place,
            participants: a.participants.map((p) => p.deputy.name).join('、'),
            count: a.participants.length,
            summary: a.summary,
          }),
        ),
      })),
  };
}

async function roster(ctx: TenantCtx, year: number): Promise<Built> {
  const deputies = await ctx.tx.deputy.findMany({
    where: { tenantId: ctx.tenant.id, OR: [{ status: { in: [...SERVING_STATUSES] } }, { statusDate: { gte: dateOf(`${year}-01-01`) } }], birthDate: { lte: dateOf(`${year}-12-31`) } },
    include: { group: { select: { id: true, name: true, leaderId: true } } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  const groups = [...new Map(deputies.filter((d) => d.group).map((d) => [d.group!.id, d.group!])).values()].sort((a, b) => compareDeputyGroupNames(a.name, b.name));
  const showContacts = canSeeContacts(ctx);
  const wording = congressWording(ctx.tenant.kind);
  const roleTitle = (role: PresidiumRole, l: Lang) =>
    wording.hasSessions ? (l === 'zh' ? `主席团${PRESIDIUM_ROLE_LABELS[role].zh.replace('主席团', '')}` : `Presidium ${PRESIDIUM_ROLE_LABELS[role].en.replace('Presidium ', '').toLowerCase()}`) : wording.roleLabels[role][l];
  const map = (d: (typeof deputies)[number]) => ({
    name: d.group?.leaderId === d.id ? both((l) => `${d.name}${aside(l, l === 'zh' ? '组长' : 'group leader')}`) : d.name,
    gender: DEPUTY_GENDER_LABELS[d.gender],
    birth: dayOf(d.birthDate).slice(0, 7).replace('-', '.'),
    ethnicity: d.ethnicity,
    party: DEPUTY_PARTY_LABELS[d.party],
    education: d.education ? DEPUTY_EDUCATION_LABELS[d.education] : '',
    sector: DEPUTY_SECTOR_LABELS[d.sector],
    levels: both((l) => listed(l, d.levels.map((level) => (l === 'zh' ? DEPUTY_LEVEL_LABELS[level].zh.replace('人大代表', '') : DEPUTY_LEVEL_LABELS[level].en.replace(/ deputy$/, ''))))),
    constituency: d.constituency,
    workplace: both((l) => [d.workplace, d.presidiumRole ? roleTitle(d.presidiumRole, l) : null].filter(Boolean).join(l === 'zh' ? '；' : '; ')),
    phone: showContacts ? d.phone : null,
    status: DEPUTY_STATUS_LABELS[d.status],
  });
  const columns = [
    no,
    col('name', '姓名', 'Name'),
    col('gender', '性别', 'Gender', 0.5),
    col('birth', '出生年月', 'Born', 0.8),
    col('ethnicity', '民族', 'Ethnicity', 0.6),
    col('party', '政治面貌', 'Party'),
    col('education', '学历', 'Education', 0.8),
    col('sector', '代表构成', 'Sector', 0.9),
    col('levels', '层级', 'Levels', 0.9),
    col('constituency', '选区', 'Constituency', 1.2),
    col('workplace', '工作单位及职务', 'Workplace and post', 2),
    ...(showContacts ? [col('phone', '联系电话', 'Phone', 1.1)] : []),
    col('status', '状态', 'Status', 0.7),
  ];
  const sections = groups.map((g) => {
    const members = deputies.filter((d) => d.groupId === g.id);
    return { title: { zh: `${g.name}（${members.length}名）`, en: `${g.name} (${members.length})` }, rows: numbered(members, map) };
  });
  const ungrouped = deputies.filter((d) => !d.groupId);
  if (ungrouped.length > 0) sections.push({ title: { zh: `未分组（${ungrouped.length}名）`, en: `Not in a group (${ungrouped.length})` }, rows: numbered(ungrouped, map) });
  return { columns, sections };
}

const BUILDERS: Record<CongressBook, (ctx: TenantCtx, year: number) => Promise<Built>> = {
  presidium_meetings: bodyMeetings,
  exemplary_deeds: exemplaryDeeds,
  letters_visits: lettersVisits,
  documents,
  motions_suggestions: motionsSuggestions,
  group_activities: groupActivities,
  roster,
};

export async function getCongressBook(ctx: TenantCtx, input: z.infer<typeof congressBookQuerySchema>): Promise<CongressBookData> {
  requirePermissions(ctx, CONGRESS_BOOK_PERMISSIONS[input.book]);
  const built = await BUILDERS[input.book](ctx, input.year);
  const wording = congressWording(ctx.tenant.kind);
  return { book: input.book, year: input.year, tenantName: ctx.tenant.name, title: wording.bookLabels[input.book], owner: wording.owner, columns: built.columns, sections: built.sections, note: built.note ?? null };
}

import { randomUUID } from 'node:crypto';
import { dayOf } from '@pcs/domain';
import type { Db } from '../client';
import type { Prisma } from '../generated/prisma/client';
import { applyScope, tenantScope } from '../scope';

/**
 * Demo deputies and congress work for three townships (DOMAIN-DETAIL §6.7): 45–60 deputies,
 * deputy groups and liaison stations, this year's sessions and presidium meetings with
 * attendance, duty activities, fixed contacts, reception days, documents, deeds and duty
 * reviews. And for the sub-district 城南街道, which has no congress (seeds 000, 002 P9): the
 * county and city deputies elected in its area, its working committee's meetings each quarter
 * and joint deputy meetings instead of sessions and presidium meetings. Fictional names in the
 * seeds' style. A township that has deputies is skipped, so a second run changes nothing.
 */
const TOWNSHIPS: Array<{ code: string; deputies: number; seed: number }> = [
  { code: 'xikou', deputies: 56, seed: 11 },
  { code: 'longtan', deputies: 48, seed: 23 },
  { code: 'baiyun', deputies: 45, seed: 37 },
  { code: 'chengnan', deputies: 24, seed: 53 },
];

const SURNAMES = '王李张刘陈杨黄赵周吴徐孙马朱胡郭何罗高林谢邓曾彭唐冯蒋韩曹许傅沈卢余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆';
const GIVEN = ['建华', '秀英', '明', '志强', '桂兰', '德明', '红梅', '国平', '小燕', '永福', '春花', '卫东', '丽', '海涛', '玉珍', '文斌', '晓峰', '淑芬', '长青', '金凤', '光辉', '雪梅', '家旺', '翠兰', '立新', '爱国', '美玲', '正华', '荣', '少波', '云霞', '振宇', '桂芳', '守仁', '学军', '慧敏'];
const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function sequence(seed: number) {
  let state = seed;
  return (min: number, max: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    // The high bits: a power-of-two modulus leaves the low bits with short cycles.
    return min + (Math.floor(state / 65536) % (max - min + 1));
  };
}

/** 1 → 一, 12 → 十二, 21 → 二十一 (session numbers in titles). */
function chineseNumber(n: number): string {
  const digits = ['', ...CHINESE_NUMBERS.slice(0, 9)];
  if (n < 10) return digits[n]!;
  return `${n >= 20 ? digits[Math.floor(n / 10)] : ''}十${digits[n % 10]}`;
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const iso = (date: Date) => dayOf(date);
const pad = (n: number) => String(n).padStart(2, '0');

type Pick = <T>(items: readonly T[]) => T;

export async function loadDeputyDemo(db: Db): Promise<void> {
  const today = iso(new Date());
  const year = Number(today.slice(0, 4));
  for (const township of TOWNSHIPS) {
    const tenant = await db.tenant.findUnique({ where: { code: township.code }, include: { villages: { orderBy: { name: 'asc' } } } });
    if (!tenant) continue;
    await db.$transaction(
      async (tx) => {
        await applyScope(tx, tenantScope(tenant.id));
        if ((await tx.deputy.count({ where: { tenantId: tenant.id } })) > 0) return;
        const next = sequence(township.seed);
        const pick: Pick = (items) => items[next(0, items.length - 1)]!;
        const tenantId = tenant.id;
        const villages = tenant.villages.map((v) => v.name);
        const shortName = tenant.name.replace(/(镇|乡|街道)$/, '');
        // A sub-district has no congress: its deputies are the county (and city) deputies elected in
        // its area, and its working committee (人大工委) does the congress work.
        const subdistrict = tenant.kind === 'subdistrict';
        const body = subdistrict ? `${tenant.name}人大工委` : `${tenant.name}人大主席团`;

        // Liaison stations: one station for the township, two deputies' homes in villages.
        const stations = [
          { id: randomUUID(), tenantId, name: `${tenant.name}人大代表联络站`, kind: 'station' as const, address: `${shortName}政府便民服务中心二楼`, schedule: '每月10日 9:00–12:00' },
          { id: randomUUID(), tenantId, name: `${villages[0] ?? shortName}代表之家`, kind: 'home' as const, address: `${villages[0] ?? shortName}村委会`, schedule: '每周三下午' },
          { id: randomUUID(), tenantId, name: `${villages[3] ?? shortName}代表之家`, kind: 'home' as const, address: `${villages[3] ?? shortName}村委会`, schedule: '每周五上午' },
        ];
        await tx.liaisonStation.createMany({ data: stations });

        // Deputy groups of one to two villages each.
        const groupCount = Math.min(8, Math.max(5, Math.ceil(villages.length / 2)));
        const groups = Array.from({ length: groupCount }, (_, i) => ({
          id: randomUUID(),
          tenantId,
          name: `第${chineseNumber(i + 1)}代表小组`,
          area: villages.slice(i * 2, i * 2 + 2).join('、') || shortName,
          stationId: stations[i % stations.length]!.id,
        }));
        await tx.deputyGroup.createMany({ data: groups });

        // Deputies: term 18 elected at the end of 2021, a few by-elected later, a few gone.
        const electedOn = '2021-12-28';
        const used = new Set<string>();
        const deputies = Array.from({ length: township.deputies }, (_, i) => {
          let name = '';
          do name = pick([...SURNAMES]) + pick(GIVEN);
          while (used.has(name));
          used.add(name);
          const female = /秀英|桂兰|红梅|小燕|春花|丽|玉珍|淑芬|金凤|雪梅|翠兰|美玲|云霞|桂芳|慧敏/.test(name);
          const sectorRoll = next(1, 100);
          const sector = sectorRoll <= 42 ? 'farmer' : sectorRoll <= 60 ? 'cadre' : sectorRoll <= 72 ? 'worker' : sectorRoll <= 86 ? 'professional' : sectorRoll <= 96 ? 'business' : 'other';
          const groupIndex = i % groups.length;
          const village = villages[(groupIndex * 2 + (i % 2)) % Math.max(1, villages.length)] ?? shortName;
          const status = i === 7 || i === 19 ? 'resigned' : i === 31 ? 'deceased' : i === township.deputies - 1 || i === township.deputies - 2 ? 'by_elected' : 'serving';
          const byElectedOn = `${year - 2}-06-20`;
          const birthYear = next(1962, 1992);
          return {
            id: randomUUID(),
            tenantId,
            name,
            gender: female ? ('female' as const) : ('male' as const),
            birthDate: day(`${birthYear}-${pad(next(1, 12))}-${pad(next(1, 28))}`),
            ethnicity: next(1, 20) === 1 ? '土家族' : '汉族',
            party: next(1, 100) <= 68 ? ('cpc' as const) : pick(['masses', 'masses', 'non_party', 'cdl', 'jiusan'] as const),
            education: pick(['undergraduate', 'college', 'college', 'secondary', 'secondary', 'junior'] as const),
            sector: sector as 'farmer',
            levels: subdistrict
              ? i % 8 === 3 ? (['county', 'city'] as const).slice() : (['county'] as const).slice()
              : i % 9 === 0 ? (['township', 'county'] as const).slice() : i === 4 ? (['township', 'county', 'city'] as const).slice() : (['township'] as const).slice(),
            termNo: 18,
            constituency: `第${(i % 12) + 1}选区（${village}）`,
            groupId: groups[groupIndex]!.id,
            // Deputies are registered at the station (or home) where their group meets.
            stationId: groups[groupIndex]!.stationId,
            // The presidium of a township; the working committee's director, deputy director and a member in a sub-district.
            presidiumRole: i === 0 ? ('chair' as const) : i === 1 ? ('vice_chair' as const) : i >= 2 && i <= (subdistrict ? 2 : 6) ? ('member' as const) : null,
            status: status as 'serving' | 'by_elected' | 'resigned' | 'deceased',
            electedOn: day(status === 'by_elected' ? byElectedOn : electedOn),
            statusDate: status === 'resigned' ? day(`${year - 1}-0${next(3, 9)}-15`) : status === 'deceased' ? day(`${year}-02-08`) : status === 'by_elected' ? day(byElectedOn) : null,
            statusReason: status === 'resigned' ? '工作调动，本人申请辞去代表职务' : status === 'deceased' ? '因病去世' : null,
            workplace: sector === 'farmer' ? pick(['种植大户', '养殖大户', `${village}村民`, '农民专业合作社理事长']) : sector === 'cadre' ? `${village}党支部书记` : sector === 'professional' ? pick(['中心校教师', '卫生院医生', '农技站农艺师']) : sector === 'business' ? pick(['竹木加工厂厂长', '茶叶公司经理', '运输公司负责人']) : sector === 'worker' ? pick(['水电站职工', '砖厂工人', '供电所职工']) : '个体工商户',
            phone: `13${next(0, 9)}${String(next(10000000, 99999999))}`,
            address: `${village}`,
          };
        });
        await tx.deputy.createMany({ data: deputies });
        const serving = deputies.filter((d) => d.status === 'serving' || d.status === 'by_elected');
        await tx.deputyStatusChange.createMany({
          data: deputies.flatMap((d) => [
            { tenantId, deputyId: d.id, fromStatus: null, toStatus: d.status === 'by_elected' ? ('by_elected' as const) : ('serving' as const), effectiveOn: d.electedOn },
            ...(d.status === 'resigned' || d.status === 'deceased' ? [{ tenantId, deputyId: d.id, fromStatus: 'serving' as const, toStatus: d.status, effectiveOn: d.statusDate!, reason: d.statusReason }] : []),
          ]),
        });
        // Group leaders: the first serving member of each group.
        for (const group of groups) {
          const leader = serving.find((d) => d.groupId === group.id && !d.presidiumRole);
          if (leader) await tx.deputyGroup.update({ where: { tenantId_id: { tenantId, id: group.id } }, data: { leaderId: leader.id } });
        }
        for (const [i, station] of stations.entries()) {
          const leader = i === 0 ? deputies[1]! : serving.find((d) => d.stationId === station.id && !d.presidiumRole);
          if (leader) await tx.liaisonStation.update({ where: { tenantId_id: { tenantId, id: station.id } }, data: { leaderId: leader.id } });
        }

        // Fixed contacts: most deputies three citizens, some fewer (so the shortfall list is not empty).
        const citizens = serving.flatMap((d, i) =>
          Array.from({ length: i % 7 === 5 ? 1 : i % 11 === 3 ? 2 : 3 }, () => ({
            tenantId,
            deputyId: d.id,
            name: pick([...SURNAMES]) + pick(GIVEN),
            phone: `15${next(0, 9)}${String(next(10000000, 99999999))}`,
            address: d.constituency.replace(/^.*（(.*)）$/, '$1'),
          })),
        );
        await tx.constituentContact.createMany({ data: citizens });
        const presidium = serving.filter((d) => d.presidiumRole);
        const others = serving.filter((d) => !d.presidiumRole);
        // Presidium members' fixed contacts with deputies: a rule of a congress, not of a working committee.
        if (!subdistrict) {
          await tx.presidiumContact.createMany({
            data: presidium.flatMap((member, m) =>
              others.slice(m * 7, m * 7 + (m === presidium.length - 1 ? 6 : 10)).map((d) => ({ tenantId, memberId: member.id, deputyId: d.id })),
            ),
          });
        }

        // Meetings: last year complete; this year a January session, presidium meetings each quarter so far, a planned December session.
        const sessionAttendance = (meetingId: string, when: string) =>
          serving
            .filter((d) => iso(d.electedOn) <= when)
            .map((d, i) => ({ tenantId, meetingId, deputyId: d.id, status: i % 17 === 3 ? ('leave' as const) : i % 23 === 5 ? ('absent' as const) : ('present' as const), spoke: i % 4 === 0 }));
        const presidiumAttendance = (meetingId: string) => presidium.map((d, i) => ({ tenantId, meetingId, deputyId: d.id, status: i === 4 && next(0, 1) ? ('leave' as const) : ('present' as const), spoke: i < 3 }));
        const meetings: Array<{ id: string; kind: 'session' | 'presidium' | 'working_committee' | 'joint_deputies'; sessionType?: 'regular'; number: number; title: string; startDate: string; endDate: string; status: 'held' | 'planned' }> = [];
        const addSession = (number: number, start: string, end: string, status: 'held' | 'planned') =>
          meetings.push({ id: randomUUID(), kind: 'session', sessionType: 'regular', number, title: `${tenant.name}第十八届人民代表大会第${chineseNumber(number)}次会议`, startDate: start, endDate: end, status });
        let presidiumNumber = 0;
        const addPresidium = (date: string, status: 'held' | 'planned') => {
          presidiumNumber += 1;
          meetings.push({ id: randomUUID(), kind: 'presidium', number: presidiumNumber, title: `第十八届主席团第${presidiumNumber}次会议`, startDate: date, endDate: date, status });
        };
        // A sub-district's working committee meets each quarter and gathers its deputies twice a year.
        // Numbered through the term (the register's key), titled by the count within the year.
        const counts = new Map<string, number>();
        const addSubdistrictMeeting = (kind: 'working_committee' | 'joint_deputies', date: string, status: 'held' | 'planned') => {
          const next = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1).get(key)!;
          const number = next(kind);
          const inYear = next(`${kind}${date.slice(0, 4)}`);
          const title = kind === 'working_committee' ? `${date.slice(0, 4)}年第${chineseNumber(inYear)}次工委会议` : `${date.slice(0, 4)}年第${chineseNumber(inYear)}次辖区人大代表联组会议`;
          meetings.push({ id: randomUUID(), kind, number, title, startDate: date, endDate: date, status });
        };
        if (subdistrict) {
          for (const date of [`${year - 1}-01-12`, `${year - 1}-04-10`, `${year - 1}-07-17`, `${year - 1}-10-20`, `${year}-01-09`, `${year}-04-08`, `${year}-07-15`, `${year}-10-14`, `${year}-12-09`]) {
            addSubdistrictMeeting('working_committee', date, date <= today ? 'held' : 'planned');
          }
          for (const date of [`${year - 1}-03-20`, `${year - 1}-09-18`, `${year}-03-19`, `${year}-09-17`]) addSubdistrictMeeting('joint_deputies', date, date <= today ? 'held' : 'planned');
        } else {
          // Two sessions a year since the term began in 2022: last year's are the (2k+1)th and (2k+2)th.
          const sessionNumberBase = (year - 1 - 2022) * 2 + 1;
          addSession(sessionNumberBase, `${year - 1}-01-18`, `${year - 1}-01-19`, 'held');
          addSession(sessionNumberBase + 1, `${year - 1}-06-27`, `${year - 1}-06-27`, 'held');
          for (const date of [`${year - 1}-01-08`, `${year - 1}-04-15`, `${year - 1}-07-22`, `${year - 1}-10-16`]) addPresidium(date, 'held');
          addSession(sessionNumberBase + 2, `${year}-01-16`, `${year}-01-17`, 'held');
          if (township.code !== 'baiyun') addSession(sessionNumberBase + 3, `${year}-12-18`, `${year}-12-18`, today < `${year}-12-18` ? 'planned' : 'held');
          // Longtan skipped the second quarter, so the rhythm check has something to flag.
          const presidiumDates = [`${year}-01-06`, `${year}-04-14`, `${year}-07-20`, `${year}-10-13`, `${year}-12-08`].filter((d) => !(township.code === 'longtan' && d.slice(5, 7) === '04'));
          for (const date of presidiumDates) addPresidium(date, date <= today ? 'held' : 'planned');
        }
        const placeOf = { session: `${tenant.name}人民政府大会议室`, presidium: `${tenant.name}人大主席团会议室`, working_committee: `${tenant.name}人大工委会议室`, joint_deputies: `${tenant.name}人大代表联络站` };
        await tx.congressMeeting.createMany({
          data: meetings.map((m) => ({ ...m, tenantId, termNo: 18, sessionType: m.sessionType ?? null, startDate: day(m.startDate), endDate: day(m.endDate), place: placeOf[m.kind] })),
        });
        const agenda = meetings.flatMap((m) =>
          (m.kind === 'session'
            ? m.startDate.slice(5) < '03-01'
              ? [
                  ['government_report', `审议${tenant.name}人民政府工作报告`, '镇长'],
                  ['presidium_report', `审议${tenant.name}人大主席团工作报告`, '人大主席'],
                  ['budget_report', `审查${m.startDate.slice(0, 4)}年财政预算报告`, '财政所所长'],
                  ['suggestion_handling_report', '听取代表建议办理情况报告', '副镇长'],
                ]
              : [
                  ['special_report', '听取农村人居环境整治工作专项报告', '副镇长'],
                  ['final_accounts_report', '审查上年度财政决算报告', '财政所所长'],
                  ['election', '补选镇人民政府副镇长', '主席团'],
                ]
            : m.kind === 'working_committee'
              ? [
                  ['work_plan', '研究人大工委工作安排及代表活动计划', '工委主任'],
                  ['other', '通报代表建议办理进展', '工委副主任'],
                ]
              : m.kind === 'joint_deputies'
                ? [
                    ['special_report', `听取${tenant.name}办事处重点工作情况通报`, '街道办事处主任'],
                    ['other', '梳理代表联组视察发现的问题和建议', '工委主任'],
                  ]
                : [
                    ['work_plan', '研究人大工作安排及代表活动计划', '人大主席'],
                    ['other', '通报代表建议办理进展', '人大副主席'],
                  ]
          ).map(([kind, title, presenter], seq) => ({ tenantId, meetingId: m.id, seq, kind: kind as 'other', title: title!, presenter })),
        );
        await tx.meetingAgendaItem.createMany({ data: agenda });
        await tx.meetingOutcome.createMany({
          data: meetings
            .filter((m) => m.status === 'held')
            .flatMap((m): Prisma.MeetingOutcomeCreateManyInput[] =>
              m.kind === 'session'
                ? [
                    { tenantId, meetingId: m.id, seq: 0, kind: 'resolution' as const, title: '关于政府工作报告的决议', votesFor: serving.length - 3, votesAgainst: 0, abstentions: 1 },
                    ...(m.startDate.slice(5) >= '03-01' ? [{ tenantId, meetingId: m.id, seq: 1, kind: 'election' as const, title: '补选副镇长', post: '副镇长', electedName: pick([...SURNAMES]) + pick(GIVEN), votesFor: serving.length - 4, votesAgainst: 1, abstentions: 1 }] : []),
                  ]
                : [{ tenantId, meetingId: m.id, seq: 0, kind: 'decision' as const, title: m.kind === 'joint_deputies' ? '形成代表联组建议并交办' : '通过本季度代表活动安排' }],
            ),
        });
        await tx.meetingAttendance.createMany({
          data: meetings.filter((m) => m.status === 'held').flatMap((m) => (m.kind === 'session' || m.kind === 'joint_deputies' ? sessionAttendance(m.id, m.startDate) : presidiumAttendance(m.id))),
        });

        // Duty activities of this year and last: group activities, inspections, surveys, trainings.
        const topics: Array<[type: 'inspection' | 'survey' | 'law_enforcement_check' | 'voter_contact' | 'training' | 'duty_report' | 'special_supervision' | 'appraisal', title: string]> = [
          ['inspection', '视察石坑坪水库除险加固工程'],
          ['survey', '农村公路养护情况专题调研'],
          ['law_enforcement_check', '《食品安全法》贯彻实施情况执法检查'],
          ['training', '代表履职能力培训（代表法、监督法）'],
          ['special_supervision', '农村生活垃圾治理专项监督'],
          ['inspection', '视察中心校食堂和校园安全'],
          ['survey', '农民专业合作社发展情况调研'],
          ['appraisal', '对派出所、卫生院开展工作评议'],
          ['law_enforcement_check', '《土地管理法》执行情况检查'],
          ['special_supervision', '饮用水源地保护专项监督'],
        ];
        const activityRows: Array<{ id: string; tenantId: string; type: string; title: string; date: Date; place: string; groupId: string | null; organiser: string; staffParticipants: string | null; summary: string }> = [];
        const participants: Array<{ tenantId: string; activityId: string; deputyId: string }> = [];
        const currentMonth = Number(today.slice(5, 7));
        const activeServing = serving.filter((d, i) => i % 6 !== 4); // a few deputies are quiet this quarter
        const addActivity = (date: string, type: string, title: string, groupId: string | null, people: typeof serving) => {
          const id = randomUUID();
          activityRows.push({
            id,
            tenantId,
            type,
            title,
            date: day(date),
            place: groupId ? (groups.find((g) => g.id === groupId)!.area.split('、')[0] ?? shortName) : `${shortName}辖区`,
            groupId,
            organiser: groupId ? '代表小组组长' : body,
            staffParticipants: groupId ? null : '人大办 工作人员2名',
            summary: `${title}。代表们实地察看、听取汇报、座谈交流，提出意见建议${next(2, 6)}条，已交有关单位研究办理。`,
          });
          for (const d of people) participants.push({ tenantId, activityId: id, deputyId: d.id });
        };
        for (const [g, group] of groups.entries()) {
          const members = serving.filter((d) => d.groupId === group.id);
          for (let q = 0; q < 4; q++) {
            const month = q * 3 + 2 + (g % 2);
            if (month <= 12) addActivity(`${year - 1}-${pad(month)}-${pad(10 + g)}`, 'voter_contact', `${group.name}走访联系选民`, group.id, members.slice(0, Math.max(2, members.length - 1)));
            const date = `${year}-${pad(month)}-${pad(10 + g)}`;
            if (month <= 12 && date <= today && !(g === 1 && q === 2)) {
              addActivity(date, q % 2 ? 'survey' : 'voter_contact', q % 2 ? `${group.name}调研${group.area}产业发展` : `${group.name}走访联系选民`, group.id, members.filter((d) => activeServing.includes(d)));
            }
          }
        }
        for (const [i, [type, title]] of topics.entries()) {
          const month = ((i * 13) % Math.max(1, currentMonth - 1)) + 1;
          const date = `${year}-${pad(month)}-${pad(5 + i * 2)}`;
          if (date > today) continue;
          const people = Array.from({ length: next(6, 12) }, () => pick(activeServing));
          addActivity(date, type, title, null, [...new Set(people)]);
          addActivity(`${year - 1}-${pad(((i * 5) % 12) + 1)}-${pad(6 + i)}`, type, title, null, [...new Set(Array.from({ length: next(5, 10) }, () => pick(serving)))]);
        }
        await tx.dutyActivity.createMany({ data: activityRows as never });
        await tx.dutyActivityParticipant.createMany({ data: participants, skipDuplicates: true });

        // Reception days on the 10th of each month (one month missed), and the next one ahead.
        const receptions: Array<{ id: string; tenantId: string; date: Date; place: string; stationId: string }> = [];
        const duties: Array<{ tenantId: string; receptionId: string; deputyId: string }> = [];
        const visits: Array<{ tenantId: string; receptionId: string; seq: number; visitorName: string; visitorCount: number; address: string; issue: string; handling: 'answered' | 'referred_suggestion' | 'referred_petition' | 'referred_unit'; followUp: string }> = [];
        const issues = ['村组道路硬化后排水沟堵塞', '希望增设路灯', '低保评定程序咨询', '河道垃圾清理不及时', '宅基地确权办证进度', '农田灌溉渠年久失修', '农村客运班次太少', '卫生院夜间值班医生不足'];
        for (let month = 1; month <= Math.min(12, currentMonth + 1); month++) {
          if (month === 5 && township.code !== 'baiyun') continue;
          const date = `${year}-${pad(month)}-10`;
          const id = randomUUID();
          receptions.push({ id, tenantId, date: day(date), place: stations[0]!.address, stationId: stations[0]!.id });
          for (const d of [...new Set([pick(serving), pick(serving)])]) duties.push({ tenantId, receptionId: id, deputyId: d.id });
          if (date <= today) {
            const visitCount = next(0, 3);
            for (let v = 0; v < visitCount; v++) {
              visits.push({
                tenantId,
                receptionId: id,
                seq: v,
                visitorName: pick([...SURNAMES]) + pick(GIVEN),
                visitorCount: next(1, 3),
                address: pick(villages.length ? villages : [shortName]),
                issue: pick(issues),
                handling: pick(['answered', 'referred_suggestion', 'referred_unit', 'referred_petition'] as const),
                followUp: '已登记，按程序转办并跟踪反馈',
              });
            }
          }
        }
        await tx.receptionDay.createMany({ data: receptions });
        await tx.receptionDuty.createMany({ data: duties });
        await tx.receptionVisit.createMany({ data: visits });

        // Documents register, exemplary deeds and annual duty reviews.
        const documents: Array<[direction: 'incoming' | 'outgoing', month: number, number: string, title: string, counterpart: string]> = [
          ['incoming', 1, '清人常〔YEAR〕1号', '关于做好YEAR年乡镇人大工作的指导意见', '县人大常委会办公室'],
          ['outgoing', 1, `${shortName}人〔YEAR〕1号`, subdistrict ? `关于召开${tenant.name}辖区人大代表联组会议的通知` : `关于召开${tenant.name}第十八届人民代表大会会议的通知`, '全体代表'],
          ['incoming', 3, '清人常办〔YEAR〕5号', '关于开展代表述职评议工作的通知', '县人大常委会办公室'],
          ['outgoing', 4, `${shortName}人〔YEAR〕3号`, '关于代表建议交办情况的报告', '县人大常委会'],
          ['incoming', 6, '清政办〔YEAR〕12号', '关于人大代表建议办理工作的通知', '县人民政府办公室'],
          ['outgoing', 7, `${shortName}人〔YEAR〕6号`, '上半年人大工作总结', '县人大常委会'],
          ['incoming', 9, '清人常〔YEAR〕18号', '关于组织代表开展集中视察活动的通知', '县人大常委会'],
          ['outgoing', 10, `${shortName}人〔YEAR〕9号`, '关于代表小组活动开展情况的通报', '各代表小组'],
        ];
        await tx.congressDocument.createMany({
          data: documents
            .filter(([, month]) => month <= currentMonth)
            .map(([direction, month, docNumber, title, counterpart], i) => ({
              tenantId,
              direction,
              date: day(`${year}-${pad(month)}-${pad(8 + i)}`),
              docNumber: docNumber.replace('YEAR', String(year)),
              title: title.replace('YEAR', String(year)),
              counterpart,
              handling: direction === 'incoming' ? (subdistrict ? '已呈工委主任阅示，按要求落实' : '已呈主席阅示，按要求落实') : '已印发',
              handledBy: subdistrict ? '人大工委办公室' : '人大办',
            })),
        });
        const deeds = [
          ['带头拆除自家违章搭建，推动“三改一拆”', '在“三改一拆”工作中主动拆除自家雨棚，带动周边群众自拆违建。', '优秀为民代表'],
          ['牵头成立茶叶专业合作社带富乡邻', '组织80余户农户入社，统一技术和销售，户均增收5000余元。', '优秀为民代表'],
          ['汛期坚守一线转移群众', '在“5·25”强降雨期间连续值守三昼夜，协助转移群众36人。', null],
          ['资助困难学生完成学业', '连续五年资助本村困难学生12名。', null],
        ] as const;
        await tx.deputyDeed.createMany({
          data: deeds.map(([title, description, recognition], i) => ({
            tenantId,
            deputyId: serving[3 + i * 5]!.id,
            date: day(`${year}-${pad(Math.min(currentMonth, 2 + i * 2))}-1${i}`),
            title,
            description,
            recognition,
          })),
        });
        const reviewYear = today.slice(5) >= '11-20' ? year : year - 1;
        await tx.dutyReview.createMany({
          data: serving
            .filter((_, i) => i % 3 === 1)
            .map((d) => {
              const votes = next(25, 40);
              const unsatisfied = next(0, 2);
              const basically = next(1, 6);
              return {
                tenantId,
                deputyId: d.id,
                year: reviewYear,
                date: day(reviewYear < year ? `${reviewYear}-11-2${next(0, 8)}` : `${reviewYear}-11-20`),
                form: next(0, 1) ? ('oral' as const) : ('written' as const),
                venue: 'voters_meeting' as const,
                votesSatisfied: votes - unsatisfied - basically,
                votesBasicallySatisfied: basically,
                votesUnsatisfied: unsatisfied,
              };
            }),
        });
      },
      { timeout: 60_000 },
    );
  }
}

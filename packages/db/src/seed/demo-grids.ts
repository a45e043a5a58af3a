import { DEFAULT_TIME_ZONE, addDays, localDay } from '@pcs/domain';
import { randomUUID } from 'node:crypto';
import type { Db } from '../client';
import { applyScope, tenantScope } from '../scope';

/**
 * Grid demo (issue 10): every township's level-3 and level-4 grids get their five fixes and
 * people, a cell or two, a responsibility letter, a ledger of supervised objects and a year of
 * patrols up to yesterday (deterministic: the same county day gives the same data). Each
 * township gets a guaranteeing county department (the level-2 grid). The demo grid worker
 * (xikou.grid) is the supervisor of xikou's first village grid and a worker on the second.
 */
const SURNAMES = '王李张刘陈杨黄赵周吴徐孙马朱胡郭何罗高林谢邓曾彭唐冯蒋韩曹许傅沈卢余潘杜戴夏钟汪田任姜范方石';
const GIVEN = ['建国', '秀兰', '志明', '海燕', '德华', '春梅', '永强', '桂香', '立军', '玉兰', '国栋', '小红', '文华', '金花', '长林', '丽萍'];
const OBJECTS: Array<{ kind: 'enterprise' | 'livestock_farm' | 'construction_site' | 'river_section' | 'drinking_water_source' | 'other'; name: string; risk: 'high' | 'medium' | 'low' }> = [
  { kind: 'livestock_farm', name: '生猪养殖场', risk: 'high' },
  { kind: 'enterprise', name: '石材加工厂', risk: 'medium' },
  { kind: 'river_section', name: '河段', risk: 'medium' },
  { kind: 'drinking_water_source', name: '饮用水源地', risk: 'high' },
  { kind: 'construction_site', name: '安置房工地', risk: 'low' },
  { kind: 'other', name: '垃圾中转点', risk: 'low' },
  { kind: 'enterprise', name: '竹木制品厂', risk: 'low' },
];
const FINDINGS = ['未发现问题', '发现秸秆焚烧苗头，已当场制止', '养殖废水外溢，已要求整改', '河面有漂浮垃圾，已通知保洁', '工地扬尘覆盖不到位，已提醒', '水源地警示牌损坏，已上报'];

function sequence(seed: number) {
  let state = seed;
  return (min: number, max: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return min + (Math.floor(state / 65536) % (max - min + 1));
  };
}

/** `hh:mm` on a county day (Asia/Shanghai, UTC+8 all year). */
const at = (day: string, hour: number, minute = 0) => new Date(Date.parse(`${day}T00:00:00Z`) + ((hour - 8) * 60 + minute) * 60_000);

export async function loadGridDemo(db: Db): Promise<void> {
  // Today in the county (UTC+8): patrols run up to yesterday.
  const today = localDay(new Date(), DEFAULT_TIME_ZONE);
  const county = await db.county.findFirst({ include: { departments: { orderBy: { code: 'asc' } }, tenants: { orderBy: { code: 'asc' } } } });
  if (!county) return;
  const gridWorker = await db.user.findUnique({ where: { username: 'xikou.grid' } });
  for (const [index, township] of county.tenants.entries()) {
    const department = county.departments[index % county.departments.length];
    if (department && !(await db.gridGuarantee.findUnique({ where: { townshipId: township.id } }))) {
      await db.gridGuarantee.create({ data: { countyId: county.id, townshipId: township.id, departmentId: department.id, updatedBy: 'demo' } });
    }
    await db.$transaction(
      async (tx) => {
        await applyScope(tx, tenantScope(township.id));
        const tenantId = township.id;
        if ((await tx.gridMember.count({ where: { tenantId } })) > 0) return;
        const next = sequence(101 + index * 17);
        const person = () => `${SURNAMES[next(0, SURNAMES.length - 1)]}${GIVEN[next(0, GIVEN.length - 1)]}`;
        const phone = () => `139${String(next(10_000_000, 99_999_999))}`;
        const grids = await tx.grid.findMany({ where: { tenantId }, include: { village: { select: { name: true } } }, orderBy: [{ level: 'asc' }, { name: 'asc' }] });
        const shortName = township.name.replace(/(镇|乡|街道)$/, '');
        const members: Array<{ tenantId: string; gridId: string; role: 'head' | 'deputy_head' | 'supervisor' | 'worker'; name: string; phone: string | null; userId: string | null }> = [];
        const objects: Array<{ id: string; tenantId: string; gridId: string; kind: (typeof OBJECTS)[number]['kind']; name: string; address: string; latitude: number | null; longitude: number | null; responsiblePerson: string; responsiblePhone: string; riskLevel: 'high' | 'medium' | 'low' }> = [];
        for (const grid of grids) {
          const level3 = grid.level === 3;
          const place = grid.village?.name ?? township.name;
          await tx.grid.update({
            where: { tenantId_id: { tenantId, id: grid.id } },
            data: {
              areaDescription: level3 ? `${township.name}全域，含各村（社区）及工业集中区` : `${place}行政区域，东至${shortName}公路，西至山脚林地`,
              duties: level3 ? '统筹本级网格环境监管，组织巡查，受理并上报问题，督促整改' : '发现、制止、上报环境违法行为，建立污染源台账，配合查处',
              tasks: level3 ? '每月召开网格工作调度会，半年自评并报送总结' : '按巡查频次巡查，逐企逐户更新台账，问题当日上报',
              rewardsPenalties: level3 ? '纳入乡镇年度目标考核，排名靠后的约谈' : '纳入村级考核，年度评先评优挂钩',
            },
          });
          members.push({ tenantId, gridId: grid.id, role: 'head', name: person(), phone: phone(), userId: null });
          if (level3) {
            members.push({ tenantId, gridId: grid.id, role: 'deputy_head', name: person(), phone: phone(), userId: null });
            members.push({ tenantId, gridId: grid.id, role: 'deputy_head', name: person(), phone: phone(), userId: null });
            continue;
          }
          members.push({ tenantId, gridId: grid.id, role: 'supervisor', name: person(), phone: phone(), userId: null });
          const count = next(2, 4);
          const first = next(0, OBJECTS.length - 1);
          for (let i = 0; i < count; i++) {
            const shape = OBJECTS[(first + i * 2) % OBJECTS.length]!;
            objects.push({
              id: randomUUID(),
              tenantId,
              gridId: grid.id,
              kind: shape.kind,
              name: `${place.replace(/(村|社区)$/, '')}${shape.name}`,
              address: `${place}${next(1, 9)}组`,
              latitude: i % 2 === 0 ? 31.5 + next(0, 999) / 10_000 : null,
              longitude: i % 2 === 0 ? 118.4 + next(0, 999) / 10_000 : null,
              responsiblePerson: person(),
              responsiblePhone: phone(),
              riskLevel: shape.risk,
            });
          }
        }
        // The demo grid worker: supervisor of xikou's first village grid, worker on its second.
        const villageGrids = grids.filter((g) => g.level === 4);
        if (township.code === 'xikou' && gridWorker && villageGrids.length > 1) {
          members.push({ tenantId, gridId: villageGrids[0]!.id, role: 'supervisor', name: gridWorker.displayName, phone: null, userId: gridWorker.id });
          members.push({ tenantId, gridId: villageGrids[1]!.id, role: 'worker', name: gridWorker.displayName, phone: null, userId: gridWorker.id });
        }
        await tx.gridMember.createMany({ data: members });
        await tx.ledgerObject.createMany({ data: objects });
        // A finer cell under the first village grid.
        if (villageGrids[0]) {
          await tx.grid.create({ data: { tenantId, name: `${villageGrids[0].name}一组单元`, level: 5, parentId: villageGrids[0].id, villageId: villageGrids[0].villageId, areaDescription: '一组、二组居民点' } });
        }
        // Responsibility letters signed level by level at the start of the year.
        const year = today.slice(0, 4);
        await tx.responsibilityLetter.createMany({
          data: grids.map((g) => ({
            tenantId,
            gridId: g.id,
            title: `${year}年度网格化环境监管目标责任状`,
            issuerParty: g.level === 3 ? '县环境监管网格化工作领导小组' : `${township.name}人民政府`,
            signerParty: g.level === 3 ? `${township.name}人民政府` : `${g.village?.name ?? g.name}${g.village?.name.endsWith('社区') ? '居民委员会' : '村民委员会'}`,
            signedOn: new Date(`${year}-01-${String(10 + (g.level === 3 ? 0 : 5)).padStart(2, '0')}T00:00:00Z`),
          })),
        });
        // A year of patrols: about one a calendar week (Monday to Friday) per village grid, a few weeks missed.
        const patrols: Array<{ id: string; tenantId: string; gridId: string; patrollerId: string | null; patrollerName: string; startedAt: Date; endedAt: Date; findings: string }> = [];
        const inspections: Array<{ tenantId: string; ledgerObjectId: string; patrolId: string; inspectedAt: Date; inspectorName: string; problemFound: boolean; finding: string }> = [];
        for (const [g, grid] of villageGrids.entries()) {
          // The demo grid worker patrols the grid they supervise; elsewhere the named supervisor.
          const supervisors = members.filter((m) => m.gridId === grid.id && m.role === 'supervisor');
          const patroller = supervisors.find((m) => m.userId) ?? supervisors[0]!;
          const own = objects.filter((o) => o.gridId === grid.id);
          const monday = addDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
          for (let week = 52; week >= 0; week--) {
            if ((g * 7 + week * 3) % 13 === 0) continue;
            const day = addDays(monday, -7 * week + next(0, 4));
            if (day >= today) continue;
            const startedAt = at(day, next(8, 15), next(0, 59));
            const endedAt = new Date(startedAt.getTime() + next(40, 150) * 60_000);
            const id = randomUUID();
            const problemAt = next(0, 9) === 0 ? next(0, own.length - 1) : -1;
            patrols.push({ id, tenantId, gridId: grid.id, patrollerId: patroller.userId, patrollerName: patroller.name, startedAt, endedAt, findings: problemAt >= 0 ? '巡查中发现问题，已现场处置并记录' : '巡查辖区，未发现环境违法行为' });
            own.forEach((o, i) =>
              inspections.push({ tenantId, ledgerObjectId: o.id, patrolId: id, inspectedAt: endedAt, inspectorName: patroller.name, problemFound: i === problemAt, finding: i === problemAt ? FINDINGS[1 + next(0, FINDINGS.length - 2)]! : FINDINGS[0]! }),
            );
          }
        }
        await tx.patrol.createMany({ data: patrols });
        await tx.ledgerInspection.createMany({ data: inspections });
      },
      { timeout: 60_000 },
    );
  }
}

import type { Role, TenantKind, VillageKind } from '@pcs/domain';

/**
 * Demo data shaped by DOMAIN-DETAIL §6: one county, eight townships (towns, townships,
 * an ethnic township and a sub-district without a congress), villages and grids.
 * Names are fictional, in the seeds' style.
 */
export const DEMO_COUNTY = { code: 'qingjiang', name: '清江县', standingCommitteeName: '清江县人大常委会' };

export const DEMO_PASSWORD = 'demo1234';

export interface DemoTownship {
  code: string;
  name: string;
  kind: TenantKind;
  population: number;
  households: number;
  villages: { name: string; kind: VillageKind; population: number; households: number }[];
}

const villageStems = ['狮岭', '中兴', '河头', '江河', '大茂', '路堰', '桂花', '杨柳', '新桥', '石桥', '上坪', '下坝', '竹林', '金竹', '联合', '东风', '长岭', '清水', '黄泥', '茶亭'];
const communityStems = ['城关', '滨江', '解放', '和平', '五雷', '公园'];

const townshipShapes: Array<[code: string, name: string, kind: TenantKind, villages: number, communities: number]> = [
  ['xikou', '溪口镇', 'town', 9, 3],
  ['longtan', '龙潭镇', 'town', 8, 2],
  ['baiyun', '白云乡', 'township', 6, 0],
  ['shimen', '石门镇', 'town', 10, 2],
  ['qingshan', '青山乡', 'township', 7, 0],
  ['fengle', '丰乐镇', 'town', 8, 1],
  ['yaoshan', '瑶山民族乡', 'ethnic_township', 6, 0],
  ['chengnan', '城南街道', 'subdistrict', 0, 6],
];

/** Deterministic pseudo-random numbers so the demo looks the same on every machine. */
function sequence(seed: number) {
  let state = seed;
  return (min: number, max: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return min + (state % (max - min + 1));
  };
}

export const DEMO_TOWNSHIPS: DemoTownship[] = townshipShapes.map(([code, name, kind, villageCount, communityCount], index) => {
  const next = sequence(index + 7);
  const offset = index * 2;
  const villages = [
    ...Array.from({ length: villageCount }, (_, i) => ({ name: `${villageStems[(offset + i) % villageStems.length]}村`, kind: 'village' as const })),
    ...Array.from({ length: communityCount }, (_, i) => ({ name: `${communityStems[(index + i) % communityStems.length]}社区`, kind: 'community' as const })),
  ].map((v) => {
    const population = next(800, 4200);
    return { ...v, population, households: Math.round(population / next(3, 4)) };
  });
  const population = villages.reduce((sum, v) => sum + v.population, 0);
  return { code, name, kind, population, households: villages.reduce((sum, v) => sum + v.households, 0), villages };
});

export const DEMO_DEPARTMENTS = [
  { code: 'transport', name: '县交通运输局' },
  { code: 'ecology', name: '县生态环境局' },
  { code: 'education', name: '县教育局' },
  { code: 'housing', name: '县住房和城乡建设局' },
];

export interface DemoMembership {
  role: Role;
  tenantCode?: string;
  departmentCode?: string;
  /**
   * A deputy's account: which Deputy of the township (the demo roster is random): the n-th serving
   * deputy outside the presidium, or the n-th who left office, by name. Linked once the roster exists.
   */
  deputy?: { of: 'serving' | 'left'; index: number };
}

export interface DemoUser {
  username: string;
  displayName: string;
  memberships: DemoMembership[];
}

const otherTownshipAdmins: DemoUser[] = [
  ['baiyun', '郑华'], ['shimen', '冯军'], ['qingshan', '何琳'], ['fengle', '高峰'], ['yaoshan', '罗秀英'],
].map(([code, name]) => ({ username: `${code}.admin`, displayName: name!, memberships: [{ role: 'township_admin', tenantCode: code! }] }));

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', displayName: '王建国', memberships: [{ role: 'platform_admin' }] },
  { username: 'county', displayName: '李明', memberships: [{ role: 'county_sc_viewer' }] },
  { username: 'transport', displayName: '张伟', memberships: [{ role: 'county_dept_handler', departmentCode: 'transport' }] },
  { username: 'gridoffice', displayName: '马骏', memberships: [{ role: 'county_grid_office' }] },
  {
    username: 'xikou.admin',
    displayName: '陈静',
    memberships: [{ role: 'township_admin', tenantCode: 'xikou' }, { role: 'township_staff', tenantCode: 'longtan' }],
  },
  { username: 'xikou.staff', displayName: '刘洋', memberships: [{ role: 'township_staff', tenantCode: 'xikou' }] },
  { username: 'xikou.handler', displayName: '赵敏', memberships: [{ role: 'township_handler', tenantCode: 'xikou' }] },
  { username: 'xikou.grid', displayName: '孙强', memberships: [{ role: 'grid_worker', tenantCode: 'xikou' }] },
  // Deputies who sign in (issue 14): two of 溪口镇 (to co-sign), one of 龙潭镇, and one of 溪口镇 who left office.
  { username: 'xikou.deputy', displayName: '溪口代表甲', memberships: [{ role: 'deputy', tenantCode: 'xikou', deputy: { of: 'serving', index: 0 } }] },
  { username: 'xikou.deputy2', displayName: '溪口代表乙', memberships: [{ role: 'deputy', tenantCode: 'xikou', deputy: { of: 'serving', index: 1 } }] },
  { username: 'xikou.former', displayName: '溪口原代表', memberships: [{ role: 'deputy', tenantCode: 'xikou', deputy: { of: 'left', index: 0 } }] },
  { username: 'longtan.deputy', displayName: '龙潭代表', memberships: [{ role: 'deputy', tenantCode: 'longtan', deputy: { of: 'serving', index: 0 } }] },
  { username: 'longtan.admin', displayName: '周丽', memberships: [{ role: 'township_admin', tenantCode: 'longtan' }] },
  { username: 'chengnan.admin', displayName: '吴芳', memberships: [{ role: 'township_admin', tenantCode: 'chengnan' }] },
  ...otherTownshipAdmins,
];

/** Township overrides that show the seeds' disagreements (乌海: one session a year). */
export const DEMO_RULE_OVERRIDES = [{ tenantCode: 'longtan', key: 'congress.sessions_per_year_min', value: 1, effectiveFrom: '2025-01-01' }];

import { z } from 'zod';
import type { BilingualMessage } from '../common/messages';
import { isoDaySchema } from '../time/days';
import { GRID_MEMBER_ROLES, type GridMemberRole } from './grid-terms';
// The names without the schemas live in ./grid-terms (a screen may import them without zod); the index still finds them here.
export * from './grid-terms';

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().optional();
const phone = z.string().trim().regex(/^[0-9+\-() ]{5,20}$/, { error: 'Not a phone number' });

/** The five fixes besides the people (定区域、定职责、定任务、定奖惩). */
export const gridFixesSchema = z.object({
  id: z.uuid(),
  version: z.number().int().min(0),
  areaDescription: optionalText(2000),
  duties: optionalText(4000),
  tasks: optionalText(4000),
  rewardsPenalties: optionalText(4000),
});

/** A finer cell (网格单元) under a level-4 grid. */
export const gridCellCreateSchema = z.object({
  parentId: z.uuid(),
  name: text(50).min(1),
  areaDescription: optionalText(2000),
});

/** One person on a grid: a user of the township, or a named person with a phone. */
export const gridMemberAddSchema = z
  .object({
    gridId: z.uuid(),
    role: z.enum(GRID_MEMBER_ROLES),
    userId: z.uuid().nullable().optional(),
    name: optionalText(30),
    phone: phone.nullable().optional(),
  })
  .refine((m) => Boolean(m.userId) || Boolean(m.name), { path: ['name'], message: 'A named person needs a name' });
export type GridMemberAdd = z.infer<typeof gridMemberAddSchema>;

export const responsibilityLetterSchema = z.object({
  gridId: z.uuid(),
  title: text(100).min(1),
  issuerParty: text(100).min(1),
  signerParty: text(100).min(1),
  signedOn: isoDaySchema,
});

export const gridGuaranteeSetSchema = z.object({
  townshipId: z.uuid(),
  /** null: the township has no guaranteeing department any more. */
  departmentId: z.uuid().nullable(),
});

export interface GridStaffing {
  level: number;
  /** Whether the five fixes other than people are written down. */
  areaDescription: string | null;
  duties: string | null;
  tasks: string | null;
  rewardsPenalties: string | null;
  roles: readonly GridMemberRole[];
}

export interface GridRules {
  /** grid.five_fixes_required */
  fiveFixesRequired: boolean;
  /** grid.supervisors_per_level4 */
  supervisorsPerLevel4: number | null;
  /** grid.direct_owners_per_level3: the deputy heads directly responsible */
  directOwnersPerLevel3: number | null;
}

export type GridGap = 'area' | 'people' | 'duties' | 'tasks' | 'rewards_penalties' | 'head' | 'supervisors' | 'direct_owners';
export const GRID_GAP_LABELS: Record<GridGap, BilingualMessage> = {
  area: { zh: '未定区域', en: 'no area' },
  people: { zh: '未定人员', en: 'no people' },
  duties: { zh: '未定职责', en: 'no duties' },
  tasks: { zh: '未定任务', en: 'no tasks' },
  rewards_penalties: { zh: '未定奖惩', en: 'no rewards and penalties' },
  head: { zh: '无网格长', en: 'no grid head' },
  supervisors: { zh: '监管员不足', en: 'too few supervisors' },
  direct_owners: { zh: '直接责任人（副网格长）不足', en: 'too few directly responsible deputy heads' },
};

const blank = (value: string | null) => !value || value.trim() === '';

/**
 * What a grid lacks against the rules in force: the five fixes (when the county requires them),
 * a head, the supervisors of a level-4 grid and the deputy heads of a level-3 grid. A rule left
 * unset (null) asks nothing.
 */
export function gridGaps(grid: GridStaffing, rules: GridRules): GridGap[] {
  const gaps: GridGap[] = [];
  if (rules.fiveFixesRequired) {
    if (blank(grid.areaDescription)) gaps.push('area');
    if (grid.roles.length === 0) gaps.push('people');
    if (blank(grid.duties)) gaps.push('duties');
    if (blank(grid.tasks)) gaps.push('tasks');
    if (blank(grid.rewardsPenalties)) gaps.push('rewards_penalties');
  }
  if (grid.level <= 4 && !grid.roles.includes('head')) gaps.push('head');
  const count = (role: GridMemberRole) => grid.roles.filter((r) => r === role).length;
  if (grid.level === 4 && rules.supervisorsPerLevel4 !== null && count('supervisor') < rules.supervisorsPerLevel4) gaps.push('supervisors');
  if (grid.level === 3 && rules.directOwnersPerLevel3 !== null && count('deputy_head') < rules.directOwnersPerLevel3) gaps.push('direct_owners');
  return gaps;
}

// The roles of a grid's people and the grid levels with their labels, without the schemas (./grid.ts): the phone pages of grid workers and deputies name them and must not carry zod (decision 78).
import type { BilingualMessage } from '../common/messages';

/** Roles of a person on a grid (定人员). A grid worker user acts only on grids they are a member of. */
export const GRID_MEMBER_ROLES = ['head', 'deputy_head', 'supervisor', 'worker'] as const;
export type GridMemberRole = (typeof GRID_MEMBER_ROLES)[number];
export const GRID_MEMBER_ROLE_LABELS: Record<GridMemberRole, BilingualMessage> = {
  head: { zh: '网格长', en: 'Grid head' },
  deputy_head: { zh: '副网格长', en: 'Deputy grid head' },
  supervisor: { zh: '监管员', en: 'Supervisor' },
  worker: { zh: '网格员', en: 'Grid worker' },
};

/** Grid levels a township keeps: 3 township, 4 village / community / zone, 5 a cell of a level-4 grid. */
export const GRID_LEVEL_LABELS: Record<3 | 4 | 5, BilingualMessage> = {
  3: { zh: '三级网格（乡镇）', en: 'Level 3 (township)' },
  4: { zh: '四级网格（村、社区、园区）', en: 'Level 4 (village, community, zone)' },
  5: { zh: '网格单元', en: 'Cell' },
};

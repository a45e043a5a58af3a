import { z } from 'zod';
import { GRID_LEVELS } from '../region/grid';
import type { AppraisalSubjectKind } from './rule-set';
import type { SubjectHomeIssue } from './subject-home';

/**
 * The township rows a county campaign may appraise, listed across the county's townships for its
 * create form and subject editor (`countyAppraisal.subjectOptions`): grids, villages, serving
 * deputies, and units (a township's offices and stations: its departments, their leadership
 * teams and cadres). A campaign over townships picks the townships themselves.
 */
export const SUBJECT_OPTION_KINDS = ['grid', 'village', 'deputy', 'unit'] as const;
export type SubjectOptionKind = (typeof SUBJECT_OPTION_KINDS)[number];

/** Which rows a campaign of this kind is offered; null: the townships themselves. */
export function subjectOptionKindOf(kind: AppraisalSubjectKind): SubjectOptionKind | null {
  switch (kind) {
    case 'township':
      return null;
    case 'grid':
    case 'village':
    case 'deputy':
      return kind;
    default:
      return 'unit';
  }
}

/**
 * Seed 000: "the county ranks the level-3 and level-4 grids" across townships, so a county's
 * grid list starts at those levels (a tenant's grids are of levels 3 and 4; level 5 cells are
 * finer parts of a level-4 grid, offered only when asked for).
 */
export const COUNTY_SUBJECT_GRID_LEVELS: readonly number[] = GRID_LEVELS;

/** The county's bounded list: one kind, optionally one township, a search and grid levels, a page of at most 200. */
export const countySubjectOptionsSchema = z
  .object({
    kind: z.enum(SUBJECT_OPTION_KINDS),
    tenantId: z.uuid().optional(),
    levels: z.array(z.number().int().min(3).max(5)).min(1).max(3).optional(),
    search: z.string().trim().max(100).optional(),
    page: z.number().int().min(1).max(10_000).default(1),
    pageSize: z.number().int().min(1).max(200).default(100),
  })
  .strict();

type Reference = 'villageId' | 'gridId' | 'deputyId' | 'handlingUnitId';
const REFERENCES: readonly Reference[] = ['villageId', 'gridId', 'deputyId', 'handlingUnitId'];
const REFERENCE_OF: Record<SubjectOptionKind, Reference> = { village: 'villageId', grid: 'gridId', deputy: 'deputyId', unit: 'handlingUnitId' };
const REFERENCE_NAME: Record<Reference, { zh: string; en: string }> = {
  villageId: { zh: '村（社区）', en: 'village' },
  gridId: { zh: '网格', en: 'grid' },
  deputyId: { zh: '代表', en: 'deputy' },
  handlingUnitId: { zh: '单位', en: 'unit' },
};

type SubjectRefs = Partial<Record<Reference, string | undefined>>;

/**
 * A township's subject names the row its kind appraises, and no other: a village, a grid, a
 * deputy, a department (a unit) its row; a leadership team or a cadre its unit, or none for the
 * township's own (seed 003: the county appraises the townships' leadership teams); a township none.
 * Whether the row is that township's is the API's check (it reads the rows).
 */
export function subjectReferenceIssues(kind: AppraisalSubjectKind, subjects: readonly SubjectRefs[]): SubjectHomeIssue[] {
  const optionKind = subjectOptionKindOf(kind);
  const wanted = optionKind ? REFERENCE_OF[optionKind] : null;
  const required = kind === 'village' || kind === 'grid' || kind === 'deputy' || kind === 'department';
  const issues: SubjectHomeIssue[] = [];
  subjects.forEach((s, i) => {
    const foreign = REFERENCES.find((r) => r !== wanted && s[r]);
    if (foreign) {
      const name = REFERENCE_NAME[foreign];
      issues.push({ path: ['subjects', i, foreign], message: { zh: `本考核不考核${name.zh}`, en: `this campaign does not appraise a ${name.en}` } });
    } else if (wanted && required && !s[wanted]) {
      const name = REFERENCE_NAME[wanted];
      issues.push({ path: ['subjects', i, wanted], message: { zh: `请选择${name.zh}`, en: `choose the ${name.en}` } });
    }
  });
  return issues;
}

import type { AppraisalSubjectKind } from './rule-set';

/**
 * Where the rows of a campaign's appraised subjects live (decision 68,
 * docs/decisions.md, 72): `township` (a township's rows under the tenant policies,
 * decision 53.1) or `county` (the county home of appraised county departments and of their
 * leadership teams and cadres, under the county policies). It follows from the campaign, decided
 * once at its creation and stored on it (`AppraisalCampaign.countyHome`), never from a row: a county
 * campaign over departments appraises county departments (县直部门); a county campaign over
 * leadership teams or cadres appraises the townships' unless it was created over county
 * departments' (`ofCountyDepartments`); a township's campaign is always in its own home.
 */
export type AppraisalSubjectHome = 'township' | 'county';

/** The kinds a county campaign may appraise in the county home. */
export const COUNTY_HOME_SUBJECT_KINDS: readonly AppraisalSubjectKind[] = ['department', 'leadership_team', 'cadre'];

export function subjectHomeOf(kind: AppraisalSubjectKind, organiser: 'county' | 'township', ofCountyDepartments = false): AppraisalSubjectHome {
  if (organiser !== 'county') return 'township';
  if (kind === 'department') return 'county';
  return ofCountyDepartments && COUNTY_HOME_SUBJECT_KINDS.includes(kind) ? 'county' : 'township';
}

/** Whether a campaign's creation may ask for the county home: the county's, over a kind it can hold. */
export function countyHomeChoiceIssue(kind: AppraisalSubjectKind, organiser: 'county' | 'township'): SubjectHomeIssue | null {
  if (organiser !== 'county') return { path: ['ofCountyDepartments'], message: { zh: '只有县级考核县直部门', en: 'only the county appraises county departments' } };
  if (!COUNTY_HOME_SUBJECT_KINDS.includes(kind)) return { path: ['ofCountyDepartments'], message: { zh: '该考核对象类型不能是县直部门的', en: 'this kind of subject cannot be a county department’s' } };
  return null;
}

export interface SubjectHomeIssue {
  path: Array<string | number>;
  message: { zh: string; en: string };
}

interface SubjectRef {
  tenantId?: string | undefined;
  countyDepartmentId?: string | undefined;
  personName?: string | undefined;
}

/**
 * Each subject names what its home needs: a county department in the county home (a cadre also
 * the person's name), a township elsewhere. In the county home a department is listed once per
 * campaign (its department or its leadership team), a cadre once per department and name.
 */
export function subjectHomeIssues(home: AppraisalSubjectHome, subjects: readonly SubjectRef[], kind: AppraisalSubjectKind): SubjectHomeIssue[] {
  const issues: SubjectHomeIssue[] = [];
  const keyOf = (s: SubjectRef) => (kind === 'cadre' ? `${s.countyDepartmentId}\u0000${s.personName?.trim()}` : s.countyDepartmentId);
  subjects.forEach((s, i) => {
    if (home === 'county') {
      if (!s.countyDepartmentId) issues.push({ path: ['subjects', i, 'countyDepartmentId'], message: { zh: '请选择县直部门', en: 'choose a county department' } });
      else if (s.tenantId) issues.push({ path: ['subjects', i, 'tenantId'], message: { zh: '县直部门考核不选乡镇', en: 'a county department campaign names no township' } });
      else if (kind === 'cadre' && !s.personName?.trim()) issues.push({ path: ['subjects', i, 'personName'], message: { zh: '请填写干部姓名', en: 'enter the cadre’s name' } });
      else if (subjects.findIndex((o) => keyOf(o) === keyOf(s)) !== i) issues.push({ path: ['subjects', i, kind === 'cadre' ? 'personName' : 'countyDepartmentId'], message: { zh: '考核对象重复', en: 'the subject is listed twice' } });
    } else {
      if (!s.tenantId) issues.push({ path: ['subjects', i, 'tenantId'], message: { zh: '请选择乡镇', en: 'choose a township' } });
      else if (s.countyDepartmentId) issues.push({ path: ['subjects', i, 'countyDepartmentId'], message: { zh: '只有县级考核县直部门', en: 'only the county appraises county departments' } });
    }
  });
  return issues;
}

/** The name a county-home subject is listed under: the department, its leadership team, or the cadre with the department. */
export function countyHomeSubjectName(kind: AppraisalSubjectKind, departmentName: string, personName?: string): string {
  if (kind === 'leadership_team') return `${departmentName}领导班子`;
  if (kind === 'cadre') return `${personName?.trim() ?? ''}（${departmentName}）`;
  return departmentName;
}

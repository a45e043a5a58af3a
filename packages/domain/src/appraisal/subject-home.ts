import type { AppraisalSubjectKind } from './rule-set';

/**
 * Where the rows of a campaign's appraised subjects live (docs/decisions-appraisal4.md):
 * `township` (a township's rows under the tenant policies, decision 53.1) or `county` (the county
 * home of appraised county departments, under the county policies). It follows from the
 * campaign, never from a row: a county campaign over departments appraises county departments
 * (县直部门); a township's campaign over departments appraises its own offices.
 */
export type AppraisalSubjectHome = 'township' | 'county';

export function subjectHomeOf(kind: AppraisalSubjectKind, organiser: 'county' | 'township'): AppraisalSubjectHome {
  return organiser === 'county' && kind === 'department' ? 'county' : 'township';
}

export interface SubjectHomeIssue {
  path: Array<string | number>;
  message: { zh: string; en: string };
}

interface SubjectRef {
  tenantId?: string | undefined;
  countyDepartmentId?: string | undefined;
}

/** Each subject names what its home needs: a county department in the county home, a township elsewhere. */
export function subjectHomeIssues(home: AppraisalSubjectHome, subjects: readonly SubjectRef[]): SubjectHomeIssue[] {
  const issues: SubjectHomeIssue[] = [];
  subjects.forEach((s, i) => {
    if (home === 'county') {
      if (!s.countyDepartmentId) issues.push({ path: ['subjects', i, 'countyDepartmentId'], message: { zh: '请选择县直部门', en: 'choose a county department' } });
      else if (s.tenantId) issues.push({ path: ['subjects', i, 'tenantId'], message: { zh: '县直部门考核不选乡镇', en: 'a county department campaign names no township' } });
      else if (subjects.findIndex((o) => o.countyDepartmentId === s.countyDepartmentId) !== i) issues.push({ path: ['subjects', i, 'countyDepartmentId'], message: { zh: '考核对象重复', en: 'the subject is listed twice' } });
    } else {
      if (!s.tenantId) issues.push({ path: ['subjects', i, 'tenantId'], message: { zh: '请选择乡镇', en: 'choose a township' } });
      else if (s.countyDepartmentId) issues.push({ path: ['subjects', i, 'countyDepartmentId'], message: { zh: '只有县级考核县直部门', en: 'only the county appraises county departments' } });
    }
  });
  return issues;
}

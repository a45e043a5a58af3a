import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { toFieldIssues } from '../common/validation-issues';
import { deputyFieldsSchema } from '../deputies/deputy';
import { deputyStatusChangeSchema } from '../deputies/deputy-status';
import { deputyDeedCreateSchema } from '../deputies/records';
import { suggestionPayloads } from '../suggestions/suggestion';
import { PROCEDURE_ACCESS, type ProcedureAccess } from './procedure-access';
import { fieldLabelsOfProcedure } from './procedure-field-labels';
import { DEPUTY_FIELD_LABELS } from '../deputies/field-labels';

function fieldOf(schema: z.ZodType, input: unknown, procedure: string, path: string) {
  const issues = toFieldIssues(schema.safeParse(input).error?.issues ?? [], fieldLabelsOfProcedure(procedure));
  return issues.find((issue) => issue.path === path)?.field;
}

describe('field labels per schema', () => {
  it("names the deputies' fields with the deputies forms' labels, not the suggestions' ones", () => {
    expect(fieldOf(deputyFieldsSchema, { note: 'x'.repeat(501) }, 'deputies.create', 'note')).toEqual({ zh: '备注', en: 'Note' });
    expect(fieldOf(deputyStatusChangeSchema, { reason: 'x'.repeat(201) }, 'deputies.changeStatus', 'reason')).toEqual({ zh: '原因', en: 'Reason' });
    expect(fieldOf(deputyDeedCreateSchema, { description: 'x'.repeat(5001) }, 'deputyDeeds.create', 'description')).toEqual({ zh: '主要内容', en: 'Description' });
  });

  it("names the suggestions' fields with their own labels", () => {
    expect(fieldOf(suggestionPayloads.accept, { note: 'x'.repeat(501) }, 'suggestions.step', 'note')).toEqual({ zh: '说明', en: 'Note' });
    expect(fieldOf(suggestionPayloads.return, { reason: '' }, 'suggestions.step', 'reason')).toEqual({ zh: '理由', en: 'Reason' });
  });

  it('uses the shared labels outside an area, and for shared fields inside one', () => {
    expect(fieldLabelsOfProcedure('villages.create').note).toBeUndefined();
    expect(fieldLabelsOfProcedure('deputies.create').pageSize).toEqual({ zh: '每页条数', en: 'Page size' });
  });

  it('gives every procedure guarded by a deputies permission the deputies labels', () => {
    const permissionsOf = (access: ProcedureAccess) => ('allOf' in access ? access.allOf : 'anyOf' in access ? access.anyOf : []);
    const deputiesProcedures = [...PROCEDURE_ACCESS].filter(([, access]) => permissionsOf(access).length > 0 && permissionsOf(access).every((p) => p.startsWith('deputies.')));
    expect(deputiesProcedures.length).toBeGreaterThan(10);
    for (const [path] of deputiesProcedures) expect(fieldLabelsOfProcedure(path), path).toBe(DEPUTY_FIELD_LABELS);
  });
});

import { describe, expect, it } from 'vitest';
import { toFieldIssues } from '../common/validation-issues';
import { findRule } from '../rules/catalogue';
import { APPRAISAL_FIELD_LABELS } from './field-labels';
import { handInEvidenceIssues, itemsLackingEvidence } from './hand-in';
import type { AppraisalRuleSet } from './rule-set';
import { STARTING_TEMPLATES } from './templates';

const P = { kind: 'points' } as const;
const set: Pick<AppraisalRuleSet, 'areas'> = {
  areas: [
    {
      key: 'A',
      name: '自身建设',
      max: 3,
      items: [
        { key: 'A1', name: '组织健全', max: 1, phase: 'onsite_review', evidence: '名单', rule: P },
        { key: 'A2', name: '学习订阅', max: 1, phase: 'onsite_review', evidence: null, rule: P },
        { key: 'A3', name: '活动台账', max: 1, phase: 'onsite_review', evidence: '台账', rule: P },
      ],
    },
    { key: 'B', name: '宣传', max: 1, items: [{ key: 'B1', name: '表彰（加分）', max: 1, phase: 'onsite_review', evidence: '表彰文件', rule: { kind: 'bonus', perUnit: 0.5, cap: 1 } }] },
  ],
};

describe('itemsLackingEvidence', () => {
  it('names the items self-scored above zero that ask for evidence and have no file, in the sheet’s order', () => {
    const rows = [
      { itemKey: 'A3', points: 1, files: 0 },
      { itemKey: 'A1', points: 0.5, files: 0 },
      { itemKey: 'B1', points: 0.5, files: 0 },
    ];
    expect(itemsLackingEvidence(set, rows)).toEqual([
      { key: 'A1', name: '组织健全', evidence: '名单' },
      { key: 'A3', name: '活动台账', evidence: '台账' },
      { key: 'B1', name: '表彰（加分）', evidence: '表彰文件' },
    ]);
  });

  it('asks nothing of an item with a file, scored zero, not scored, or naming no evidence', () => {
    expect(itemsLackingEvidence(set, [{ itemKey: 'A1', points: 1, files: 1 }])).toEqual([]);
    expect(itemsLackingEvidence(set, [{ itemKey: 'A1', points: 0, files: 0 }])).toEqual([]);
    expect(itemsLackingEvidence(set, [{ itemKey: 'A1', points: null, files: 0 }])).toEqual([]);
    expect(itemsLackingEvidence(set, [])).toEqual([]);
    expect(itemsLackingEvidence(set, [{ itemKey: 'A2', points: 1, files: 0 }])).toEqual([]);
    // A row for an item the frozen set does not have is not the check's business (the self-score refused it).
    expect(itemsLackingEvidence(set, [{ itemKey: 'Z9', points: 1, files: 0 }])).toEqual([]);
  });

  it('reads the starting templates: their items name evidence, so a self-scored item needs a file', () => {
    const congress = STARTING_TEMPLATES.find((t) => t.code === 'seed.congress_work')!.ruleSet;
    expect(itemsLackingEvidence(congress, [{ itemKey: 'A4', points: 1, files: 0 }]).map((i) => [i.key, i.evidence])).toEqual([['A4', '台账']]);
    expect(itemsLackingEvidence(congress, [{ itemKey: 'D3', points: 0.5, files: 0 }])).toEqual([]);
  });
});

describe('handInEvidenceIssues', () => {
  const lacking = [{ itemKey: 'A1', points: 1, files: 0 }, { itemKey: 'A3', points: 1, files: 0 }];

  it('refuses naming the field and every item, in zh-CN and English', () => {
    const issues = handInEvidenceIssues(set, lacking, true);
    expect(issues.map((i) => i.path)).toEqual([['evidence']]);
    const [named] = toFieldIssues(issues, APPRAISAL_FIELD_LABELS);
    expect(named!.path).toBe('evidence');
    expect(named!.message.zh).toBe('佐证材料：以下项目自评得分但未上传佐证材料，不能提交：A1 组织健全（名单）、A3 活动台账（台账）');
    expect(named!.message.en).toContain('Evidence: ');
    expect(named!.message.en).toContain('A1 组织健全 (名单), A3 活动台账 (台账)');
  });

  it('has nothing to say when every claimed item has its file, or when the rule is off', () => {
    expect(handInEvidenceIssues(set, lacking.map((r) => ({ ...r, files: 2 })), true)).toEqual([]);
    expect(handInEvidenceIssues(set, lacking, false)).toEqual([]);
  });

  it('is a rule of the catalogue, required by default', () => {
    expect(findRule('appraisal.evidence_before_hand_in')).toMatchObject({ area: 'appraisal', defaultValue: true });
  });
});

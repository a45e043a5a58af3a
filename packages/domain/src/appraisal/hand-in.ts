import type { z } from 'zod';
import type { BilingualMessage } from '../common/messages';
import { itemsOf, type AppraisalRuleSet } from './rule-set';

/**
 * Hand-in without evidence (decision 74). An item whose rule set names the
 * evidence it asks for (`AppraisalItem.evidence`) and that the appraised self-scored above zero
 * needs at least one file on its self-score row before the self-score is handed in. An item
 * self-scored at zero, or not self-scored, claims nothing and needs none; an item naming no
 * evidence needs none. Whether the check applies at all is rule `appraisal.evidence_before_hand_in`
 * (seed 003's check team reads the files on site, 「查阅资料」; the default asks for them with the
 * self-score).
 */

/** One self-score row as the check reads it: its points and how many files hang off it. */
export interface SelfScoreEvidence {
  itemKey: string;
  points: number | null;
  files: number;
}

export interface ItemLackingEvidence {
  key: string;
  name: string;
  /** What the rule set asks for (e.g. "台账"). */
  evidence: string;
}

/** The items of the sheet, in its order, that are self-scored above zero, name evidence and have no file. */
export function itemsLackingEvidence(set: Pick<AppraisalRuleSet, 'areas'>, selfScores: readonly SelfScoreEvidence[]): ItemLackingEvidence[] {
  return itemsOf(set).flatMap((item) => {
    if (!item.evidence) return [];
    const row = selfScores.find((s) => s.itemKey === item.key);
    if (!row || row.points === null || row.points <= 0 || row.files > 0) return [];
    return [{ key: item.key, name: item.name, evidence: item.evidence }];
  });
}

/** The refusal's words: every item named with its key and what it asks for. */
export function lackingEvidenceMessage(items: readonly ItemLackingEvidence[]): BilingualMessage {
  return {
    zh: `以下项目自评得分但未上传佐证材料，不能提交：${items.map((i) => `${i.key} ${i.name}（${i.evidence}）`).join('、')}`,
    en: `these items are self-scored but have no evidence attached, so the self-score cannot be handed in: ${items.map((i) => `${i.key} ${i.name} (${i.evidence})`).join(', ')}`,
  };
}

/**
 * The hand-in's issues: none when the rule is off or nothing lacks evidence, else one naming the
 * field `evidence` and every item lacking it, in zh-CN and English.
 */
export function handInEvidenceIssues(set: Pick<AppraisalRuleSet, 'areas'>, selfScores: readonly SelfScoreEvidence[], evidenceRequired: boolean): z.core.$ZodIssue[] {
  if (!evidenceRequired) return [];
  const lacking = itemsLackingEvidence(set, selfScores);
  if (lacking.length === 0) return [];
  const message = lackingEvidenceMessage(lacking);
  return [{ code: 'custom', path: ['evidence'], message: message.en, params: message, input: undefined } as z.core.$ZodIssue];
}

import type { BilingualMessage } from '../common/messages';
import { scoreItem, vetoFailed, type ItemInput } from './item-rules';
import { APPRAISAL_PHASES, ITEM_PHASES, itemsOf, round3, type AppraisalPhase, type AppraisalRuleSet, type GradeRules, type WeightShareRule } from './rule-set';

/** Entries by item key. */
export type SheetEntries = Readonly<Record<string, ItemInput>>;

export interface SheetScore {
  items: Array<{ key: string; areaKey: string; max: number; points: number | null; bonus: boolean }>;
  areas: Array<{ key: string; max: number; points: number }>;
  /** Σ points, bonuses included; an item without an entry counts 0 and makes the sheet incomplete. */
  total: number;
  complete: boolean;
  vetoFailed: boolean;
}

/** A score sheet (self-score or the appraisers'): item, area and total points. Entries that do not fit count 0. */
export function scoreSheet(set: Pick<AppraisalRuleSet, 'areas'>, entries: SheetEntries, only?: (item: { phase: string }) => boolean): SheetScore {
  const items = itemsOf(set).filter((item) => !only || only(item)).map((item) => {
    const entry = entries[item.key];
    const outcome = entry ? scoreItem(item, entry) : null;
    return { key: item.key, areaKey: item.areaKey, max: item.max, points: outcome?.ok ? outcome.points : null, bonus: item.rule.kind === 'bonus', veto: vetoFailed(item, entry) };
  });
  const areas = set.areas.map((area) => ({
    key: area.key,
    max: area.max,
    points: round3(items.filter((i) => i.areaKey === area.key).reduce((s, i) => s + (i.points ?? 0), 0)),
  }));
  return {
    items: items.map(({ veto: _veto, ...rest }) => rest),
    areas,
    total: round3(areas.reduce((s, a) => s + a.points, 0)),
    // Bonus items need no entry.
    complete: items.every((i) => i.bonus || i.points !== null),
    vetoFailed: items.some((i) => i.veto),
  };
}

/**
 * The weights that count when some parts have no score: the missing parts' weight goes to the
 * present ones by the stated rule; the result adds up to the same total. No part present: none.
 */
export function shareWeights<K extends string>(weights: Readonly<Partial<Record<K, number>>>, present: readonly K[], rule: WeightShareRule): Partial<Record<K, number>> {
  const keys = (Object.keys(weights) as K[]).filter((k) => (weights[k] ?? 0) > 0);
  const total = keys.reduce((s, k) => s + (weights[k] ?? 0), 0);
  const here = keys.filter((k) => present.includes(k));
  if (here.length === 0) return {};
  const hereSum = here.reduce((s, k) => s + (weights[k] ?? 0), 0);
  const missing = total - hereSum;
  const out: Partial<Record<K, number>> = {};
  for (const k of here) {
    const w = weights[k] ?? 0;
    out[k] = rule === 'proportional' ? (hereSum === 0 ? total / here.length : (w * total) / hereSum) : w + missing / here.length;
  }
  return out;
}

/** The democratic evaluation's score from its evaluator groups' scores (0–100; null: no figure). */
export function combineGroups(groups: ReadonlyArray<{ weight: number; score: number | null }>, rule: WeightShareRule): number | null {
  const weights: Record<string, number> = {};
  const present: string[] = [];
  groups.forEach((g, i) => {
    weights[String(i)] = g.weight;
    if (g.score !== null) present.push(String(i));
  });
  const shared = shareWeights(weights, present, rule);
  if (Object.keys(shared).length === 0) return null;
  const sum = Object.values(shared).reduce((acc: number, w) => acc + (w ?? 0), 0);
  return round3(present.reduce((acc, k) => acc + (shared[k] ?? 0) * groups[Number(k)]!.score!, 0) / sum);
}

export interface SubjectInputs {
  id: string;
  /** The subject's own score sheet (self-score phase). */
  self: SheetEntries;
  /** The appraisers' entries for items of the item phases. */
  official: SheetEntries;
  /** Whole-phase scores 0–100 (democratic evaluation's tally, mutual evaluation, daily performance). */
  direct: Partial<Record<AppraisalPhase, number>>;
  /** Votes per grade of the democratic evaluation, for the overriding rules. */
  gradeVotes?: Readonly<Record<string, number>>;
}

/** Each phase's score on 0–100, null where the phase has nothing yet. */
export function phaseScores(set: AppraisalRuleSet, inputs: SubjectInputs): Record<AppraisalPhase, number | null> {
  const out = {} as Record<AppraisalPhase, number | null>;
  const hasSelf = Object.keys(inputs.self).length > 0;
  out.self_score = hasSelf ? round3((scoreSheet(set, inputs.self).total / set.maxTotal) * 100) : (inputs.direct.self_score ?? null);
  out.democratic_evaluation = inputs.direct.democratic_evaluation ?? null;
  for (const phase of ITEM_PHASES) {
    const items = itemsOf(set).filter((i) => i.phase === phase);
    if (items.length === 0) {
      out[phase] = inputs.direct[phase] ?? null;
      continue;
    }
    if (!items.some((i) => inputs.official[i.key])) {
      out[phase] = null;
      continue;
    }
    const sheet = scoreSheet(set, inputs.official, (i) => i.phase === phase);
    const max = items.filter((i) => i.rule.kind !== 'bonus').reduce((s, i) => s + i.max, 0);
    out[phase] = max === 0 ? null : round3((sheet.total / max) * 100);
  }
  return out;
}

export type GradeReason = 'cutoff' | 'lowest_grade_votes' | 'veto_item_failed' | 'not_configured' | 'no_total';
export const GRADE_REASON_LABELS: Record<GradeReason, BilingualMessage> = {
  cutoff: { zh: '按分数线评定', en: 'By the cut-offs' },
  lowest_grade_votes: { zh: '最低等次票数超过规定比例，定为最低等次', en: 'Votes for the lowest grade above the stated share: lowest grade' },
  veto_item_failed: { zh: '一票否决项未达标，定为最低等次', en: 'A veto item failed: lowest grade' },
  not_configured: { zh: '未配置分数线', en: 'Cut-offs not configured' },
  no_total: { zh: '尚无总分', en: 'No total yet' },
};

/** The grade of a total under the cut-offs, then the overriding rules, which win regardless of the score. */
export function gradeOf(rules: GradeRules, total: number | null, facts: { gradeVotes?: Readonly<Record<string, number>>; vetoFailed?: boolean }): { grade: string | null; reason: GradeReason } {
  const lowest = rules.set[rules.set.length - 1]!;
  for (const override of rules.overrides) {
    if (override.kind === 'veto_item_failed' && facts.vetoFailed) return { grade: lowest, reason: 'veto_item_failed' };
    if (override.kind === 'lowest_grade_votes' && facts.gradeVotes) {
      const valid = Object.values(facts.gradeVotes).reduce((s, n) => s + n, 0);
      const low = facts.gradeVotes[lowest] ?? 0;
      // "More than one third": strictly above, compared in integers (low/valid > n/d ⇔ low·d > n·valid).
      if (valid > 0 && low * override.denominator > override.numerator * valid) return { grade: lowest, reason: 'lowest_grade_votes' };
    }
  }
  if (total === null) return { grade: null, reason: 'no_total' };
  if (!rules.cutoffs) return { grade: null, reason: 'not_configured' };
  const index = rules.cutoffs.findIndex((min) => total >= min - 1e-9);
  return { grade: rules.set[index === -1 ? rules.set.length - 1 : index]!, reason: 'cutoff' };
}

/** 50 + 10z across the appraised (population standard deviation); all equal: 50 each. */
export function standardScores(totals: readonly number[]): number[] {
  if (totals.length === 0) return [];
  const mean = totals.reduce((s, x) => s + x, 0) / totals.length;
  const sd = Math.sqrt(totals.reduce((s, x) => s + (x - mean) ** 2, 0) / totals.length);
  return totals.map((x) => round3(sd === 0 ? 50 : 50 + (10 * (x - mean)) / sd));
}

/** Competition ranking (1, 1, 3) on the key, higher first; ties broken by the later values in order. */
export function rankBy(rows: ReadonlyArray<{ id: string; keys: readonly number[] }>): Map<string, number> {
  const cmp = (a: readonly number[], b: readonly number[]) => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = (b[i] ?? 0) - (a[i] ?? 0);
      if (Math.abs(d) > 1e-9) return d;
    }
    return 0;
  };
  const sorted = [...rows].sort((a, b) => cmp(a.keys, b.keys) || a.id.localeCompare(b.id));
  const ranks = new Map<string, number>();
  sorted.forEach((row, i) => {
    const prev = sorted[i - 1];
    ranks.set(row.id, prev && cmp(prev.keys, row.keys) === 0 ? ranks.get(prev.id)! : i + 1);
  });
  return ranks;
}

/** The subsidy of a score from the bands (highest minimum first); below every band: 0; no bands: not configured. */
export function subsidyOf(bands: AppraisalRuleSet['subsidyBands'], total: number | null): number | null {
  if (!bands || total === null) return null;
  return bands.find((b) => total >= b.min - 1e-9)?.amount ?? 0;
}

export interface SubjectResult {
  id: string;
  total: number | null;
  standardScore: number | null;
  rank: number | null;
  grade: string | null;
  gradeReason: GradeReason;
  subsidy: number | null;
  breakdown: {
    self: SheetScore | null;
    official: SheetScore;
    phases: Record<AppraisalPhase, number | null>;
    weights: Partial<Record<AppraisalPhase, number>> | null;
  };
}

/**
 * Every subject's result under a frozen rule set: the one function the API calls, so a result
 * recomputed later from the same stored inputs gives the same numbers.
 */
export function computeResults(set: AppraisalRuleSet, subjects: readonly SubjectInputs[]): SubjectResult[] {
  const partial = subjects.map((inputs) => {
    const official = scoreSheet(set, inputs.official);
    const self = Object.keys(inputs.self).length > 0 ? scoreSheet(set, inputs.self) : null;
    const phases = phaseScores(set, inputs);
    let total: number | null;
    let weights: Partial<Record<AppraisalPhase, number>> | null = null;
    if (!set.phaseWeights) {
      total = Object.keys(inputs.official).length > 0 ? official.total : null;
    } else {
      const present = APPRAISAL_PHASES.filter((p) => phases[p] !== null);
      weights = shareWeights(set.phaseWeights, present, set.weightShare);
      const sum = Object.values(weights).reduce((s, w) => s + (w ?? 0), 0);
      total = sum === 0 ? null : round3(present.reduce((s, p) => s + ((weights![p] ?? 0) * phases[p]!) / 100, 0));
    }
    return { inputs, official, self, phases, total, weights };
  });
  const scored = partial.filter((p) => p.total !== null);
  const standards = set.standardScores ? standardScores(scored.map((p) => p.total!)) : [];
  const standardOf = new Map(scored.map((p, i) => [p.inputs.id, standards[i] ?? null]));
  const ranks = rankBy(scored.map((p) => ({
    id: p.inputs.id,
    keys: [p.total!, ...set.tieBreak.map((t) => (t.by === 'area' ? (p.official.areas.find((a) => a.key === t.areaKey)?.points ?? 0) : (p.phases[t.phase] ?? 0)))],
  })));
  return partial.map((p) => {
    const grade = gradeOf(set.grades, p.total, { gradeVotes: p.inputs.gradeVotes, vetoFailed: p.official.vetoFailed });
    return {
      id: p.inputs.id,
      total: p.total,
      standardScore: standardOf.get(p.inputs.id) ?? null,
      rank: ranks.get(p.inputs.id) ?? null,
      grade: grade.grade,
      gradeReason: grade.reason,
      subsidy: subsidyOf(set.subsidyBands, p.total),
      breakdown: { self: p.self, official: p.official, phases: p.phases, weights: p.weights },
    };
  });
}

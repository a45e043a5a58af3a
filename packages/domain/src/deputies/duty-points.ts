import { z } from 'zod';
import { DUTY_POINT_ITEMS, type DutyPointItem } from './duty-point-items';
// The names without the schemas live in ./duty-point-items (a screen may import them without zod); the index still finds them here.
export * from './duty-point-items';

/**
 * The duty-points rule (履职积分): points per counted item of a deputy's year. A township may
 * override the county's table (rule `deputy.duty_points`). The seeds name what is tracked
 * (「提高参会率、发言率、建议率」, 〔000〕) but give no points: the default is ours.
 */
export const dutyPointsSchema = z.partialRecord(z.enum(DUTY_POINT_ITEMS), z.number().min(-100).max(100));
export type DutyPointsRule = z.infer<typeof dutyPointsSchema>;

export const DEFAULT_DUTY_POINTS: Record<DutyPointItem, number> = {
  inspection: 2,
  survey: 2,
  law_enforcement_check: 2,
  voter_contact: 1,
  training: 1,
  duty_report: 2,
  special_supervision: 2,
  appraisal: 2,
  observation: 1,
  other: 1,
  session_present: 3,
  session_absent: -2,
  presidium_present: 1,
  session_speech: 1,
  reception_duty: 2,
  suggestion: 2,
  duty_review: 3,
};

export type DutyCounts = Partial<Record<DutyPointItem, number>>;

export interface DutyPointsLine {
  item: DutyPointItem;
  count: number;
  points: number;
  subtotal: number;
}

/**
 * A deputy's points for a year: each counted item times its points. Items the township's
 * rule leaves out score 0 (a township may drop an item by leaving it out or setting 0).
 */
export function computeDutyPoints(counts: DutyCounts, rule: DutyPointsRule): { total: number; lines: DutyPointsLine[] } {
  const lines = DUTY_POINT_ITEMS.filter((item) => (counts[item] ?? 0) > 0).map((item) => {
    const count = counts[item] ?? 0;
    const points = rule[item] ?? 0;
    return { item, count, points, subtotal: count * points };
  });
  // Points may be fractional (0.5); round the total to one decimal so sums print cleanly.
  const total = Math.round(lines.reduce((sum, line) => sum + line.subtotal, 0) * 10) / 10;
  return { total, lines };
}

/** One counted item of a deputy's year, on the day it happened. */
export interface DatedDutyItem {
  item: DutyPointItem;
  day: string;
  count?: number;
}

/**
 * A deputy's points for a year when the points rule may have changed during it: each item is
 * scored by the rule in force on its own day (`ruleOn`), so a change in July leaves January's
 * points as they were. Lines add up per item; `points` is then the average per counted item.
 */
export function computeDutyPointsByDay(items: readonly DatedDutyItem[], ruleOn: (day: string) => DutyPointsRule): { total: number; lines: DutyPointsLine[] } {
  const byItem = new Map<DutyPointItem, { count: number; subtotal: number }>();
  for (const { item, day, count = 1 } of items) {
    const line = byItem.get(item) ?? { count: 0, subtotal: 0 };
    line.count += count;
    line.subtotal += count * (ruleOn(day)[item] ?? 0);
    byItem.set(item, line);
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  const lines = DUTY_POINT_ITEMS.filter((item) => (byItem.get(item)?.count ?? 0) > 0).map((item) => {
    const { count, subtotal } = byItem.get(item)!;
    return { item, count, points: round(subtotal / count), subtotal: round(subtotal) };
  });
  const total = Math.round(lines.reduce((sum, line) => sum + line.subtotal, 0) * 10) / 10;
  return { total, lines };
}

import { z } from 'zod';
import { INDICATOR_DEFINITIONS, PENDING_INDICATORS, type IndicatorArea, type IndicatorUnit } from './definitions';

/**
 * The indicators as the county's settings list them: every defined indicator and every one
 * still waiting for its source records, each with the county's default weight and target.
 * The weights feed the composite index (composite.ts); a target colours a value against it.
 */
export interface IndicatorSettingRow {
  id: string;
  area: IndicatorArea;
  nameZh: string;
  nameEn: string;
  formulaZh: string;
  formulaEn: string;
  unit: IndicatorUnit;
  higherIsBetter: boolean;
  /** False while its source records are not built (grid, appraisal): listed, never computed. */
  computed: boolean;
  defaultTarget: number | null;
  defaultWeight: number;
}

export const INDICATORS: readonly IndicatorSettingRow[] = [
  ...INDICATOR_DEFINITIONS.map((i) => ({
    id: i.id,
    area: i.area,
    nameZh: i.nameZh,
    nameEn: i.nameEn,
    formulaZh: i.denominator ? `${i.numerator.descriptionZh} ÷ ${i.denominator.descriptionZh}` : i.numerator.descriptionZh,
    formulaEn: i.denominator ? `${i.numerator.descriptionEn} / ${i.denominator.descriptionEn}` : i.numerator.descriptionEn,
    unit: i.unit,
    higherIsBetter: i.higherIsBetter,
    computed: true,
    defaultTarget: i.defaultTarget,
    defaultWeight: i.defaultWeight,
  })),
  ...PENDING_INDICATORS.map((i) => ({
    id: i.id,
    area: i.area,
    nameZh: i.nameZh,
    nameEn: i.nameEn,
    formulaZh: `${i.definitionZh}（${i.waitingForZh}）`,
    formulaEn: `${i.definitionEn} (${i.waitingForEn})`,
    unit: i.unit,
    higherIsBetter: i.higherIsBetter,
    computed: false,
    defaultTarget: i.defaultTarget,
    defaultWeight: i.defaultWeight,
  })),
];

const indicatorIds = INDICATORS.map((i) => i.id) as [string, ...string[]];
/** The weights of the composite index add up to this (checked here, so on the server too). */
export const FULL_WEIGHT = 100;
/** Where the check that the weights add up to 100 reports (a form shows it under the table). */
export const WEIGHT_TOTAL_PATH = 'weightTotal';

export const countySettingsSchema = z
  .object({
    weights: z.partialRecord(z.enum(indicatorIds), z.number().min(0).max(100)),
    /** A target left empty (null) is "not configured": the value is shown without colour. */
    targets: z.partialRecord(z.enum(indicatorIds), z.number().min(0).max(100_000).nullable()),
  })
  .refine((s) => Math.abs(Object.values(s.weights).reduce((sum: number, w) => sum + (w ?? 0), 0) - FULL_WEIGHT) < 1e-9, {
    // Its own path, not 'weights': a form keyed by 'weights.<id>' would lose every weight's own error under it.
    path: [WEIGHT_TOTAL_PATH],
    params: { zh: `权重合计须为 ${FULL_WEIGHT}`, en: `The weights must add up to ${FULL_WEIGHT}` },
  });
export type CountySettings = z.infer<typeof countySettingsSchema>;

export function defaultCountySettings(): CountySettings {
  return {
    weights: Object.fromEntries(INDICATORS.map((i) => [i.id, i.defaultWeight])),
    targets: Object.fromEntries(INDICATORS.map((i) => [i.id, i.defaultTarget])),
  };
}

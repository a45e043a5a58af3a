import type { TenantKind } from '../tenancy/tenant';
import type { IndicatorDefinition, RecordSet } from './definitions';

/**
 * The county's appraisal results on its dashboards (issue 15, part 5): the published results of
 * the county's own campaigns (not a township's), the version in force (a correction replaces
 * the first), placed on the last day of the campaign's period (`app_appraisal_period_end`, SQL).
 * A result row is the appraised unit's, in its township (decision 53.1), so the records are
 * the township's own rows and the drill-down lists them. Nothing counts before publication.
 */

const ALL_KINDS: readonly TenantKind[] = ['town', 'township', 'ethnic_township', 'subdistrict'];
const PERIOD_END = `app_appraisal_period_end(c.year, c."periodKind"::text, c."periodIndex")`;
const FROM = `"AppraisalResult" r JOIN "AppraisalSubject" s ON s."tenantId" = r."tenantId" AND s.id = r."subjectId" JOIN "AppraisalCampaign" c ON c.id = r."campaignId"`;
/** The best grade of the frozen rule set the result was computed under. */
const FROM_WITH_RULES = `${FROM} JOIN "AppraisalRuleSet" rs ON rs."campaignId" = c.id AND rs.version = r."ruleSetVersion"`;
/** The township sees its rank only where the county published the ranking (decision 53.2). */
const LABEL = `c.title || ' · ' || s.name || ' · ' || to_char(r.total, 'FM999990.099') || '分' || coalesce(' · ' || r.grade, '') || CASE WHEN c."publishRanking" AND r.rank IS NOT NULL THEN ' · 第' || r.rank || '名' ELSE '' END`;

const published = (kind: 'township' | 'grid', descriptionZh: string, descriptionEn: string, ...where: string[]): RecordSet => ({
  descriptionZh,
  descriptionEn,
  source: 'AppraisalResult',
  from: where.some((w) => w.includes('rs.')) ? FROM_WITH_RULES : FROM,
  where: [`c."ownerTenantId" IS NULL`, `c.state IN ('published', 'archived')`, `r.version = c."resultVersion"`, `s.kind = '${kind}'`, 'r.total IS NOT NULL', `${PERIOD_END} BETWEEN {start} AND {end}`, ...where],
  key: 'r.id::text',
  day: PERIOD_END,
  label: LABEL,
});

const TOWNSHIP_RANKED = published('township', '期内结束、已公布且公布了排名的县对本乡镇人大工作考核结果', "published results, with a published ranking, of the county's appraisals of the township whose period ended in this one", 'c."publishRanking"', 'r.rank IS NOT NULL');
const TOWNSHIP_RESULTS = published('township', '期内结束、已公布的县对本乡镇人大工作考核结果', "published results of the county's appraisals of the township whose period ended in this one");
const GRID_RESULTS = published('grid', '期内结束、已公布的县对本乡镇各网格考核结果', "published results of the county's appraisals of the township's grids whose period ended in this one");

const common = {
  area: 'appraisal' as const,
  grain: 'month' as const,
  asOfZh: '按考核期的最后一日归期；只计已公布的县级考核，更正后按最新版本',
  asOfEn: "placed on the last day of the campaign's period; only the county's published campaigns, the latest corrected version",
  appliesTo: ALL_KINDS,
  params: [],
  defaultWeight: 0,
  defaultTarget: null,
};

export const APPRAISAL_INDICATORS: readonly IndicatorDefinition[] = [
  {
    ...common,
    id: 'appraisal_township_score',
    nameZh: '县考核得分（乡镇人大工作）',
    nameEn: 'County appraisal score (congress work)',
    definitionZh: '县对乡镇人大工作考核已公布的总分；期内有几次考核结束时取其平均。',
    definitionEn: "The published total of the county's appraisal of the township's congress work; the mean where several campaigns ended in the period.",
    numerator: { ...TOWNSHIP_RESULTS, measure: 'round(r.total * 100)', descriptionZh: '这些结果的总分之和', descriptionEn: 'the sum of their totals' },
    denominator: TOWNSHIP_RESULTS,
    unit: 'points',
    higherIsBetter: true,
  },
  {
    ...common,
    id: 'appraisal_township_rank',
    nameZh: '县考核名次（乡镇人大工作）',
    nameEn: 'County appraisal rank (congress work)',
    definitionZh: '县对乡镇人大工作考核公布的名次（县公布排名的考核才计）；期内有几次时取其平均。',
    definitionEn: "The rank the county published in its appraisal of the township's congress work (only where it published the ranking); the mean where several ended in the period.",
    numerator: { ...TOWNSHIP_RANKED, measure: 'r.rank', descriptionZh: '这些结果的名次之和', descriptionEn: 'the sum of their ranks' },
    denominator: TOWNSHIP_RANKED,
    unit: 'rank',
    higherIsBetter: false,
  },
  {
    ...common,
    id: 'appraisal_township_top_grade',
    nameZh: '县考核最高等次比例（乡镇人大工作）',
    nameEn: 'County appraisal top grade (congress work)',
    definitionZh: '县对乡镇人大工作考核已公布的结果中，评为该考核最高等次（如“优秀”）的所占比例。',
    definitionEn: "Of the published results of the county's appraisals of the township's congress work, the share in the campaign's best grade (such as 优秀).",
    numerator: published('township', '其中评为最高等次的结果', 'of these, the results in the best grade', `r.grade = rs.rules -> 'grades' -> 'set' ->> 0`),
    denominator: TOWNSHIP_RESULTS,
    unit: 'percent',
    higherIsBetter: true,
  },
  {
    ...common,
    id: 'appraisal_grid_score',
    nameZh: '县考核网格平均得分',
    nameEn: "County appraisal of grids: mean score",
    definitionZh: '县对本乡镇三级、四级网格考核已公布的总分的平均。',
    definitionEn: "The mean published total of the county's appraisals of the township's level-3 and level-4 grids.",
    numerator: { ...GRID_RESULTS, measure: 'round(r.total * 100)', descriptionZh: '这些结果的总分之和', descriptionEn: 'the sum of their totals' },
    denominator: GRID_RESULTS,
    unit: 'points',
    higherIsBetter: true,
  },
];

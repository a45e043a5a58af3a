import { z } from 'zod';
import type { BilingualMessage } from '../common/messages';
import type { Clock } from '../time/clock';
import { buttonsOf, stepSchema, transitionOf, type Workflow } from '../workflow/definition';
import type { TransitionRule } from '../workflow/machine';
import { APPRAISAL_PERIOD_KINDS, APPRAISAL_PHASES, APPRAISAL_SUBJECT_KINDS, EVALUATOR_GROUP_KINDS, appraisalRuleSetSchema, type AppraisalPeriodKind } from './rule-set';
import { itemInputSchema } from './item-rules';
import { listQuerySchema } from '../common/list-query';

export const APPRAISAL_CAMPAIGN_STATES = ['draft', 'open', 'scoring', 'under_review', 'published', 'archived'] as const;
export type AppraisalCampaignState = (typeof APPRAISAL_CAMPAIGN_STATES)[number];
export const APPRAISAL_CAMPAIGN_STATE_LABELS: Record<AppraisalCampaignState, BilingualMessage> = {
  draft: { zh: '草稿', en: 'Draft' },
  open: { zh: '自评中', en: 'Open (self-scoring)' },
  scoring: { zh: '考核评分中', en: 'Scoring' },
  under_review: { zh: '审核中', en: 'Under review' },
  published: { zh: '已公布', en: 'Published' },
  archived: { zh: '已归档', en: 'Archived' },
};
/** States in which the appraised may still self-score. */
export const SELF_SCORING_STATES: readonly AppraisalCampaignState[] = ['open', 'scoring'];
/** States in which the appraisers score. */
export const APPRAISER_SCORING_STATES: readonly AppraisalCampaignState[] = ['scoring'];
/** Published results are frozen; these states show them to the appraised. */
export const PUBLISHED_STATES: readonly AppraisalCampaignState[] = ['published', 'archived'];

export const APPRAISAL_ACTIONS = ['open', 'start_scoring', 'submit_review', 'return_scoring', 'publish', 'correct', 'archive'] as const;
export type AppraisalAction = (typeof APPRAISAL_ACTIONS)[number];
export const APPRAISAL_ACTION_LABELS: Record<AppraisalAction, BilingualMessage> = {
  open: { zh: '启动（冻结考核细则）', en: 'Open (freeze the rules)' },
  start_scoring: { zh: '开始考核评分', en: 'Start scoring' },
  submit_review: { zh: '提交审核', en: 'Submit for review' },
  return_scoring: { zh: '退回评分', en: 'Back to scoring' },
  publish: { zh: '公布结果', en: 'Publish' },
  correct: { zh: '更正结果（新版本）', en: 'Correct (new version)' },
  archive: { zh: '归档', en: 'Archive' },
};

/** The campaign's owner: the county's appraisal staff, or the township's office for its own campaigns. */
export const APPRAISAL_ACTORS = ['owner'] as const;
export type AppraisalActor = (typeof APPRAISAL_ACTORS)[number];
export const APPRAISAL_ACTOR_LABELS: Record<AppraisalActor, BilingualMessage> = { owner: { zh: '考核组织单位', en: 'Organiser' } };

export interface AppraisalCampaignContext {
  subjectCount: number;
  /** The draft rule set checks out (weights add up, cut-offs in order). */
  ruleSetValid: boolean;
}

type Rule = TransitionRule<AppraisalCampaignState, AppraisalAction, AppraisalActor, AppraisalCampaignContext>;

export const APPRAISAL_TRANSITIONS: readonly Rule[] = [
  {
    action: 'open',
    from: ['draft'],
    to: 'open',
    actors: ['owner'],
    requires: [],
    records: [],
    when: ({ ctx }) => ctx.subjectCount > 0 && ctx.ruleSetValid,
    whenText: { zh: '须有考核对象，且考核细则分值、权重合计无误', en: 'needs subjects, and rules whose maxima and weights add up' },
  },
  { action: 'start_scoring', from: ['open'], to: 'scoring', actors: ['owner'], requires: [], records: [] },
  { action: 'submit_review', from: ['scoring'], to: 'under_review', actors: ['owner'], requires: [], records: [] },
  { action: 'return_scoring', from: ['under_review'], to: 'scoring', actors: ['owner'], requires: ['reason'], records: ['reason'] },
  { action: 'publish', from: ['under_review'], to: 'published', actors: ['owner'], requires: [], records: ['publishRanking'], effects: ({ clock, record }) => ({ publishedAt: clock.now, publishRanking: record['publishRanking'] === true }) },
  { action: 'correct', from: ['published'], to: 'same', actors: ['owner'], requires: ['reason'], records: ['reason'] },
  { action: 'archive', from: ['published'], to: 'archived', actors: ['owner'], requires: [], records: [], effects: ({ clock }) => ({ archivedAt: clock.now }) },
];

export const APPRAISAL_WORKFLOW: Workflow<AppraisalCampaignState, AppraisalAction, AppraisalActor, AppraisalCampaignContext> = {
  entity: 'AppraisalCampaign',
  transitions: APPRAISAL_TRANSITIONS,
  actionLabels: APPRAISAL_ACTION_LABELS,
  actorLabels: APPRAISAL_ACTOR_LABELS,
  openStates: [],
  systemActions: [],
};

const reason = z.string().trim().min(2).max(1000);
export const appraisalPayloads = {
  open: z.object({}).strict(),
  start_scoring: z.object({}).strict(),
  submit_review: z.object({}).strict(),
  return_scoring: z.object({ reason }).strict(),
  publish: z.object({ publishRanking: z.boolean().default(false) }).strict(),
  correct: z.object({ reason }).strict(),
  archive: z.object({}).strict(),
};
export const appraisalStepSchema = stepSchema(appraisalPayloads);

export function appraisalTransition(state: AppraisalCampaignState, action: AppraisalAction, clock: Clock, ctx: AppraisalCampaignContext, payload: Record<string, unknown> = {}) {
  return transitionOf(APPRAISAL_WORKFLOW, state, action, ['owner'], clock, ctx, payload);
}

export function appraisalActionsFor(state: AppraisalCampaignState, clock: Clock, ctx: AppraisalCampaignContext): AppraisalAction[] {
  return buttonsOf(APPRAISAL_WORKFLOW, state, ['owner'], clock, ctx);
}

// ---- Inputs of the procedures (the same schemas the forms use) ----

const id = z.uuid();
const isoDate = z.iso.date();
const title = z.string().trim().min(1).max(200);

export const appraisalPhaseDatesSchema = z
  .array(z.object({ kind: z.enum(APPRAISAL_PHASES), startsOn: isoDate, endsOn: isoDate }).strict().refine((p) => p.endsOn >= p.startsOn, { message: 'endsOn before startsOn', path: ['endsOn'] }))
  .max(APPRAISAL_PHASES.length);

export const appraisalTemplateSaveSchema = z
  .object({
    id: id.optional(),
    version: z.number().int().min(0).max(2_147_483_647).optional(),
    name: title,
    nameEn: title,
    subjectKind: z.enum(APPRAISAL_SUBJECT_KINDS),
    periodKind: z.enum(APPRAISAL_PERIOD_KINDS),
    ruleSet: appraisalRuleSetSchema,
  })
  .strict();

/** The subjects of a campaign: one entry per appraised (the reference that fits the kind). */
export const appraisalSubjectInputSchema = z
  .object({
    /** The subject's township; absent for a county department (`countyDepartmentId`, the county home). */
    tenantId: id.optional(),
    countyDepartmentId: id.optional(),
    name: title,
    villageId: id.optional(),
    gridId: id.optional(),
    deputyId: id.optional(),
    handlingUnitId: id.optional(),
    personName: z.string().trim().min(1).max(50).optional(),
  })
  .strict();

export const appraisalCampaignCreateSchema = z
  .object({
    templateId: id,
    title,
    year: z.number().int().min(2000).max(2100),
    periodIndex: z.number().int().min(1).max(12).nullable().default(null),
    recurring: z.boolean().default(false),
    phases: appraisalPhaseDatesSchema.default([]),
    subjects: z.array(appraisalSubjectInputSchema).max(500).default([]),
    /**
     * A county campaign over leadership teams or cadres: those of county departments (the county
     * home) instead of the townships'. Decided once here (`AppraisalCampaign.countyHome`).
     */
    ofCountyDepartments: z.boolean().default(false),
  })
  .strict();

/** A draft's appraised, as its subject editor sends them (with the draft's id and version: `campaigns.update`). */
export const appraisalCampaignSubjectsSchema = z.object({ subjects: z.array(appraisalSubjectInputSchema).max(500) }).strict();

export const appraisalCampaignUpdateSchema = z
  .object({
    id,
    version: z.number().int().min(0).max(2_147_483_647),
    title: title.optional(),
    ruleSet: appraisalRuleSetSchema.optional(),
    phases: appraisalPhaseDatesSchema.optional(),
    subjects: z.array(appraisalSubjectInputSchema).max(500).optional(),
  })
  .strict();

export const appraisalItemScoreSchema = z
  .object({
    subjectId: id,
    itemKey: z.string().trim().min(1).max(40),
    input: itemInputSchema,
    note: z.string().trim().max(1000).optional(),
  })
  .strict();

export const appraisalPhaseScoreSchema = z
  .object({
    subjectId: id,
    phase: z.enum(['mutual_evaluation', 'daily_performance']),
    score: z.number().min(0).max(100),
  })
  .strict();

export const appraisalEvaluatorGroupKindSchema = z.enum(EVALUATOR_GROUP_KINDS);

/** Whether a period index fits its kind (year: none; half-year: 1–2; month: 1–12). */
export function periodIndexFits(kind: AppraisalPeriodKind, index: number | null): boolean {
  if (kind === 'year') return index === null;
  if (index === null) return false;
  return kind === 'half_year' ? index <= 2 : index <= 12;
}

/** The period after this one, for the next campaign of a recurring series. */
export function nextPeriod(kind: AppraisalPeriodKind, year: number, index: number | null): { year: number; periodIndex: number | null } {
  if (kind === 'year') return { year: year + 1, periodIndex: null };
  const last = kind === 'half_year' ? 2 : 12;
  return index! >= last ? { year: year + 1, periodIndex: 1 } : { year, periodIndex: index! + 1 };
}

/** How a period is named: 2026年, 2026年上半年, 2026年3月. */
export function appraisalPeriodLabel(kind: AppraisalPeriodKind, year: number, index: number | null): BilingualMessage {
  if (kind === 'year') return { zh: `${year}年`, en: String(year) };
  if (kind === 'half_year') return { zh: `${year}年${index === 1 ? '上' : '下'}半年`, en: `${year} H${index}` };
  return { zh: `${year}年${index}月`, en: `${year}-${String(index).padStart(2, '0')}` };
}

export const appraisalCampaignListSchema = listQuerySchema(['year', 'title', 'state', 'createdAt']);
export const appraisalSubjectRefSchema = z.object({ subjectId: id }).strict();
export const appraisalCampaignRefSchema = z.object({ campaignId: id }).strict();
export const appraisalNextCampaignSchema = z.object({ campaignId: id, title: title.optional() }).strict();

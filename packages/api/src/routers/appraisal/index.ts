import {
  appraisalCampaignCreateSchema,
  appraisalCampaignListSchema,
  appraisalCampaignRefSchema,
  appraisalCampaignUpdateSchema,
  appraisalItemScoreSchema,
  appraisalNextCampaignSchema,
  appraisalPhaseScoreSchema,
  appraisalStepSchema,
  appraisalSubjectRefSchema,
  appraisalTemplateSaveSchema,
  countySubjectOptionsSchema,
  departmentResultsSchema,
  idSchema,
} from '@pcs/domain';
import { z } from 'zod';
import { countyDeptProcedure, countyProcedure, router, tenantProcedure } from '../../trpc';
import { departmentBallotsRouter } from '../ballots';
import { createCampaign, createNextCampaign, getCampaign, listCampaigns, stepCampaign, updateCampaign } from './campaigns';
import { myAppraisals, myResult, mySheet } from './mine';
import { countyOrganiser, townshipOrganiser } from './organiser';
import { departmentResults, ranking } from './results';
import { countySubjectOptions } from './subject-options';
import { appraisedDepartment, appraisedTownship, organiserSheet, setItemScore, setPhaseScore, setSelfScore, submitSelf } from './scores';
import { getTemplate, listTemplates, saveTemplate } from './templates';

const submitSelfSchema = z.object({ subjectId: z.uuid(), selfReport: z.string().trim().max(5000).optional() }).strict();

/** The county's appraisals: templates, its campaigns over townships and their rows (grids, villages, deputies, offices), scoring, publication, ranking. */
export const countyAppraisalRouter = router({
  templates: router({
    list: countyProcedure('county_appraisal.read').query(async ({ ctx }) => listTemplates(await countyOrganiser(ctx))),
    get: countyProcedure('county_appraisal.read').input(idSchema).query(async ({ ctx, input }) => getTemplate(await countyOrganiser(ctx), input.id)),
    save: countyProcedure('county_appraisal.manage').input(appraisalTemplateSaveSchema).mutation(async ({ ctx, input }) => saveTemplate(await countyOrganiser(ctx), input)),
  }),
  campaigns: router({
    list: countyProcedure('county_appraisal.read').input(appraisalCampaignListSchema).query(async ({ ctx, input }) => listCampaigns(await countyOrganiser(ctx), input)),
    get: countyProcedure('county_appraisal.read').input(idSchema).query(async ({ ctx, input }) => getCampaign(await countyOrganiser(ctx), input.id)),
    create: countyProcedure('county_appraisal.manage').input(appraisalCampaignCreateSchema).mutation(async ({ ctx, input }) => createCampaign(await countyOrganiser(ctx), input)),
    update: countyProcedure('county_appraisal.manage').input(appraisalCampaignUpdateSchema).mutation(async ({ ctx, input }) => updateCampaign(await countyOrganiser(ctx), input)),
    step: countyProcedure('county_appraisal.manage').input(appraisalStepSchema).mutation(async ({ ctx, input }) => stepCampaign(await countyOrganiser(ctx), input)),
    createNext: countyProcedure('county_appraisal.manage').input(appraisalNextCampaignSchema).mutation(async ({ ctx, input }) => createNextCampaign(await countyOrganiser(ctx), input)),
  }),
  scores: router({
    sheet: countyProcedure('county_appraisal.read').input(appraisalSubjectRefSchema).query(async ({ ctx, input }) => organiserSheet(await countyOrganiser(ctx), input.subjectId)),
    setItem: countyProcedure('county_appraisal.manage').input(appraisalItemScoreSchema).mutation(async ({ ctx, input }) => setItemScore(await countyOrganiser(ctx), input)),
    setPhase: countyProcedure('county_appraisal.manage').input(appraisalPhaseScoreSchema).mutation(async ({ ctx, input }) => setPhaseScore(await countyOrganiser(ctx), input)),
  }),
  results: router({
    ranking: countyProcedure('county_appraisal.read').input(appraisalCampaignRefSchema).query(async ({ ctx, input }) => ranking(await countyOrganiser(ctx), input.campaignId)),
    /** The county departments' published ranking, for the county's dashboards. */
    departments: countyProcedure('county_appraisal.read').input(departmentResultsSchema).query(async ({ ctx, input }) => departmentResults(await countyOrganiser(ctx), input.campaignId)),
  }),
  /** The county's departments (县直部门) a campaign over departments may appraise. */
  departments: countyProcedure('county_appraisal.manage').query(({ ctx }) => ctx.tx.countyDepartment.findMany({ where: { countyId: ctx.county.id }, select: { id: true, code: true, name: true }, orderBy: { code: 'asc' } })),
  /** The townships' grids, villages, serving deputies or offices a county campaign may appraise: a bounded page across townships. */
  subjectOptions: countyProcedure('county_appraisal.manage').input(countySubjectOptionsSchema).query(({ ctx, input }) => countySubjectOptions(ctx, input)),
});

/**
 * A township's appraisals: its own campaigns (of its villages, grids, cadres, offices), and
 * `mine`, where it is the appraised (self-scoring with evidence, its published results).
 */
export const appraisalRouter = router({
  templates: router({
    list: tenantProcedure('appraisal.read').query(({ ctx }) => listTemplates(townshipOrganiser(ctx))),
    get: tenantProcedure('appraisal.read').input(idSchema).query(({ ctx, input }) => getTemplate(townshipOrganiser(ctx), input.id)),
  }),
  campaigns: router({
    list: tenantProcedure('appraisal.read').input(appraisalCampaignListSchema).query(({ ctx, input }) => listCampaigns(townshipOrganiser(ctx), input)),
    get: tenantProcedure('appraisal.read').input(idSchema).query(({ ctx, input }) => getCampaign(townshipOrganiser(ctx), input.id)),
    create: tenantProcedure('appraisal.manage').input(appraisalCampaignCreateSchema).mutation(({ ctx, input }) => createCampaign(townshipOrganiser(ctx), input)),
    update: tenantProcedure('appraisal.manage').input(appraisalCampaignUpdateSchema).mutation(({ ctx, input }) => updateCampaign(townshipOrganiser(ctx), input)),
    step: tenantProcedure('appraisal.manage').input(appraisalStepSchema).mutation(({ ctx, input }) => stepCampaign(townshipOrganiser(ctx), input)),
    createNext: tenantProcedure('appraisal.manage').input(appraisalNextCampaignSchema).mutation(({ ctx, input }) => createNextCampaign(townshipOrganiser(ctx), input)),
  }),
  scores: router({
    sheet: tenantProcedure('appraisal.read').input(appraisalSubjectRefSchema).query(({ ctx, input }) => organiserSheet(townshipOrganiser(ctx), input.subjectId)),
    setItem: tenantProcedure('appraisal.manage').input(appraisalItemScoreSchema).mutation(({ ctx, input }) => setItemScore(townshipOrganiser(ctx), input)),
    setPhase: tenantProcedure('appraisal.manage').input(appraisalPhaseScoreSchema).mutation(({ ctx, input }) => setPhaseScore(townshipOrganiser(ctx), input)),
  }),
  results: router({
    ranking: tenantProcedure('appraisal.read').input(appraisalCampaignRefSchema).query(({ ctx, input }) => ranking(townshipOrganiser(ctx), input.campaignId)),
  }),
  mine: router({
    list: tenantProcedure('appraisal.read').query(({ ctx }) => myAppraisals(appraisedTownship(ctx))),
    sheet: tenantProcedure('appraisal.read').input(appraisalSubjectRefSchema).query(({ ctx, input }) => mySheet(appraisedTownship(ctx), input.subjectId)),
    setSelf: tenantProcedure('appraisal.manage').input(appraisalItemScoreSchema).mutation(({ ctx, input }) => setSelfScore(appraisedTownship(ctx), input)),
    submitSelf: tenantProcedure('appraisal.manage').input(submitSelfSchema).mutation(({ ctx, input }) => submitSelf(appraisedTownship(ctx), input)),
    result: tenantProcedure('appraisal.read').input(appraisalSubjectRefSchema).query(({ ctx, input }) => myResult(appraisedTownship(ctx), input.subjectId)),
  }),
});

/**
 * A county department (县直部门) as the appraised, for its own users (`countyDeptProcedure`: the
 * department's handlers): the county's campaigns it is a subject of, its self-score, and its
 * result once published. Its rows are in the county home, which RLS narrows to the department
 * (decision 68).
 */
export const countyDeptAppraisalRouter = router({
  mine: router({
    list: countyDeptProcedure('assigned.read').query(({ ctx }) => myAppraisals(appraisedDepartment(ctx))),
    sheet: countyDeptProcedure('assigned.read').input(appraisalSubjectRefSchema).query(({ ctx, input }) => mySheet(appraisedDepartment(ctx), input.subjectId)),
    setSelf: countyDeptProcedure('assigned.write').input(appraisalItemScoreSchema).mutation(({ ctx, input }) => setSelfScore(appraisedDepartment(ctx), input)),
    submitSelf: countyDeptProcedure('assigned.write').input(submitSelfSchema).mutation(({ ctx, input }) => submitSelf(appraisedDepartment(ctx), input)),
    result: countyDeptProcedure('assigned.read').input(appraisalSubjectRefSchema).query(({ ctx, input }) => myResult(appraisedDepartment(ctx), input.subjectId)),
  }),
  // 我的测评: the department's democratic evaluations it is listed in (decision 79).
  ballots: departmentBallotsRouter,
});

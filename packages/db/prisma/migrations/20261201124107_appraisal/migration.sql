-- CreateEnum
CREATE TYPE "AppraisalSubjectKind" AS ENUM ('township', 'leadership_team', 'cadre', 'village', 'grid', 'department', 'deputy');

-- CreateEnum
CREATE TYPE "AppraisalPeriodKind" AS ENUM ('year', 'half_year', 'month');

-- CreateEnum
CREATE TYPE "AppraisalCampaignState" AS ENUM ('draft', 'open', 'scoring', 'under_review', 'published', 'archived');

-- CreateEnum
CREATE TYPE "AppraisalPhaseKind" AS ENUM ('self_score', 'onsite_review', 'democratic_evaluation', 'mutual_evaluation', 'daily_performance');

-- CreateEnum
CREATE TYPE "AppraisalEvaluatorGroupKind" AS ENUM ('leaders', 'cadres', 'branch_secretaries', 'staff_reps', 'deputies', 'voter_reps', 'other');

-- AlterEnum
ALTER TYPE "AttachmentOwnerKind" ADD VALUE 'appraisal_score';

-- CreateTable
CREATE TABLE "AppraisalTemplate" (
    "id" UUID NOT NULL,
    "countyId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "subjectKind" "AppraisalSubjectKind" NOT NULL,
    "periodKind" "AppraisalPeriodKind" NOT NULL,
    "ruleSet" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AppraisalTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppraisalCampaign" (
    "id" UUID NOT NULL,
    "countyId" UUID NOT NULL,
    "ownerTenantId" UUID,
    "templateId" UUID,
    "previousCampaignId" UUID,
    "title" TEXT NOT NULL,
    "subjectKind" "AppraisalSubjectKind" NOT NULL,
    "periodKind" "AppraisalPeriodKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "periodIndex" INTEGER,
    "recurring" BOOLEAN NOT NULL DEFAULT false,
    "state" "AppraisalCampaignState" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 0,
    "ruleSet" JSONB NOT NULL,
    "ruleSetVersion" INTEGER,
    "resultVersion" INTEGER NOT NULL DEFAULT 0,
    "publishRanking" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),
    "createdBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AppraisalCampaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppraisalPhase" (
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "kind" "AppraisalPhaseKind" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,

    CONSTRAINT "AppraisalPhase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppraisalEvaluatorGroup" (
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "kind" "AppraisalEvaluatorGroupKind" NOT NULL,
    "name" TEXT NOT NULL,
    "weight" DECIMAL(7,3) NOT NULL,
    "sizeMin" INTEGER,
    "sizeMax" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AppraisalEvaluatorGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppraisalRuleSet" (
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "rules" JSONB NOT NULL,
    "reason" TEXT,
    "frozenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "frozenBy" TEXT NOT NULL,

    CONSTRAINT "AppraisalRuleSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppraisalCampaignTransition" (
    "id" BIGSERIAL NOT NULL,
    "campaignId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "fromState" "AppraisalCampaignState",
    "toState" "AppraisalCampaignState" NOT NULL,
    "actorKind" TEXT NOT NULL,
    "actorUserId" UUID,
    "actorName" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "AppraisalCampaignTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppraisalSubject" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "kind" "AppraisalSubjectKind" NOT NULL,
    "name" TEXT NOT NULL,
    "villageId" UUID,
    "gridId" UUID,
    "deputyId" UUID,
    "handlingUnitId" UUID,
    "personName" TEXT,
    "selfReport" TEXT,
    "selfSubmittedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AppraisalSubject_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "AppraisalItemScore" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "subjectId" UUID NOT NULL,
    "itemKey" TEXT NOT NULL,
    "phase" "AppraisalPhaseKind" NOT NULL,
    "input" JSONB NOT NULL,
    "points" DECIMAL(12,3),
    "note" TEXT,
    "scoredById" UUID,
    "scorerName" TEXT NOT NULL,
    "scoredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AppraisalItemScore_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "AppraisalPhaseScore" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "subjectId" UUID NOT NULL,
    "phase" "AppraisalPhaseKind" NOT NULL,
    "score" DECIMAL(12,3),
    "detail" JSONB NOT NULL DEFAULT '{}',
    "enteredBy" TEXT NOT NULL,
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AppraisalPhaseScore_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "AppraisalResult" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "subjectId" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "ruleSetVersion" INTEGER NOT NULL,
    "total" DECIMAL(12,3),
    "standardScore" DECIMAL(12,3),
    "rank" INTEGER,
    "grade" TEXT,
    "subsidyAmount" DECIMAL(14,2),
    "breakdown" JSONB NOT NULL,
    "reason" TEXT,
    "computedBy" TEXT NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "AppraisalResult_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalTemplate_countyId_code_key" ON "AppraisalTemplate"("countyId", "code");

-- CreateIndex
CREATE INDEX "AppraisalCampaign_countyId_ownerTenantId_year_idx" ON "AppraisalCampaign"("countyId", "ownerTenantId", "year");

-- CreateIndex
CREATE INDEX "AppraisalCampaign_previousCampaignId_idx" ON "AppraisalCampaign"("previousCampaignId");

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalPhase_campaignId_kind_key" ON "AppraisalPhase"("campaignId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalEvaluatorGroup_campaignId_kind_name_key" ON "AppraisalEvaluatorGroup"("campaignId", "kind", "name");

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalRuleSet_campaignId_version_key" ON "AppraisalRuleSet"("campaignId", "version");

-- CreateIndex
CREATE INDEX "AppraisalCampaignTransition_campaignId_at_idx" ON "AppraisalCampaignTransition"("campaignId", "at");

-- CreateIndex
CREATE INDEX "AppraisalSubject_campaignId_idx" ON "AppraisalSubject"("campaignId");

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalSubject_tenantId_campaignId_name_key" ON "AppraisalSubject"("tenantId", "campaignId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalItemScore_tenantId_subjectId_itemKey_phase_key" ON "AppraisalItemScore"("tenantId", "subjectId", "itemKey", "phase");

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalPhaseScore_tenantId_subjectId_phase_key" ON "AppraisalPhaseScore"("tenantId", "subjectId", "phase");

-- CreateIndex
CREATE INDEX "AppraisalResult_campaignId_version_idx" ON "AppraisalResult"("campaignId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalResult_tenantId_subjectId_version_key" ON "AppraisalResult"("tenantId", "subjectId", "version");

-- AddForeignKey
ALTER TABLE "AppraisalTemplate" ADD CONSTRAINT "AppraisalTemplate_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalCampaign" ADD CONSTRAINT "AppraisalCampaign_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalCampaign" ADD CONSTRAINT "AppraisalCampaign_ownerTenantId_fkey" FOREIGN KEY ("ownerTenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalCampaign" ADD CONSTRAINT "AppraisalCampaign_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "AppraisalTemplate"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalCampaign" ADD CONSTRAINT "AppraisalCampaign_previousCampaignId_fkey" FOREIGN KEY ("previousCampaignId") REFERENCES "AppraisalCampaign"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalPhase" ADD CONSTRAINT "AppraisalPhase_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "AppraisalCampaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalEvaluatorGroup" ADD CONSTRAINT "AppraisalEvaluatorGroup_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "AppraisalCampaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalRuleSet" ADD CONSTRAINT "AppraisalRuleSet_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "AppraisalCampaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalCampaignTransition" ADD CONSTRAINT "AppraisalCampaignTransition_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "AppraisalCampaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalCampaignTransition" ADD CONSTRAINT "AppraisalCampaignTransition_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalSubject" ADD CONSTRAINT "AppraisalSubject_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalSubject" ADD CONSTRAINT "AppraisalSubject_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "AppraisalCampaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalSubject" ADD CONSTRAINT "AppraisalSubject_tenantId_villageId_fkey" FOREIGN KEY ("tenantId", "villageId") REFERENCES "Village"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalSubject" ADD CONSTRAINT "AppraisalSubject_tenantId_gridId_fkey" FOREIGN KEY ("tenantId", "gridId") REFERENCES "Grid"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalSubject" ADD CONSTRAINT "AppraisalSubject_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalSubject" ADD CONSTRAINT "AppraisalSubject_tenantId_handlingUnitId_fkey" FOREIGN KEY ("tenantId", "handlingUnitId") REFERENCES "HandlingUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalItemScore" ADD CONSTRAINT "AppraisalItemScore_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalItemScore" ADD CONSTRAINT "AppraisalItemScore_tenantId_subjectId_fkey" FOREIGN KEY ("tenantId", "subjectId") REFERENCES "AppraisalSubject"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalItemScore" ADD CONSTRAINT "AppraisalItemScore_scoredById_fkey" FOREIGN KEY ("scoredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalPhaseScore" ADD CONSTRAINT "AppraisalPhaseScore_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalPhaseScore" ADD CONSTRAINT "AppraisalPhaseScore_tenantId_subjectId_fkey" FOREIGN KEY ("tenantId", "subjectId") REFERENCES "AppraisalSubject"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalResult" ADD CONSTRAINT "AppraisalResult_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalResult" ADD CONSTRAINT "AppraisalResult_tenantId_subjectId_fkey" FOREIGN KEY ("tenantId", "subjectId") REFERENCES "AppraisalSubject"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AppraisalResult" ADD CONSTRAINT "AppraisalResult_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "AppraisalCampaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- CreateEnum
CREATE TYPE "SuggestionKind" AS ENUM ('suggestion', 'criticism', 'opinion', 'motion');

-- CreateEnum
CREATE TYPE "SuggestionSource" AS ENUM ('session', 'between_sessions');

-- CreateEnum
CREATE TYPE "SuggestionState" AS ENUM ('submitted', 'accepted', 'returned', 'merged', 'assigned', 'in_handling', 'replied', 'rehandling', 'closed');

-- CreateEnum
CREATE TYPE "SuggestionComplexity" AS ENUM ('standard', 'complex');

-- CreateEnum
CREATE TYPE "ReplyClass" AS ENUM ('A', 'B', 'C');

-- CreateEnum
CREATE TYPE "ReplyForm" AS ENUM ('written', 'face_to_face', 'both');

-- CreateEnum
CREATE TYPE "Resolution" AS ENUM ('in_progress', 'planned', 'solved', 'explained');

-- CreateEnum
CREATE TYPE "Satisfaction" AS ENUM ('satisfied', 'basically_satisfied', 'unsatisfied');

-- CreateEnum
CREATE TYPE "AssignmentRole" AS ENUM ('lead', 'co');

-- CreateEnum
CREATE TYPE "SupervisionKind" AS ENUM ('inspection', 'law_enforcement_check', 'survey', 'work_report_hearing', 'department_appraisal');

-- CreateEnum
CREATE TYPE "SupervisionPlanState" AS ENUM ('draft', 'approved');

-- CreateEnum
CREATE TYPE "SupervisionActivityState" AS ENUM ('planned', 'completed');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('deputy', 'presidium', 'staff', 'department', 'other');

-- CreateEnum
CREATE TYPE "RectificationSource" AS ENUM ('finding', 'deliberation_opinion', 'petition');

-- CreateEnum
CREATE TYPE "RectificationState" AS ENUM ('issued', 'in_progress', 'reported', 'verified', 'cancelled');

-- CreateEnum
CREATE TYPE "PetitionChannel" AS ENUM ('letter', 'visit', 'phone', 'online');

-- CreateEnum
CREATE TYPE "PetitionState" AS ENUM ('registered', 'forwarded', 'converted', 'closed');

-- CreateTable
CREATE TABLE "Suggestion" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "kind" "SuggestionKind" NOT NULL,
    "source" "SuggestionSource" NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "leadDeputyId" UUID NOT NULL,
    "submittedAt" DATE NOT NULL,
    "state" "SuggestionState" NOT NULL DEFAULT 'submitted',
    "version" INTEGER NOT NULL DEFAULT 0,
    "isKey" BOOLEAN NOT NULL DEFAULT false,
    "overdue" BOOLEAN NOT NULL DEFAULT false,
    "overdueSince" TIMESTAMP(3),
    "complexity" "SuggestionComplexity",
    "assignedAt" DATE,
    "dueAt" DATE,
    "replyClass" "ReplyClass",
    "replyForm" "ReplyForm",
    "replyContent" TEXT,
    "repliedAt" TIMESTAMP(3),
    "replyLate" BOOLEAN,
    "resolution" "Resolution",
    "resolutionNote" TEXT,
    "resolutionAt" TIMESTAMP(3),
    "satisfaction" "Satisfaction",
    "evaluatedAt" TIMESTAMP(3),
    "rehandlingRound" INTEGER NOT NULL DEFAULT 0,
    "mergedIntoId" UUID,
    "returnReason" TEXT,
    "closedAt" TIMESTAMP(3),
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Suggestion_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "SuggestionSigner" (
    "tenantId" UUID NOT NULL,
    "suggestionId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "deputyName" TEXT NOT NULL,
    "lead" BOOLEAN NOT NULL,

    CONSTRAINT "SuggestionSigner_pkey" PRIMARY KEY ("tenantId","suggestionId","deputyId")
);

-- CreateTable
CREATE TABLE "SuggestionAssignment" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "suggestionId" UUID NOT NULL,
    "role" "AssignmentRole" NOT NULL,
    "handlingUnitId" UUID,
    "departmentId" UUID,
    "unitName" TEXT NOT NULL,
    "assignedAt" DATE NOT NULL,
    "dueAt" DATE NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "SuggestionAssignment_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "SuggestionTransition" (
    "tenantId" UUID NOT NULL,
    "id" BIGSERIAL NOT NULL,
    "suggestionId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "fromState" "SuggestionState",
    "toState" "SuggestionState" NOT NULL,
    "actorKind" TEXT NOT NULL,
    "actorUserId" UUID,
    "actorName" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "SuggestionTransition_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "SuggestionAttachment" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "suggestionId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionAttachment_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "recipientUserId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "dedupeKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "SavedFilter" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "list" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "filter" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedFilter_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "SupervisionPlan" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "state" "SupervisionPlanState" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 0,
    "approvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupervisionPlan_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "SupervisionPlanItem" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "kind" "SupervisionKind" NOT NULL,
    "title" TEXT NOT NULL,
    "subject" TEXT,
    "plannedMonth" INTEGER,

    CONSTRAINT "SupervisionPlanItem_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "SupervisionActivity" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "planItemId" UUID,
    "kind" "SupervisionKind" NOT NULL,
    "title" TEXT NOT NULL,
    "subject" TEXT,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "location" TEXT,
    "jointWithCounty" BOOLEAN NOT NULL DEFAULT false,
    "state" "SupervisionActivityState" NOT NULL DEFAULT 'planned',
    "report" TEXT,
    "reportedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupervisionActivity_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "SupervisionParticipant" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "role" "ParticipantRole" NOT NULL,
    "deputyId" UUID,

    CONSTRAINT "SupervisionParticipant_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Rectification" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "source" "RectificationSource" NOT NULL,
    "activityId" UUID,
    "petitionId" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "requirement" TEXT,
    "handlingUnitId" UUID,
    "departmentId" UUID,
    "unitName" TEXT NOT NULL,
    "issuedAt" DATE NOT NULL,
    "dueAt" DATE NOT NULL,
    "state" "RectificationState" NOT NULL DEFAULT 'issued',
    "version" INTEGER NOT NULL DEFAULT 0,
    "isKey" BOOLEAN NOT NULL DEFAULT false,
    "overdue" BOOLEAN NOT NULL DEFAULT false,
    "overdueSince" TIMESTAMP(3),
    "reportContent" TEXT,
    "reportedAt" TIMESTAMP(3),
    "reportLate" BOOLEAN,
    "verifiedAt" TIMESTAMP(3),
    "rejectCount" INTEGER NOT NULL DEFAULT 0,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Rectification_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "RectificationTransition" (
    "tenantId" UUID NOT NULL,
    "id" BIGSERIAL NOT NULL,
    "rectificationId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "fromState" "RectificationState",
    "toState" "RectificationState" NOT NULL,
    "actorKind" TEXT NOT NULL,
    "actorUserId" UUID,
    "actorName" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "RectificationTransition_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Petition" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "receivedAt" DATE NOT NULL,
    "channel" "PetitionChannel" NOT NULL,
    "petitionerName" TEXT NOT NULL,
    "petitionerContact" TEXT,
    "category" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "state" "PetitionState" NOT NULL DEFAULT 'registered',
    "version" INTEGER NOT NULL DEFAULT 0,
    "feedback" TEXT,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Petition_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "PetitionTransition" (
    "tenantId" UUID NOT NULL,
    "id" BIGSERIAL NOT NULL,
    "petitionId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "fromState" "PetitionState",
    "toState" "PetitionState" NOT NULL,
    "actorUserId" UUID,
    "actorName" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "PetitionTransition_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateIndex
CREATE INDEX "Suggestion_tenantId_state_idx" ON "Suggestion"("tenantId", "state");

-- CreateIndex
CREATE INDEX "Suggestion_tenantId_dueAt_idx" ON "Suggestion"("tenantId", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Suggestion_tenantId_number_key" ON "Suggestion"("tenantId", "number");

-- CreateIndex
CREATE INDEX "SuggestionSigner_tenantId_deputyId_idx" ON "SuggestionSigner"("tenantId", "deputyId");

-- CreateIndex
CREATE INDEX "SuggestionAssignment_tenantId_handlingUnitId_idx" ON "SuggestionAssignment"("tenantId", "handlingUnitId");

-- CreateIndex
CREATE INDEX "SuggestionAssignment_departmentId_idx" ON "SuggestionAssignment"("departmentId");

-- CreateIndex
CREATE INDEX "SuggestionAssignment_tenantId_suggestionId_idx" ON "SuggestionAssignment"("tenantId", "suggestionId");

-- CreateIndex
CREATE INDEX "SuggestionTransition_tenantId_suggestionId_at_idx" ON "SuggestionTransition"("tenantId", "suggestionId", "at");

-- CreateIndex
CREATE INDEX "SuggestionTransition_tenantId_action_at_idx" ON "SuggestionTransition"("tenantId", "action", "at");

-- CreateIndex
CREATE INDEX "SuggestionAttachment_tenantId_suggestionId_idx" ON "SuggestionAttachment"("tenantId", "suggestionId");

-- CreateIndex
CREATE INDEX "Notification_recipientUserId_readAt_idx" ON "Notification"("recipientUserId", "readAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_tenantId_recipientUserId_dedupeKey_key" ON "Notification"("tenantId", "recipientUserId", "dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "SavedFilter_tenantId_userId_list_name_key" ON "SavedFilter"("tenantId", "userId", "list", "name");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionPlan_tenantId_year_key" ON "SupervisionPlan"("tenantId", "year");

-- CreateIndex
CREATE INDEX "SupervisionPlanItem_tenantId_planId_idx" ON "SupervisionPlanItem"("tenantId", "planId");

-- CreateIndex
CREATE INDEX "SupervisionActivity_tenantId_startDate_idx" ON "SupervisionActivity"("tenantId", "startDate");

-- CreateIndex
CREATE INDEX "SupervisionParticipant_tenantId_activityId_idx" ON "SupervisionParticipant"("tenantId", "activityId");

-- CreateIndex
CREATE INDEX "Rectification_tenantId_state_idx" ON "Rectification"("tenantId", "state");

-- CreateIndex
CREATE INDEX "Rectification_tenantId_handlingUnitId_idx" ON "Rectification"("tenantId", "handlingUnitId");

-- CreateIndex
CREATE INDEX "Rectification_departmentId_idx" ON "Rectification"("departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Rectification_tenantId_number_key" ON "Rectification"("tenantId", "number");

-- CreateIndex
CREATE INDEX "RectificationTransition_tenantId_rectificationId_at_idx" ON "RectificationTransition"("tenantId", "rectificationId", "at");

-- CreateIndex
CREATE INDEX "Petition_tenantId_state_idx" ON "Petition"("tenantId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "Petition_tenantId_number_key" ON "Petition"("tenantId", "number");

-- CreateIndex
CREATE INDEX "PetitionTransition_tenantId_petitionId_at_idx" ON "PetitionTransition"("tenantId", "petitionId", "at");

-- AddForeignKey
ALTER TABLE "SuggestionSigner" ADD CONSTRAINT "SuggestionSigner_tenantId_suggestionId_fkey" FOREIGN KEY ("tenantId", "suggestionId") REFERENCES "Suggestion"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionAssignment" ADD CONSTRAINT "SuggestionAssignment_tenantId_suggestionId_fkey" FOREIGN KEY ("tenantId", "suggestionId") REFERENCES "Suggestion"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionTransition" ADD CONSTRAINT "SuggestionTransition_tenantId_suggestionId_fkey" FOREIGN KEY ("tenantId", "suggestionId") REFERENCES "Suggestion"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionAttachment" ADD CONSTRAINT "SuggestionAttachment_tenantId_suggestionId_fkey" FOREIGN KEY ("tenantId", "suggestionId") REFERENCES "Suggestion"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionPlanItem" ADD CONSTRAINT "SupervisionPlanItem_tenantId_planId_fkey" FOREIGN KEY ("tenantId", "planId") REFERENCES "SupervisionPlan"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionActivity" ADD CONSTRAINT "SupervisionActivity_tenantId_planItemId_fkey" FOREIGN KEY ("tenantId", "planItemId") REFERENCES "SupervisionPlanItem"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionParticipant" ADD CONSTRAINT "SupervisionParticipant_tenantId_activityId_fkey" FOREIGN KEY ("tenantId", "activityId") REFERENCES "SupervisionActivity"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_tenantId_activityId_fkey" FOREIGN KEY ("tenantId", "activityId") REFERENCES "SupervisionActivity"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_tenantId_petitionId_fkey" FOREIGN KEY ("tenantId", "petitionId") REFERENCES "Petition"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationTransition" ADD CONSTRAINT "RectificationTransition_tenantId_rectificationId_fkey" FOREIGN KEY ("tenantId", "rectificationId") REFERENCES "Rectification"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PetitionTransition" ADD CONSTRAINT "PetitionTransition_tenantId_petitionId_fkey" FOREIGN KEY ("tenantId", "petitionId") REFERENCES "Petition"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

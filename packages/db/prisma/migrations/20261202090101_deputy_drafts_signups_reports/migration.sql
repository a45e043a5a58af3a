-- CreateEnum
CREATE TYPE "ActivitySignUpResponse" AS ENUM ('invited', 'signed_up', 'declined');

-- CreateEnum
CREATE TYPE "DutyReportState" AS ENUM ('draft', 'submitted');

-- CreateEnum
CREATE TYPE "SuggestionDraftState" AS ENUM ('draft', 'cosigning', 'submitted');

-- CreateEnum
CREATE TYPE "CoSignResponse" AS ENUM ('pending', 'confirmed', 'declined');

-- AlterTable
ALTER TABLE "DutyActivity" ADD COLUMN     "openToAllDeputies" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "DutyActivitySignUp" (
    "tenantId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "invited" BOOLEAN NOT NULL,
    "response" "ActivitySignUpResponse" NOT NULL,
    "respondedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DutyActivitySignUp_pkey" PRIMARY KEY ("tenantId","activityId","deputyId")
);

-- CreateTable
CREATE TABLE "DutyReport" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "state" "DutyReportState" NOT NULL DEFAULT 'draft',
    "submittedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DutyReport_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "SuggestionDraft" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "authorDeputyId" UUID NOT NULL,
    "kind" "SuggestionKind" NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "state" "SuggestionDraftState" NOT NULL DEFAULT 'draft',
    "suggestionId" UUID,
    "submittedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SuggestionDraft_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "SuggestionDraftCoSigner" (
    "tenantId" UUID NOT NULL,
    "draftId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "response" "CoSignResponse" NOT NULL DEFAULT 'pending',
    "respondedAt" TIMESTAMP(3),

    CONSTRAINT "SuggestionDraftCoSigner_pkey" PRIMARY KEY ("tenantId","draftId","deputyId")
);

-- CreateIndex
CREATE INDEX "DutyActivitySignUp_tenantId_deputyId_idx" ON "DutyActivitySignUp"("tenantId", "deputyId");

-- CreateIndex
CREATE INDEX "DutyReport_tenantId_year_state_idx" ON "DutyReport"("tenantId", "year", "state");

-- CreateIndex
CREATE UNIQUE INDEX "DutyReport_tenantId_deputyId_year_key" ON "DutyReport"("tenantId", "deputyId", "year");

-- CreateIndex
CREATE INDEX "SuggestionDraft_tenantId_authorDeputyId_idx" ON "SuggestionDraft"("tenantId", "authorDeputyId");

-- CreateIndex
CREATE UNIQUE INDEX "SuggestionDraft_tenantId_suggestionId_key" ON "SuggestionDraft"("tenantId", "suggestionId");

-- CreateIndex
CREATE INDEX "SuggestionDraftCoSigner_tenantId_deputyId_idx" ON "SuggestionDraftCoSigner"("tenantId", "deputyId");

-- AddForeignKey
ALTER TABLE "DutyActivitySignUp" ADD CONSTRAINT "DutyActivitySignUp_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DutyActivitySignUp" ADD CONSTRAINT "DutyActivitySignUp_tenantId_activityId_fkey" FOREIGN KEY ("tenantId", "activityId") REFERENCES "DutyActivity"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DutyActivitySignUp" ADD CONSTRAINT "DutyActivitySignUp_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DutyReport" ADD CONSTRAINT "DutyReport_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DutyReport" ADD CONSTRAINT "DutyReport_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionDraft" ADD CONSTRAINT "SuggestionDraft_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionDraft" ADD CONSTRAINT "SuggestionDraft_tenantId_authorDeputyId_fkey" FOREIGN KEY ("tenantId", "authorDeputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionDraft" ADD CONSTRAINT "SuggestionDraft_tenantId_suggestionId_fkey" FOREIGN KEY ("tenantId", "suggestionId") REFERENCES "Suggestion"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionDraftCoSigner" ADD CONSTRAINT "SuggestionDraftCoSigner_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionDraftCoSigner" ADD CONSTRAINT "SuggestionDraftCoSigner_tenantId_draftId_fkey" FOREIGN KEY ("tenantId", "draftId") REFERENCES "SuggestionDraft"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionDraftCoSigner" ADD CONSTRAINT "SuggestionDraftCoSigner_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

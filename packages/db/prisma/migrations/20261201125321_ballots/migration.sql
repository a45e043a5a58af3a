-- CreateEnum
CREATE TYPE "DemocraticEvaluationStatus" AS ENUM ('open', 'closed');

-- CreateTable
CREATE TABLE "DemocraticEvaluation" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "grades" TEXT[],
    "gradePoints" INTEGER[],
    "subjects" JSONB NOT NULL,
    "items" JSONB NOT NULL,
    "heldOn" DATE NOT NULL,
    "status" "DemocraticEvaluationStatus" NOT NULL DEFAULT 'open',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DemocraticEvaluation_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "EvaluationGroup" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "evaluationId" UUID NOT NULL,
    "evaluatorGroupId" UUID NOT NULL,
    "size" INTEGER NOT NULL,
    "codesIssued" INTEGER NOT NULL DEFAULT 0,
    "codesCancelled" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EvaluationGroup_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "BallotCode" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "evaluationId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "serial" INTEGER NOT NULL,
    "codeHash" BYTEA NOT NULL,
    "issuedOn" DATE NOT NULL,

    CONSTRAINT "BallotCode_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Ballot" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "evaluationId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "castOn" DATE NOT NULL,
    "content" JSONB NOT NULL,

    CONSTRAINT "Ballot_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateIndex
CREATE INDEX "DemocraticEvaluation_tenantId_campaignId_idx" ON "DemocraticEvaluation"("tenantId", "campaignId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationGroup_tenantId_evaluationId_evaluatorGroupId_key" ON "EvaluationGroup"("tenantId", "evaluationId", "evaluatorGroupId");

-- CreateIndex
CREATE UNIQUE INDEX "BallotCode_tenantId_evaluationId_codeHash_key" ON "BallotCode"("tenantId", "evaluationId", "codeHash");

-- CreateIndex
CREATE UNIQUE INDEX "BallotCode_tenantId_groupId_serial_key" ON "BallotCode"("tenantId", "groupId", "serial");

-- CreateIndex
CREATE INDEX "Ballot_tenantId_evaluationId_groupId_idx" ON "Ballot"("tenantId", "evaluationId", "groupId");

-- AddForeignKey
ALTER TABLE "DemocraticEvaluation" ADD CONSTRAINT "DemocraticEvaluation_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DemocraticEvaluation" ADD CONSTRAINT "DemocraticEvaluation_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "AppraisalCampaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "EvaluationGroup" ADD CONSTRAINT "EvaluationGroup_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "EvaluationGroup" ADD CONSTRAINT "EvaluationGroup_tenantId_evaluationId_fkey" FOREIGN KEY ("tenantId", "evaluationId") REFERENCES "DemocraticEvaluation"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "EvaluationGroup" ADD CONSTRAINT "EvaluationGroup_evaluatorGroupId_fkey" FOREIGN KEY ("evaluatorGroupId") REFERENCES "AppraisalEvaluatorGroup"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "BallotCode" ADD CONSTRAINT "BallotCode_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "BallotCode" ADD CONSTRAINT "BallotCode_tenantId_evaluationId_fkey" FOREIGN KEY ("tenantId", "evaluationId") REFERENCES "DemocraticEvaluation"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "BallotCode" ADD CONSTRAINT "BallotCode_tenantId_groupId_fkey" FOREIGN KEY ("tenantId", "groupId") REFERENCES "EvaluationGroup"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_tenantId_evaluationId_fkey" FOREIGN KEY ("tenantId", "evaluationId") REFERENCES "DemocraticEvaluation"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_tenantId_groupId_fkey" FOREIGN KEY ("tenantId", "groupId") REFERENCES "EvaluationGroup"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

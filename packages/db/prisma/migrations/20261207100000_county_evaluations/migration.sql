-- CreateTable
CREATE TABLE "CountyDemocraticEvaluation" (
    "countyId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "countyDepartmentId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "grades" TEXT[],
    "gradePoints" INTEGER[],
    "subjects" JSONB NOT NULL,
    "items" JSONB NOT NULL,
    "heldOn" DATE NOT NULL,
    "status" "DemocraticEvaluationStatus" NOT NULL DEFAULT 'open',
    "memberKey" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CountyDemocraticEvaluation_pkey" PRIMARY KEY ("countyId","id")
);

-- CreateTable
CREATE TABLE "CountyEvaluationGroup" (
    "countyId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "evaluationId" UUID NOT NULL,
    "evaluatorGroupId" UUID NOT NULL,
    "size" INTEGER NOT NULL,
    "codesIssued" INTEGER NOT NULL DEFAULT 0,
    "codesCancelled" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CountyEvaluationGroup_pkey" PRIMARY KEY ("countyId","id")
);

-- CreateTable
CREATE TABLE "CountyBallotCode" (
    "countyId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "evaluationId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "serial" INTEGER,
    "codeHash" BYTEA NOT NULL,
    "issuedOn" DATE NOT NULL,

    CONSTRAINT "CountyBallotCode_pkey" PRIMARY KEY ("countyId","id")
);

-- CreateTable
CREATE TABLE "CountyBallot" (
    "countyId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "evaluationId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "castOn" DATE NOT NULL,
    "content" JSONB NOT NULL,

    CONSTRAINT "CountyBallot_pkey" PRIMARY KEY ("countyId","id")
);

-- CreateTable
CREATE TABLE "CountyEvaluationMember" (
    "countyId" UUID NOT NULL,
    "evaluationId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "CountyEvaluationMember_pkey" PRIMARY KEY ("countyId","evaluationId","userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "CountyDemocraticEvaluation_countyId_campaignId_countyDepart_key" ON "CountyDemocraticEvaluation"("countyId", "campaignId", "countyDepartmentId");

-- CreateIndex
CREATE UNIQUE INDEX "CountyEvaluationGroup_countyId_evaluationId_evaluatorGroupI_key" ON "CountyEvaluationGroup"("countyId", "evaluationId", "evaluatorGroupId");

-- CreateIndex
CREATE UNIQUE INDEX "CountyBallotCode_countyId_evaluationId_codeHash_key" ON "CountyBallotCode"("countyId", "evaluationId", "codeHash");

-- CreateIndex
CREATE UNIQUE INDEX "CountyBallotCode_countyId_groupId_serial_key" ON "CountyBallotCode"("countyId", "groupId", "serial");

-- CreateIndex
CREATE INDEX "CountyBallot_countyId_evaluationId_groupId_idx" ON "CountyBallot"("countyId", "evaluationId", "groupId");

-- CreateIndex
CREATE INDEX "CountyEvaluationMember_countyId_groupId_idx" ON "CountyEvaluationMember"("countyId", "groupId");

-- AddForeignKey
ALTER TABLE "CountyDemocraticEvaluation" ADD CONSTRAINT "CountyDemocraticEvaluation_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyDemocraticEvaluation" ADD CONSTRAINT "CountyDemocraticEvaluation_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "AppraisalCampaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyDemocraticEvaluation" ADD CONSTRAINT "CountyDemocraticEvaluation_countyId_countyDepartmentId_fkey" FOREIGN KEY ("countyId", "countyDepartmentId") REFERENCES "CountyDepartment"("countyId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyEvaluationGroup" ADD CONSTRAINT "CountyEvaluationGroup_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyEvaluationGroup" ADD CONSTRAINT "CountyEvaluationGroup_countyId_evaluationId_fkey" FOREIGN KEY ("countyId", "evaluationId") REFERENCES "CountyDemocraticEvaluation"("countyId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyEvaluationGroup" ADD CONSTRAINT "CountyEvaluationGroup_evaluatorGroupId_fkey" FOREIGN KEY ("evaluatorGroupId") REFERENCES "AppraisalEvaluatorGroup"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyBallotCode" ADD CONSTRAINT "CountyBallotCode_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyBallotCode" ADD CONSTRAINT "CountyBallotCode_countyId_evaluationId_fkey" FOREIGN KEY ("countyId", "evaluationId") REFERENCES "CountyDemocraticEvaluation"("countyId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyBallotCode" ADD CONSTRAINT "CountyBallotCode_countyId_groupId_fkey" FOREIGN KEY ("countyId", "groupId") REFERENCES "CountyEvaluationGroup"("countyId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyBallot" ADD CONSTRAINT "CountyBallot_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyBallot" ADD CONSTRAINT "CountyBallot_countyId_evaluationId_fkey" FOREIGN KEY ("countyId", "evaluationId") REFERENCES "CountyDemocraticEvaluation"("countyId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyBallot" ADD CONSTRAINT "CountyBallot_countyId_groupId_fkey" FOREIGN KEY ("countyId", "groupId") REFERENCES "CountyEvaluationGroup"("countyId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyEvaluationMember" ADD CONSTRAINT "CountyEvaluationMember_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyEvaluationMember" ADD CONSTRAINT "CountyEvaluationMember_countyId_evaluationId_fkey" FOREIGN KEY ("countyId", "evaluationId") REFERENCES "CountyDemocraticEvaluation"("countyId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyEvaluationMember" ADD CONSTRAINT "CountyEvaluationMember_countyId_groupId_fkey" FOREIGN KEY ("countyId", "groupId") REFERENCES "CountyEvaluationGroup"("countyId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyEvaluationMember" ADD CONSTRAINT "CountyEvaluationMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

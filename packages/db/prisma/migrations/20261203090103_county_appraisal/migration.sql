-- CreateTable
CREATE TABLE "CountyAppraisalSubject" (
    "countyId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "kind" "AppraisalSubjectKind" NOT NULL,
    "countyDepartmentId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "personName" TEXT,
    "selfReport" TEXT,
    "selfSubmittedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CountyAppraisalSubject_pkey" PRIMARY KEY ("countyId","id")
);

-- CreateTable
CREATE TABLE "CountyAppraisalItemScore" (
    "countyId" UUID NOT NULL,
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

    CONSTRAINT "CountyAppraisalItemScore_pkey" PRIMARY KEY ("countyId","id")
);

-- CreateTable
CREATE TABLE "CountyAppraisalPhaseScore" (
    "countyId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "subjectId" UUID NOT NULL,
    "phase" "AppraisalPhaseKind" NOT NULL,
    "score" DECIMAL(12,3),
    "detail" JSONB NOT NULL DEFAULT '{}',
    "enteredBy" TEXT NOT NULL,
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CountyAppraisalPhaseScore_pkey" PRIMARY KEY ("countyId","id")
);

-- CreateTable
CREATE TABLE "CountyAppraisalResult" (
    "countyId" UUID NOT NULL,
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

    CONSTRAINT "CountyAppraisalResult_pkey" PRIMARY KEY ("countyId","id")
);

-- CreateIndex
CREATE INDEX "CountyAppraisalSubject_campaignId_idx" ON "CountyAppraisalSubject"("campaignId");

-- CreateIndex
CREATE UNIQUE INDEX "CountyAppraisalSubject_countyId_campaignId_countyDepartment_key" ON "CountyAppraisalSubject"("countyId", "campaignId", "countyDepartmentId");

-- CreateIndex
CREATE UNIQUE INDEX "CountyAppraisalItemScore_countyId_subjectId_itemKey_phase_key" ON "CountyAppraisalItemScore"("countyId", "subjectId", "itemKey", "phase");

-- CreateIndex
CREATE UNIQUE INDEX "CountyAppraisalPhaseScore_countyId_subjectId_phase_key" ON "CountyAppraisalPhaseScore"("countyId", "subjectId", "phase");

-- CreateIndex
CREATE INDEX "CountyAppraisalResult_campaignId_version_idx" ON "CountyAppraisalResult"("campaignId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "CountyAppraisalResult_countyId_subjectId_version_key" ON "CountyAppraisalResult"("countyId", "subjectId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "CountyDepartment_countyId_id_key" ON "CountyDepartment"("countyId", "id");

-- AddForeignKey
ALTER TABLE "CountyAppraisalSubject" ADD CONSTRAINT "CountyAppraisalSubject_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyAppraisalSubject" ADD CONSTRAINT "CountyAppraisalSubject_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "AppraisalCampaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyAppraisalSubject" ADD CONSTRAINT "CountyAppraisalSubject_countyId_countyDepartmentId_fkey" FOREIGN KEY ("countyId", "countyDepartmentId") REFERENCES "CountyDepartment"("countyId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyAppraisalItemScore" ADD CONSTRAINT "CountyAppraisalItemScore_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyAppraisalItemScore" ADD CONSTRAINT "CountyAppraisalItemScore_countyId_subjectId_fkey" FOREIGN KEY ("countyId", "subjectId") REFERENCES "CountyAppraisalSubject"("countyId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyAppraisalItemScore" ADD CONSTRAINT "CountyAppraisalItemScore_scoredById_fkey" FOREIGN KEY ("scoredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyAppraisalPhaseScore" ADD CONSTRAINT "CountyAppraisalPhaseScore_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyAppraisalPhaseScore" ADD CONSTRAINT "CountyAppraisalPhaseScore_countyId_subjectId_fkey" FOREIGN KEY ("countyId", "subjectId") REFERENCES "CountyAppraisalSubject"("countyId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyAppraisalResult" ADD CONSTRAINT "CountyAppraisalResult_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyAppraisalResult" ADD CONSTRAINT "CountyAppraisalResult_countyId_subjectId_fkey" FOREIGN KEY ("countyId", "subjectId") REFERENCES "CountyAppraisalSubject"("countyId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyAppraisalResult" ADD CONSTRAINT "CountyAppraisalResult_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "AppraisalCampaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

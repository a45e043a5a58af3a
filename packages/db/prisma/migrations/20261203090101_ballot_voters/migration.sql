-- CreateTable
CREATE TABLE "BallotVoter" (
    "tenantId" UUID NOT NULL,
    "evaluationId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "BallotVoter_pkey" PRIMARY KEY ("tenantId","evaluationId","userId")
);

-- AddForeignKey
ALTER TABLE "BallotVoter" ADD CONSTRAINT "BallotVoter_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "BallotVoter" ADD CONSTRAINT "BallotVoter_tenantId_evaluationId_fkey" FOREIGN KEY ("tenantId", "evaluationId") REFERENCES "DemocraticEvaluation"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "BallotVoter" ADD CONSTRAINT "BallotVoter_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

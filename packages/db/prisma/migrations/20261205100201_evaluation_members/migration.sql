-- DropForeignKey
ALTER TABLE "BallotVoter" DROP CONSTRAINT "BallotVoter_tenantId_evaluationId_fkey";

-- DropForeignKey
ALTER TABLE "BallotVoter" DROP CONSTRAINT "BallotVoter_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "BallotVoter" DROP CONSTRAINT "BallotVoter_userId_fkey";

-- AlterTable
ALTER TABLE "BallotCode" ALTER COLUMN "serial" DROP NOT NULL;

-- AlterTable
ALTER TABLE "DemocraticEvaluation" ADD COLUMN     "memberKey" INTEGER NOT NULL DEFAULT 0;

-- DropTable
DROP TABLE "BallotVoter";

-- CreateTable
CREATE TABLE "EvaluationMember" (
    "tenantId" UUID NOT NULL,
    "evaluationId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "EvaluationMember_pkey" PRIMARY KEY ("tenantId","evaluationId","userId")
);

-- CreateIndex
CREATE INDEX "EvaluationMember_tenantId_groupId_idx" ON "EvaluationMember"("tenantId", "groupId");

-- AddForeignKey
ALTER TABLE "EvaluationMember" ADD CONSTRAINT "EvaluationMember_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "EvaluationMember" ADD CONSTRAINT "EvaluationMember_tenantId_evaluationId_fkey" FOREIGN KEY ("tenantId", "evaluationId") REFERENCES "DemocraticEvaluation"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "EvaluationMember" ADD CONSTRAINT "EvaluationMember_tenantId_groupId_fkey" FOREIGN KEY ("tenantId", "groupId") REFERENCES "EvaluationGroup"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "EvaluationMember" ADD CONSTRAINT "EvaluationMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

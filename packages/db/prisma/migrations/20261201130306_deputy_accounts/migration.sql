-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'deputy';

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "deputyId" UUID;

-- CreateTable
CREATE TABLE "SuggestionEvaluation" (
    "tenantId" UUID NOT NULL,
    "suggestionId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "rating" "Satisfaction" NOT NULL,
    "comment" TEXT,
    "enteredByOffice" BOOLEAN NOT NULL,
    "actorUserId" UUID,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SuggestionEvaluation_pkey" PRIMARY KEY ("tenantId","suggestionId","deputyId","round")
);

-- CreateIndex
CREATE INDEX "SuggestionEvaluation_tenantId_deputyId_idx" ON "SuggestionEvaluation"("tenantId", "deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_tenantId_deputyId_key" ON "Membership"("tenantId", "deputyId");

-- AddForeignKey
ALTER TABLE "SuggestionEvaluation" ADD CONSTRAINT "SuggestionEvaluation_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionEvaluation" ADD CONSTRAINT "SuggestionEvaluation_tenantId_suggestionId_fkey" FOREIGN KEY ("tenantId", "suggestionId") REFERENCES "Suggestion"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionEvaluation" ADD CONSTRAINT "SuggestionEvaluation_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionEvaluation" ADD CONSTRAINT "SuggestionEvaluation_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

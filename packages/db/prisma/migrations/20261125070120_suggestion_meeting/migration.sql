-- AlterTable
ALTER TABLE "Suggestion" ADD COLUMN     "meetingId" UUID;

-- CreateIndex
CREATE INDEX "Suggestion_tenantId_meetingId_idx" ON "Suggestion"("tenantId", "meetingId");

-- AlterTable
ALTER TABLE "GridEvent" ADD COLUMN     "firstClosedAt" TIMESTAMP(3),
ADD COLUMN     "firstEscalatedAt" TIMESTAMP(3),
ADD COLUMN     "firstOverdueAt" TIMESTAMP(3),
ADD COLUMN     "firstRefusedAt" TIMESTAMP(3),
ADD COLUMN     "firstReopenedAt" TIMESTAMP(3),
ADD COLUMN     "firstReturnedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "GridEvent_tenantId_reportedAt_idx" ON "GridEvent"("tenantId", "reportedAt");

-- CreateIndex
CREATE INDEX "GridEvent_tenantId_firstClosedAt_idx" ON "GridEvent"("tenantId", "firstClosedAt");

-- CreateIndex
CREATE INDEX "GridEvent_tenantId_followUpAt_idx" ON "GridEvent"("tenantId", "followUpAt");

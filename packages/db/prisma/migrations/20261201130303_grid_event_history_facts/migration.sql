-- AlterTable
ALTER TABLE "GridEvent" ADD COLUMN     "firstAcceptedAt" TIMESTAMP(3),
ADD COLUMN     "firstClosedAt" TIMESTAMP(3),
ADD COLUMN     "firstDispatchedAt" TIMESTAMP(3),
ADD COLUMN     "firstEscalatedAt" TIMESTAMP(3),
ADD COLUMN     "firstFedBackAt" TIMESTAMP(3),
ADD COLUMN     "firstOverdueAt" TIMESTAMP(3),
ADD COLUMN     "firstRefusedAt" TIMESTAMP(3),
ADD COLUMN     "firstReopenedAt" TIMESTAMP(3),
ADD COLUMN     "firstReturnedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "GridEvent_tenantId_reportedAt_idx" ON "GridEvent"("tenantId", "reportedAt");

-- CreateIndex
CREATE INDEX "GridEvent_tenantId_firstAcceptedAt_idx" ON "GridEvent"("tenantId", "firstAcceptedAt");

-- CreateIndex
CREATE INDEX "GridEvent_tenantId_firstDispatchedAt_idx" ON "GridEvent"("tenantId", "firstDispatchedAt");

-- CreateIndex
CREATE INDEX "GridEvent_tenantId_firstFedBackAt_idx" ON "GridEvent"("tenantId", "firstFedBackAt");

-- CreateIndex
CREATE INDEX "GridEvent_tenantId_firstClosedAt_idx" ON "GridEvent"("tenantId", "firstClosedAt");

-- CreateIndex
CREATE INDEX "GridEvent_tenantId_followUpAt_idx" ON "GridEvent"("tenantId", "followUpAt");

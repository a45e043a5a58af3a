-- AlterTable
ALTER TABLE "SupervisionActivity" ADD COLUMN     "dutyActivityId" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionActivity_tenantId_dutyActivityId_key" ON "SupervisionActivity"("tenantId", "dutyActivityId");

-- AddForeignKey
ALTER TABLE "SupervisionActivity" ADD CONSTRAINT "SupervisionActivity_tenantId_dutyActivityId_fkey" FOREIGN KEY ("tenantId", "dutyActivityId") REFERENCES "DutyActivity"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

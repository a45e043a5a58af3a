-- DropIndex
DROP INDEX "CountyAppraisalSubject_countyId_campaignId_countyDepartment_key";

-- AlterTable
ALTER TABLE "AppraisalCampaign" ADD COLUMN     "countyHome" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "CountyAppraisalSubject_countyId_campaignId_countyDepartment_key" ON "CountyAppraisalSubject"("countyId", "campaignId", "countyDepartmentId", "kind", "personName");

-- The campaigns already in the county home: the county's over departments (docs/decisions-appraisal6.md).
UPDATE "AppraisalCampaign" SET "countyHome" = true WHERE "ownerTenantId" IS NULL AND "subjectKind" = 'department';

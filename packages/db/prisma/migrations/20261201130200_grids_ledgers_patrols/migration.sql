-- CreateEnum
CREATE TYPE "GridMemberRole" AS ENUM ('head', 'deputy_head', 'supervisor', 'worker');

-- CreateEnum
CREATE TYPE "LedgerObjectKind" AS ENUM ('enterprise', 'livestock_farm', 'construction_site', 'river_section', 'drinking_water_source', 'other');

-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('high', 'medium', 'low');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AttachmentOwnerKind" ADD VALUE 'patrol';
ALTER TYPE "AttachmentOwnerKind" ADD VALUE 'responsibility_letter';

-- AlterTable
ALTER TABLE "Grid" ADD COLUMN     "areaDescription" TEXT,
ADD COLUMN     "duties" TEXT,
ADD COLUMN     "parentId" UUID,
ADD COLUMN     "rewardsPenalties" TEXT,
ADD COLUMN     "tasks" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "GridMember" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "gridId" UUID NOT NULL,
    "role" "GridMemberRole" NOT NULL,
    "userId" UUID,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GridMember_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "ResponsibilityLetter" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "gridId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "issuerParty" TEXT NOT NULL,
    "signerParty" TEXT NOT NULL,
    "signedOn" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResponsibilityLetter_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "GridGuarantee" (
    "id" UUID NOT NULL,
    "countyId" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "departmentId" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedBy" TEXT,

    CONSTRAINT "GridGuarantee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerObject" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "gridId" UUID NOT NULL,
    "kind" "LedgerObjectKind" NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "responsiblePerson" TEXT,
    "responsiblePhone" TEXT,
    "riskLevel" "RiskLevel" NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LedgerObject_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Patrol" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "gridId" UUID NOT NULL,
    "patrollerId" UUID,
    "patrollerName" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3) NOT NULL,
    "findings" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Patrol_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "LedgerInspection" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "ledgerObjectId" UUID NOT NULL,
    "patrolId" UUID,
    "inspectedAt" TIMESTAMP(3) NOT NULL,
    "inspectorName" TEXT NOT NULL,
    "problemFound" BOOLEAN NOT NULL DEFAULT false,
    "finding" TEXT,

    CONSTRAINT "LedgerInspection_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateIndex
CREATE INDEX "GridMember_tenantId_userId_idx" ON "GridMember"("tenantId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "GridMember_tenantId_gridId_userId_key" ON "GridMember"("tenantId", "gridId", "userId");

-- CreateIndex
CREATE INDEX "ResponsibilityLetter_tenantId_gridId_idx" ON "ResponsibilityLetter"("tenantId", "gridId");

-- CreateIndex
CREATE UNIQUE INDEX "GridGuarantee_townshipId_key" ON "GridGuarantee"("townshipId");

-- CreateIndex
CREATE INDEX "GridGuarantee_countyId_idx" ON "GridGuarantee"("countyId");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerObject_tenantId_gridId_name_key" ON "LedgerObject"("tenantId", "gridId", "name");

-- CreateIndex
CREATE INDEX "Patrol_tenantId_gridId_startedAt_idx" ON "Patrol"("tenantId", "gridId", "startedAt");

-- CreateIndex
CREATE INDEX "LedgerInspection_tenantId_ledgerObjectId_inspectedAt_idx" ON "LedgerInspection"("tenantId", "ledgerObjectId", "inspectedAt");

-- CreateIndex
CREATE INDEX "LedgerInspection_tenantId_patrolId_idx" ON "LedgerInspection"("tenantId", "patrolId");

-- CreateIndex
CREATE INDEX "Grid_tenantId_parentId_idx" ON "Grid"("tenantId", "parentId");

-- AddForeignKey
ALTER TABLE "GridMember" ADD CONSTRAINT "GridMember_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "GridMember" ADD CONSTRAINT "GridMember_tenantId_gridId_fkey" FOREIGN KEY ("tenantId", "gridId") REFERENCES "Grid"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "GridMember" ADD CONSTRAINT "GridMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ResponsibilityLetter" ADD CONSTRAINT "ResponsibilityLetter_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ResponsibilityLetter" ADD CONSTRAINT "ResponsibilityLetter_tenantId_gridId_fkey" FOREIGN KEY ("tenantId", "gridId") REFERENCES "Grid"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "GridGuarantee" ADD CONSTRAINT "GridGuarantee_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "GridGuarantee" ADD CONSTRAINT "GridGuarantee_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "GridGuarantee" ADD CONSTRAINT "GridGuarantee_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "CountyDepartment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "LedgerObject" ADD CONSTRAINT "LedgerObject_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "LedgerObject" ADD CONSTRAINT "LedgerObject_tenantId_gridId_fkey" FOREIGN KEY ("tenantId", "gridId") REFERENCES "Grid"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Patrol" ADD CONSTRAINT "Patrol_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Patrol" ADD CONSTRAINT "Patrol_tenantId_gridId_fkey" FOREIGN KEY ("tenantId", "gridId") REFERENCES "Grid"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Patrol" ADD CONSTRAINT "Patrol_patrollerId_fkey" FOREIGN KEY ("patrollerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "LedgerInspection" ADD CONSTRAINT "LedgerInspection_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "LedgerInspection" ADD CONSTRAINT "LedgerInspection_tenantId_ledgerObjectId_fkey" FOREIGN KEY ("tenantId", "ledgerObjectId") REFERENCES "LedgerObject"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "LedgerInspection" ADD CONSTRAINT "LedgerInspection_tenantId_patrolId_fkey" FOREIGN KEY ("tenantId", "patrolId") REFERENCES "Patrol"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Grid" ADD CONSTRAINT "Grid_tenantId_parentId_fkey" FOREIGN KEY ("tenantId", "parentId") REFERENCES "Grid"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- The head and supervisor a grid named in text become its first members (named persons).
-- The owner reads every grid here, also when it is not a superuser (FORCE'd policies).
ALTER TABLE "Grid" NO FORCE ROW LEVEL SECURITY;
INSERT INTO "GridMember" ("tenantId", id, "gridId", role, name)
SELECT "tenantId", gen_random_uuid(), id, 'head', btrim("headName") FROM "Grid" WHERE btrim(COALESCE("headName", '')) <> '';
INSERT INTO "GridMember" ("tenantId", id, "gridId", role, name)
SELECT "tenantId", gen_random_uuid(), id, 'supervisor', btrim("supervisorName") FROM "Grid" WHERE btrim(COALESCE("supervisorName", '')) <> '';
ALTER TABLE "Grid" FORCE ROW LEVEL SECURITY;
ALTER TABLE "Grid" DROP COLUMN "headName", DROP COLUMN "supervisorName";

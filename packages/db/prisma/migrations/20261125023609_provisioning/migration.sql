-- CreateEnum
CREATE TYPE "HandlingUnitKind" AS ENUM ('township_office', 'station', 'village_committee', 'enterprise', 'other');

-- CreateEnum
CREATE TYPE "SyncStatus" AS ENUM ('pending', 'synced', 'failed');

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "idpUserId" TEXT,
ADD COLUMN     "syncAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "syncError" TEXT,
ADD COLUMN     "syncStatus" "SyncStatus" NOT NULL DEFAULT 'pending',
ADD COLUMN     "syncedAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "handlingUnitId" UUID;

-- CreateTable
CREATE TABLE "HandlingUnit" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "HandlingUnitKind" NOT NULL,
    "leaderName" TEXT,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HandlingUnit_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "CountySetting" (
    "id" UUID NOT NULL,
    "countyId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedBy" TEXT,

    CONSTRAINT "CountySetting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HandlingUnit_tenantId_name_key" ON "HandlingUnit"("tenantId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "CountySetting_countyId_key_key" ON "CountySetting"("countyId", "key");

-- AddForeignKey
ALTER TABLE "HandlingUnit" ADD CONSTRAINT "HandlingUnit_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountySetting" ADD CONSTRAINT "CountySetting_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_tenantId_handlingUnitId_fkey" FOREIGN KEY ("tenantId", "handlingUnitId") REFERENCES "HandlingUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- CreateEnum
CREATE TYPE "GridEventState" AS ENUM ('reported', 'accepted', 'refused', 'dispatched', 'handling', 'handled', 'fed_back', 'closed', 'deferred', 'escalated');

-- CreateEnum
CREATE TYPE "GridEventSource" AS ENUM ('grid_worker', 'patrol', 'office', 'hotline', 'public');

-- CreateEnum
CREATE TYPE "GridEventCategory" AS ENUM ('straw_burning', 'garbage_burning', 'illegal_discharge', 'drinking_water', 'solid_waste', 'livestock', 'construction_dust', 'street_order', 'sanitation', 'forest', 'other');

-- CreateEnum
CREATE TYPE "GridEventUrgency" AS ENUM ('normal', 'urgent', 'critical');

-- CreateEnum
CREATE TYPE "HolidayKind" AS ENUM ('holiday', 'workday');

-- AlterEnum
ALTER TYPE "AttachmentOwnerKind" ADD VALUE 'grid_event';

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'county_grid_office';

-- CreateTable
CREATE TABLE "GridEvent" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "source" "GridEventSource" NOT NULL,
    "hotline" TEXT,
    "hotlineRef" TEXT,
    "category" "GridEventCategory" NOT NULL,
    "urgency" "GridEventUrgency" NOT NULL DEFAULT 'normal',
    "gridId" UUID NOT NULL,
    "level" INTEGER NOT NULL,
    "placeAddress" TEXT NOT NULL,
    "lat" DECIMAL(9,6),
    "lng" DECIMAL(9,6),
    "description" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "reportedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reporterUserId" UUID,
    "reporterName" TEXT NOT NULL,
    "trackingCodeHash" TEXT,
    "state" "GridEventState" NOT NULL DEFAULT 'reported',
    "version" INTEGER NOT NULL DEFAULT 0,
    "dueOn" DATE,
    "deadlineExtended" BOOLEAN NOT NULL DEFAULT false,
    "overdue" BOOLEAN NOT NULL DEFAULT false,
    "overdueSince" TIMESTAMP(3),
    "isKey" BOOLEAN NOT NULL DEFAULT false,
    "handlingUnitId" UUID,
    "handlerUserId" UUID,
    "handlerName" TEXT,
    "departmentId" UUID,
    "unitName" TEXT,
    "acceptedAt" TIMESTAMP(3),
    "dispatchedAt" TIMESTAMP(3),
    "handledAt" TIMESTAMP(3),
    "fedBackAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "result" TEXT,
    "feedback" TEXT,
    "refusalReason" TEXT,
    "duplicateOfId" UUID,
    "deferredFrom" "GridEventState",
    "remainingWorkingDays" INTEGER,
    "deferReason" TEXT,
    "reviewOn" DATE,
    "returnCount" INTEGER NOT NULL DEFAULT 0,
    "reopenCount" INTEGER NOT NULL DEFAULT 0,
    "escalationCount" INTEGER NOT NULL DEFAULT 0,
    "followUpAt" TIMESTAMP(3),
    "followUpResolved" BOOLEAN,
    "followUpSatisfaction" "Satisfaction",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GridEvent_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "GridEventTransition" (
    "tenantId" UUID NOT NULL,
    "id" BIGSERIAL NOT NULL,
    "eventId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "fromState" "GridEventState",
    "toState" "GridEventState" NOT NULL,
    "actorKind" TEXT NOT NULL,
    "actorUserId" UUID,
    "actorName" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "GridEventTransition_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "CountyHoliday" (
    "countyId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "kind" "HolidayKind" NOT NULL,
    "name" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CountyHoliday_pkey" PRIMARY KEY ("countyId","day")
);

-- CreateIndex
CREATE INDEX "GridEvent_tenantId_state_idx" ON "GridEvent"("tenantId", "state");

-- CreateIndex
CREATE INDEX "GridEvent_tenantId_gridId_idx" ON "GridEvent"("tenantId", "gridId");

-- CreateIndex
CREATE INDEX "GridEvent_tenantId_handlingUnitId_idx" ON "GridEvent"("tenantId", "handlingUnitId");

-- CreateIndex
CREATE INDEX "GridEvent_departmentId_idx" ON "GridEvent"("departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "GridEvent_tenantId_number_key" ON "GridEvent"("tenantId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "GridEvent_tenantId_trackingCodeHash_key" ON "GridEvent"("tenantId", "trackingCodeHash");

-- CreateIndex
CREATE INDEX "GridEventTransition_tenantId_eventId_at_idx" ON "GridEventTransition"("tenantId", "eventId", "at");

-- CreateIndex
CREATE INDEX "GridEventTransition_tenantId_at_idx" ON "GridEventTransition"("tenantId", "at");

-- AddForeignKey
ALTER TABLE "GridEvent" ADD CONSTRAINT "GridEvent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "GridEvent" ADD CONSTRAINT "GridEvent_tenantId_gridId_fkey" FOREIGN KEY ("tenantId", "gridId") REFERENCES "Grid"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "GridEvent" ADD CONSTRAINT "GridEvent_reporterUserId_fkey" FOREIGN KEY ("reporterUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "GridEvent" ADD CONSTRAINT "GridEvent_tenantId_handlingUnitId_fkey" FOREIGN KEY ("tenantId", "handlingUnitId") REFERENCES "HandlingUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "GridEvent" ADD CONSTRAINT "GridEvent_handlerUserId_fkey" FOREIGN KEY ("handlerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "GridEvent" ADD CONSTRAINT "GridEvent_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "CountyDepartment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "GridEvent" ADD CONSTRAINT "GridEvent_tenantId_duplicateOfId_fkey" FOREIGN KEY ("tenantId", "duplicateOfId") REFERENCES "GridEvent"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "GridEventTransition" ADD CONSTRAINT "GridEventTransition_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "GridEventTransition" ADD CONSTRAINT "GridEventTransition_tenantId_eventId_fkey" FOREIGN KEY ("tenantId", "eventId") REFERENCES "GridEvent"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "GridEventTransition" ADD CONSTRAINT "GridEventTransition_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyHoliday" ADD CONSTRAINT "CountyHoliday_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

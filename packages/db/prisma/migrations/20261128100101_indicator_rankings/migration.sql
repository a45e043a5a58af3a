-- CreateTable
CREATE TABLE "IndicatorRankingSnapshot" (
    "countyId" UUID NOT NULL,
    "periodKind" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "frozenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "townships" JSONB NOT NULL,

    CONSTRAINT "IndicatorRankingSnapshot_pkey" PRIMARY KEY ("countyId","periodStart","periodEnd")
);

-- CreateTable
CREATE TABLE "IndicatorCorrection" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "periodKind" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "numeratorBefore" INTEGER NOT NULL,
    "denominatorBefore" INTEGER,
    "numeratorAfter" INTEGER NOT NULL,
    "denominatorAfter" INTEGER,
    "correctedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorCorrection_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateIndex
CREATE INDEX "IndicatorCorrection_tenantId_periodStart_periodEnd_idx" ON "IndicatorCorrection"("tenantId", "periodStart", "periodEnd");

-- AddForeignKey
ALTER TABLE "IndicatorRankingSnapshot" ADD CONSTRAINT "IndicatorRankingSnapshot_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "IndicatorCorrection" ADD CONSTRAINT "IndicatorCorrection_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

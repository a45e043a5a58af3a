-- CreateTable
CREATE TABLE "IndicatorValue" (
    "tenantId" UUID NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "periodKind" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "numerator" INTEGER NOT NULL,
    "denominator" INTEGER,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("tenantId","indicatorId","periodStart","periodEnd")
);

-- CreateTable
CREATE TABLE "IndicatorDirtyDay" (
    "tenantId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "onward" BOOLEAN NOT NULL,
    "markedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorDirtyDay_pkey" PRIMARY KEY ("tenantId","day","onward")
);

-- CreateIndex
CREATE INDEX "IndicatorValue_indicatorId_periodStart_periodEnd_idx" ON "IndicatorValue"("indicatorId", "periodStart", "periodEnd");

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "IndicatorDirtyDay" ADD CONSTRAINT "IndicatorDirtyDay_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

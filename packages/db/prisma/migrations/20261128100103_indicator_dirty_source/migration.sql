-- AlterTable
ALTER TABLE "IndicatorDirtyDay" DROP CONSTRAINT "IndicatorDirtyDay_pkey",
ADD COLUMN     "source" TEXT NOT NULL DEFAULT '*',
ADD CONSTRAINT "IndicatorDirtyDay_pkey" PRIMARY KEY ("tenantId", "day", "onward", "source");

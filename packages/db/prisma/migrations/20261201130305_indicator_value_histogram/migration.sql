-- AlterTable
ALTER TABLE "IndicatorValue" ADD COLUMN     "histogram" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

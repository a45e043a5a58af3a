-- AlterTable
ALTER TABLE "IndicatorRankingSnapshot" ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "publishedBy" UUID;

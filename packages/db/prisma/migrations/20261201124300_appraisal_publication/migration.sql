-- AlterTable
ALTER TABLE "AppraisalCampaign" ADD COLUMN     "publication" JSONB;

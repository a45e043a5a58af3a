-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "bodyEn" TEXT;

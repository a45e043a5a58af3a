-- DropForeignKey
ALTER TABLE "CongressAttachment" DROP CONSTRAINT "CongressAttachment_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "SuggestionAttachment" DROP CONSTRAINT "SuggestionAttachment_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "SuggestionAttachment" DROP CONSTRAINT "SuggestionAttachment_tenantId_suggestionId_fkey";

-- DropForeignKey
ALTER TABLE "SuggestionAttachment" DROP CONSTRAINT "SuggestionAttachment_uploadedById_fkey";

-- DropTable
DROP TABLE "CongressAttachment";

-- DropTable
DROP TABLE "SuggestionAttachment";

-- DropEnum
DROP TYPE "CongressAttachmentOwner";

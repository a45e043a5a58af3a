-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "capturedAt" TIMESTAMP(3),
ADD COLUMN     "height" INTEGER,
ADD COLUMN     "latitude" DOUBLE PRECISION,
ADD COLUMN     "longitude" DOUBLE PRECISION,
ADD COLUMN     "width" INTEGER;

-- CreateTable
CREATE TABLE "AttachmentThumbnail" (
    "tenantId" UUID NOT NULL,
    "attachmentId" UUID NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "AttachmentThumbnail_pkey" PRIMARY KEY ("tenantId","attachmentId")
);

-- AddForeignKey
ALTER TABLE "AttachmentThumbnail" ADD CONSTRAINT "AttachmentThumbnail_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AttachmentThumbnail" ADD CONSTRAINT "AttachmentThumbnail_tenantId_attachmentId_fkey" FOREIGN KEY ("tenantId", "attachmentId") REFERENCES "Attachment"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

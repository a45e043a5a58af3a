-- CreateEnum
CREATE TYPE "AttachmentOwnerKind" AS ENUM ('suggestion', 'rectification', 'petition', 'duty_activity', 'meeting', 'document', 'reception');

-- CreateEnum
CREATE TYPE "AttachmentStorage" AS ENUM ('database', 's3');

-- CreateTable
CREATE TABLE "Attachment" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "ownerKind" "AttachmentOwnerKind" NOT NULL,
    "ownerId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storage" "AttachmentStorage" NOT NULL,
    "uploadedById" UUID,
    "uploaderName" TEXT NOT NULL,
    "uploaderUnitName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "AttachmentContent" (
    "tenantId" UUID NOT NULL,
    "attachmentId" UUID NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "AttachmentContent_pkey" PRIMARY KEY ("tenantId","attachmentId")
);

-- CreateIndex
CREATE INDEX "Attachment_tenantId_ownerKind_ownerId_idx" ON "Attachment"("tenantId", "ownerKind", "ownerId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AttachmentContent" ADD CONSTRAINT "AttachmentContent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "AttachmentContent" ADD CONSTRAINT "AttachmentContent_tenantId_attachmentId_fkey" FOREIGN KEY ("tenantId", "attachmentId") REFERENCES "Attachment"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AlterEnum
ALTER TYPE "AttachmentOwnerKind" ADD VALUE 'county_appraisal_score';

-- CreateTable
CREATE TABLE "CountyAttachment" (
    "countyId" UUID NOT NULL,
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
    "capturedAt" TIMESTAMP(3),
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "width" INTEGER,
    "height" INTEGER,

    CONSTRAINT "CountyAttachment_pkey" PRIMARY KEY ("countyId","id")
);

-- CreateTable
CREATE TABLE "CountyAttachmentContent" (
    "countyId" UUID NOT NULL,
    "attachmentId" UUID NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "CountyAttachmentContent_pkey" PRIMARY KEY ("countyId","attachmentId")
);

-- CreateIndex
CREATE INDEX "CountyAttachment_countyId_ownerKind_ownerId_idx" ON "CountyAttachment"("countyId", "ownerKind", "ownerId");

-- AddForeignKey
ALTER TABLE "CountyAttachment" ADD CONSTRAINT "CountyAttachment_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyAttachment" ADD CONSTRAINT "CountyAttachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyAttachmentContent" ADD CONSTRAINT "CountyAttachmentContent_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyAttachmentContent" ADD CONSTRAINT "CountyAttachmentContent_countyId_attachmentId_fkey" FOREIGN KEY ("countyId", "attachmentId") REFERENCES "CountyAttachment"("countyId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

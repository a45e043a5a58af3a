-- CreateTable
CREATE TABLE "NumberCounter" (
    "tenantId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "NumberCounter_pkey" PRIMARY KEY ("tenantId","kind","year")
);

-- AddForeignKey
ALTER TABLE "NumberCounter" ADD CONSTRAINT "NumberCounter_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

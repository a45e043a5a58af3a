-- Suggestions and supervision, hand-written: foreign keys into other areas' tables (the
-- Prisma models keep no relation outside suggestions.prisma / supervision.prisma), row-level
-- security, append-only histories, and checks Prisma cannot express.

-- Every row belongs to a township.
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SuggestionSigner" ADD CONSTRAINT "SuggestionSigner_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SuggestionAssignment" ADD CONSTRAINT "SuggestionAssignment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SuggestionTransition" ADD CONSTRAINT "SuggestionTransition_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SuggestionAttachment" ADD CONSTRAINT "SuggestionAttachment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SavedFilter" ADD CONSTRAINT "SavedFilter_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SupervisionPlan" ADD CONSTRAINT "SupervisionPlan_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SupervisionPlanItem" ADD CONSTRAINT "SupervisionPlanItem_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SupervisionActivity" ADD CONSTRAINT "SupervisionActivity_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SupervisionParticipant" ADD CONSTRAINT "SupervisionParticipant_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "RectificationTransition" ADD CONSTRAINT "RectificationTransition_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Petition" ADD CONSTRAINT "Petition_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PetitionTransition" ADD CONSTRAINT "PetitionTransition_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;

-- Deputies of the same township (deputies area).
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_leadDeputy_fkey" FOREIGN KEY ("tenantId", "leadDeputyId") REFERENCES "Deputy"("tenantId", id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SuggestionSigner" ADD CONSTRAINT "SuggestionSigner_deputy_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SupervisionParticipant" ADD CONSTRAINT "SupervisionParticipant_deputy_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", id) ON DELETE RESTRICT ON UPDATE CASCADE;

-- Handling units of the same township, or county departments.
ALTER TABLE "SuggestionAssignment" ADD CONSTRAINT "SuggestionAssignment_unit_fkey" FOREIGN KEY ("tenantId", "handlingUnitId") REFERENCES "HandlingUnit"("tenantId", id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SuggestionAssignment" ADD CONSTRAINT "SuggestionAssignment_department_fkey" FOREIGN KEY ("departmentId") REFERENCES "CountyDepartment"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SuggestionAssignment" ADD CONSTRAINT "SuggestionAssignment_one_assignee_check" CHECK (("handlingUnitId" IS NULL) <> ("departmentId" IS NULL));
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_unit_fkey" FOREIGN KEY ("tenantId", "handlingUnitId") REFERENCES "HandlingUnit"("tenantId", id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_department_fkey" FOREIGN KEY ("departmentId") REFERENCES "CountyDepartment"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_one_assignee_check" CHECK (("handlingUnitId" IS NULL) <> ("departmentId" IS NULL));

-- Users: recipients and owners go with the user; actors stay named (actorName) if a user is removed.
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recipient_fkey" FOREIGN KEY ("recipientUserId") REFERENCES "User"(id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SavedFilter" ADD CONSTRAINT "SavedFilter_user_fkey" FOREIGN KEY ("userId") REFERENCES "User"(id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_createdBy_fkey" FOREIGN KEY ("createdById") REFERENCES "User"(id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "SuggestionAttachment" ADD CONSTRAINT "SuggestionAttachment_uploadedBy_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"(id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "SuggestionTransition" ADD CONSTRAINT "SuggestionTransition_actor_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"(id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "RectificationTransition" ADD CONSTRAINT "RectificationTransition_actor_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"(id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "PetitionTransition" ADD CONSTRAINT "PetitionTransition_actor_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"(id) ON DELETE SET NULL ON UPDATE CASCADE;

-- Checks.
ALTER TABLE "SuggestionAttachment" ADD CONSTRAINT "SuggestionAttachment_size_check" CHECK ("size" > 0 AND "size" <= 5242880 AND octet_length("content") = "size");
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_rehandling_check" CHECK ("rehandlingRound" >= 0);
ALTER TABLE "SupervisionActivity" ADD CONSTRAINT "SupervisionActivity_dates_check" CHECK ("endDate" IS NULL OR "endDate" >= "startDate");
ALTER TABLE "SupervisionPlanItem" ADD CONSTRAINT "SupervisionPlanItem_month_check" CHECK ("plannedMonth" IS NULL OR "plannedMonth" BETWEEN 1 AND 12);

SELECT app_enable_tenant_rls('"Suggestion"');
SELECT app_enable_tenant_rls('"SuggestionSigner"');
SELECT app_enable_tenant_rls('"SuggestionAssignment"');
SELECT app_enable_tenant_rls('"SuggestionTransition"');
SELECT app_enable_tenant_rls('"SuggestionAttachment"');
SELECT app_enable_tenant_rls('"Notification"');
SELECT app_enable_tenant_rls('"SavedFilter"');
SELECT app_enable_tenant_rls('"SupervisionPlan"');
SELECT app_enable_tenant_rls('"SupervisionPlanItem"');
SELECT app_enable_tenant_rls('"SupervisionActivity"');
SELECT app_enable_tenant_rls('"SupervisionParticipant"');
SELECT app_enable_tenant_rls('"Rectification"');
SELECT app_enable_tenant_rls('"RectificationTransition"');
SELECT app_enable_tenant_rls('"Petition"');
SELECT app_enable_tenant_rls('"PetitionTransition"');

-- The workflow histories are what the county's indicators are computed from: the
-- application may add to them, never change or remove a step.
REVOKE UPDATE, DELETE, TRUNCATE ON "SuggestionTransition", "RectificationTransition", "PetitionTransition" FROM pcs_app;

-- The overdue job (pg-boss, started by the API as pcs_app) keeps its queue in its own
-- schema "pgboss", which it creates and owns on first start; pcs_app still owns no table in
-- "public", so row-level security keeps applying to it there. See docs/jobs.md.
DO $$
BEGIN
  EXECUTE format('GRANT CREATE ON DATABASE %I TO pcs_app', current_database());
END
$$;

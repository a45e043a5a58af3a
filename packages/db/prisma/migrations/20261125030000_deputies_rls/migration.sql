-- Deputies area, hand-written: the tenant foreign keys (the Prisma models keep no relation
-- outside deputies.prisma), row-level security, and checks Prisma cannot express.

ALTER TABLE "Deputy" ADD CONSTRAINT "Deputy_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DeputyStatusChange" ADD CONSTRAINT "DeputyStatusChange_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DeputyGroup" ADD CONSTRAINT "DeputyGroup_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "LiaisonStation" ADD CONSTRAINT "LiaisonStation_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CongressMeeting" ADD CONSTRAINT "CongressMeeting_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "MeetingAgendaItem" ADD CONSTRAINT "MeetingAgendaItem_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "MeetingOutcome" ADD CONSTRAINT "MeetingOutcome_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DutyActivity" ADD CONSTRAINT "DutyActivity_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DutyActivityParticipant" ADD CONSTRAINT "DutyActivityParticipant_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DutyReview" ADD CONSTRAINT "DutyReview_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ConstituentContact" ADD CONSTRAINT "ConstituentContact_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PresidiumContact" ADD CONSTRAINT "PresidiumContact_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ReceptionDay" ADD CONSTRAINT "ReceptionDay_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ReceptionDuty" ADD CONSTRAINT "ReceptionDuty_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ReceptionVisit" ADD CONSTRAINT "ReceptionVisit_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CongressDocument" ADD CONSTRAINT "CongressDocument_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DeputyDeed" ADD CONSTRAINT "DeputyDeed_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CongressAttachment" ADD CONSTRAINT "CongressAttachment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"(id) ON DELETE RESTRICT ON UPDATE CASCADE;

SELECT app_enable_tenant_rls('"Deputy"');
SELECT app_enable_tenant_rls('"DeputyStatusChange"');
SELECT app_enable_tenant_rls('"DeputyGroup"');
SELECT app_enable_tenant_rls('"LiaisonStation"');
SELECT app_enable_tenant_rls('"CongressMeeting"');
SELECT app_enable_tenant_rls('"MeetingAgendaItem"');
SELECT app_enable_tenant_rls('"MeetingOutcome"');
SELECT app_enable_tenant_rls('"MeetingAttendance"');
SELECT app_enable_tenant_rls('"DutyActivity"');
SELECT app_enable_tenant_rls('"DutyActivityParticipant"');
SELECT app_enable_tenant_rls('"DutyReview"');
SELECT app_enable_tenant_rls('"ConstituentContact"');
SELECT app_enable_tenant_rls('"PresidiumContact"');
SELECT app_enable_tenant_rls('"ReceptionDay"');
SELECT app_enable_tenant_rls('"ReceptionDuty"');
SELECT app_enable_tenant_rls('"ReceptionVisit"');
SELECT app_enable_tenant_rls('"CongressDocument"');
SELECT app_enable_tenant_rls('"DeputyDeed"');
SELECT app_enable_tenant_rls('"CongressAttachment"');

ALTER TABLE "CongressMeeting" ADD CONSTRAINT "CongressMeeting_dates_check" CHECK ("endDate" >= "startDate");
ALTER TABLE "DutyActivity" ADD CONSTRAINT "DutyActivity_dates_check" CHECK ("endDate" IS NULL OR "endDate" >= "date");
ALTER TABLE "DutyReview" ADD CONSTRAINT "DutyReview_votes_check" CHECK ("votesSatisfied" >= 0 AND "votesBasicallySatisfied" >= 0 AND "votesUnsatisfied" >= 0);
-- Files live in PostgreSQL; the API refuses larger ones first, this is the last line.
ALTER TABLE "CongressAttachment" ADD CONSTRAINT "CongressAttachment_size_check" CHECK ("size" > 0 AND "size" <= 10485760 AND octet_length("data") = "size");
ALTER TABLE "PresidiumContact" ADD CONSTRAINT "PresidiumContact_not_self_check" CHECK ("memberId" <> "deputyId");

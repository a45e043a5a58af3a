-- Every foreign key with ON UPDATE NO ACTION (Citus refuses ON UPDATE CASCADE on keys that
-- hold the distribution column), declared in prisma/schema/ across files; hand-written ones
-- get Prisma's names. Membership no longer points into HandlingUnit (see the next migration).

-- DropForeignKey
ALTER TABLE "CongressAttachment" DROP CONSTRAINT "CongressAttachment_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "CongressDocument" DROP CONSTRAINT "CongressDocument_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "CongressMeeting" DROP CONSTRAINT "CongressMeeting_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "ConstituentContact" DROP CONSTRAINT "ConstituentContact_tenantId_deputyId_fkey";

-- DropForeignKey
ALTER TABLE "ConstituentContact" DROP CONSTRAINT "ConstituentContact_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "CountyDepartment" DROP CONSTRAINT "CountyDepartment_countyId_fkey";

-- DropForeignKey
ALTER TABLE "CountyRuleValue" DROP CONSTRAINT "CountyRuleValue_countyId_fkey";

-- DropForeignKey
ALTER TABLE "CountySavedFilter" DROP CONSTRAINT "CountySavedFilter_userId_fkey";

-- DropForeignKey
ALTER TABLE "CountySetting" DROP CONSTRAINT "CountySetting_countyId_fkey";

-- DropForeignKey
ALTER TABLE "Deputy" DROP CONSTRAINT "Deputy_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "Deputy" DROP CONSTRAINT "Deputy_tenantId_groupId_fkey";

-- DropForeignKey
ALTER TABLE "Deputy" DROP CONSTRAINT "Deputy_tenantId_stationId_fkey";

-- DropForeignKey
ALTER TABLE "DeputyDeed" DROP CONSTRAINT "DeputyDeed_tenantId_deputyId_fkey";

-- DropForeignKey
ALTER TABLE "DeputyDeed" DROP CONSTRAINT "DeputyDeed_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "DeputyGroup" DROP CONSTRAINT "DeputyGroup_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "DeputyGroup" DROP CONSTRAINT "DeputyGroup_tenantId_leaderId_fkey";

-- DropForeignKey
ALTER TABLE "DeputyGroup" DROP CONSTRAINT "DeputyGroup_tenantId_stationId_fkey";

-- DropForeignKey
ALTER TABLE "DeputyStatusChange" DROP CONSTRAINT "DeputyStatusChange_tenantId_deputyId_fkey";

-- DropForeignKey
ALTER TABLE "DeputyStatusChange" DROP CONSTRAINT "DeputyStatusChange_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "DutyActivity" DROP CONSTRAINT "DutyActivity_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "DutyActivity" DROP CONSTRAINT "DutyActivity_tenantId_groupId_fkey";

-- DropForeignKey
ALTER TABLE "DutyActivityParticipant" DROP CONSTRAINT "DutyActivityParticipant_tenantId_activityId_fkey";

-- DropForeignKey
ALTER TABLE "DutyActivityParticipant" DROP CONSTRAINT "DutyActivityParticipant_tenantId_deputyId_fkey";

-- DropForeignKey
ALTER TABLE "DutyActivityParticipant" DROP CONSTRAINT "DutyActivityParticipant_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "DutyReview" DROP CONSTRAINT "DutyReview_tenantId_deputyId_fkey";

-- DropForeignKey
ALTER TABLE "DutyReview" DROP CONSTRAINT "DutyReview_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "Grid" DROP CONSTRAINT "Grid_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "Grid" DROP CONSTRAINT "Grid_tenantId_villageId_fkey";

-- DropForeignKey
ALTER TABLE "HandlingUnit" DROP CONSTRAINT "HandlingUnit_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "LiaisonStation" DROP CONSTRAINT "LiaisonStation_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "LiaisonStation" DROP CONSTRAINT "LiaisonStation_tenantId_leaderId_fkey";

-- DropForeignKey
ALTER TABLE "MeetingAgendaItem" DROP CONSTRAINT "MeetingAgendaItem_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "MeetingAgendaItem" DROP CONSTRAINT "MeetingAgendaItem_tenantId_meetingId_fkey";

-- DropForeignKey
ALTER TABLE "MeetingAttendance" DROP CONSTRAINT "MeetingAttendance_tenantId_deputyId_fkey";

-- DropForeignKey
ALTER TABLE "MeetingAttendance" DROP CONSTRAINT "MeetingAttendance_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "MeetingAttendance" DROP CONSTRAINT "MeetingAttendance_tenantId_meetingId_fkey";

-- DropForeignKey
ALTER TABLE "MeetingOutcome" DROP CONSTRAINT "MeetingOutcome_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "MeetingOutcome" DROP CONSTRAINT "MeetingOutcome_tenantId_meetingId_fkey";

-- DropForeignKey
ALTER TABLE "Membership" DROP CONSTRAINT "Membership_countyId_fkey";

-- DropForeignKey
ALTER TABLE "Membership" DROP CONSTRAINT "Membership_departmentId_fkey";

-- DropForeignKey
ALTER TABLE "Membership" DROP CONSTRAINT "Membership_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "Membership" DROP CONSTRAINT "Membership_tenantId_handlingUnitId_fkey";

-- DropForeignKey
ALTER TABLE "Membership" DROP CONSTRAINT "Membership_userId_fkey";

-- DropForeignKey
ALTER TABLE "Notification" DROP CONSTRAINT "Notification_recipient_fkey";

-- DropForeignKey
ALTER TABLE "Notification" DROP CONSTRAINT "Notification_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "Petition" DROP CONSTRAINT "Petition_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "PetitionTransition" DROP CONSTRAINT "PetitionTransition_actor_fkey";

-- DropForeignKey
ALTER TABLE "PetitionTransition" DROP CONSTRAINT "PetitionTransition_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "PetitionTransition" DROP CONSTRAINT "PetitionTransition_tenantId_petitionId_fkey";

-- DropForeignKey
ALTER TABLE "PresidiumContact" DROP CONSTRAINT "PresidiumContact_tenantId_deputyId_fkey";

-- DropForeignKey
ALTER TABLE "PresidiumContact" DROP CONSTRAINT "PresidiumContact_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "PresidiumContact" DROP CONSTRAINT "PresidiumContact_tenantId_memberId_fkey";

-- DropForeignKey
ALTER TABLE "ReceptionDay" DROP CONSTRAINT "ReceptionDay_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "ReceptionDay" DROP CONSTRAINT "ReceptionDay_tenantId_stationId_fkey";

-- DropForeignKey
ALTER TABLE "ReceptionDuty" DROP CONSTRAINT "ReceptionDuty_tenantId_deputyId_fkey";

-- DropForeignKey
ALTER TABLE "ReceptionDuty" DROP CONSTRAINT "ReceptionDuty_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "ReceptionDuty" DROP CONSTRAINT "ReceptionDuty_tenantId_receptionId_fkey";

-- DropForeignKey
ALTER TABLE "ReceptionVisit" DROP CONSTRAINT "ReceptionVisit_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "ReceptionVisit" DROP CONSTRAINT "ReceptionVisit_tenantId_receptionId_fkey";

-- DropForeignKey
ALTER TABLE "Rectification" DROP CONSTRAINT "Rectification_department_fkey";

-- DropForeignKey
ALTER TABLE "Rectification" DROP CONSTRAINT "Rectification_tenantId_activityId_fkey";

-- DropForeignKey
ALTER TABLE "Rectification" DROP CONSTRAINT "Rectification_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "Rectification" DROP CONSTRAINT "Rectification_tenantId_petitionId_fkey";

-- DropForeignKey
ALTER TABLE "Rectification" DROP CONSTRAINT "Rectification_unit_fkey";

-- DropForeignKey
ALTER TABLE "RectificationTransition" DROP CONSTRAINT "RectificationTransition_actor_fkey";

-- DropForeignKey
ALTER TABLE "RectificationTransition" DROP CONSTRAINT "RectificationTransition_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "RectificationTransition" DROP CONSTRAINT "RectificationTransition_tenantId_rectificationId_fkey";

-- DropForeignKey
ALTER TABLE "SavedFilter" DROP CONSTRAINT "SavedFilter_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "SavedFilter" DROP CONSTRAINT "SavedFilter_user_fkey";

-- DropForeignKey
ALTER TABLE "Suggestion" DROP CONSTRAINT "Suggestion_createdBy_fkey";

-- DropForeignKey
ALTER TABLE "Suggestion" DROP CONSTRAINT "Suggestion_leadDeputy_fkey";

-- DropForeignKey
ALTER TABLE "Suggestion" DROP CONSTRAINT "Suggestion_meeting_fkey";

-- DropForeignKey
ALTER TABLE "Suggestion" DROP CONSTRAINT "Suggestion_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "SuggestionAssignment" DROP CONSTRAINT "SuggestionAssignment_department_fkey";

-- DropForeignKey
ALTER TABLE "SuggestionAssignment" DROP CONSTRAINT "SuggestionAssignment_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "SuggestionAssignment" DROP CONSTRAINT "SuggestionAssignment_tenantId_suggestionId_fkey";

-- DropForeignKey
ALTER TABLE "SuggestionAssignment" DROP CONSTRAINT "SuggestionAssignment_unit_fkey";

-- DropForeignKey
ALTER TABLE "SuggestionAttachment" DROP CONSTRAINT "SuggestionAttachment_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "SuggestionAttachment" DROP CONSTRAINT "SuggestionAttachment_tenantId_suggestionId_fkey";

-- DropForeignKey
ALTER TABLE "SuggestionAttachment" DROP CONSTRAINT "SuggestionAttachment_uploadedBy_fkey";

-- DropForeignKey
ALTER TABLE "SuggestionSigner" DROP CONSTRAINT "SuggestionSigner_deputy_fkey";

-- DropForeignKey
ALTER TABLE "SuggestionSigner" DROP CONSTRAINT "SuggestionSigner_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "SuggestionSigner" DROP CONSTRAINT "SuggestionSigner_tenantId_suggestionId_fkey";

-- DropForeignKey
ALTER TABLE "SuggestionTransition" DROP CONSTRAINT "SuggestionTransition_actor_fkey";

-- DropForeignKey
ALTER TABLE "SuggestionTransition" DROP CONSTRAINT "SuggestionTransition_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "SuggestionTransition" DROP CONSTRAINT "SuggestionTransition_tenantId_suggestionId_fkey";

-- DropForeignKey
ALTER TABLE "SupervisionActivity" DROP CONSTRAINT "SupervisionActivity_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "SupervisionActivity" DROP CONSTRAINT "SupervisionActivity_tenantId_planItemId_fkey";

-- DropForeignKey
ALTER TABLE "SupervisionParticipant" DROP CONSTRAINT "SupervisionParticipant_deputy_fkey";

-- DropForeignKey
ALTER TABLE "SupervisionParticipant" DROP CONSTRAINT "SupervisionParticipant_tenantId_activityId_fkey";

-- DropForeignKey
ALTER TABLE "SupervisionParticipant" DROP CONSTRAINT "SupervisionParticipant_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "SupervisionPlan" DROP CONSTRAINT "SupervisionPlan_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "SupervisionPlanItem" DROP CONSTRAINT "SupervisionPlanItem_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "SupervisionPlanItem" DROP CONSTRAINT "SupervisionPlanItem_tenantId_planId_fkey";

-- DropForeignKey
ALTER TABLE "Tenant" DROP CONSTRAINT "Tenant_countyId_fkey";

-- DropForeignKey
ALTER TABLE "TenantRuleValue" DROP CONSTRAINT "TenantRuleValue_tenantId_fkey";

-- DropForeignKey
ALTER TABLE "Village" DROP CONSTRAINT "Village_tenantId_fkey";

-- AddForeignKey
ALTER TABLE "Deputy" ADD CONSTRAINT "Deputy_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Deputy" ADD CONSTRAINT "Deputy_tenantId_groupId_fkey" FOREIGN KEY ("tenantId", "groupId") REFERENCES "DeputyGroup"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Deputy" ADD CONSTRAINT "Deputy_tenantId_stationId_fkey" FOREIGN KEY ("tenantId", "stationId") REFERENCES "LiaisonStation"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DeputyStatusChange" ADD CONSTRAINT "DeputyStatusChange_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DeputyStatusChange" ADD CONSTRAINT "DeputyStatusChange_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DeputyGroup" ADD CONSTRAINT "DeputyGroup_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DeputyGroup" ADD CONSTRAINT "DeputyGroup_tenantId_leaderId_fkey" FOREIGN KEY ("tenantId", "leaderId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DeputyGroup" ADD CONSTRAINT "DeputyGroup_tenantId_stationId_fkey" FOREIGN KEY ("tenantId", "stationId") REFERENCES "LiaisonStation"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "LiaisonStation" ADD CONSTRAINT "LiaisonStation_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "LiaisonStation" ADD CONSTRAINT "LiaisonStation_tenantId_leaderId_fkey" FOREIGN KEY ("tenantId", "leaderId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CongressMeeting" ADD CONSTRAINT "CongressMeeting_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "MeetingAgendaItem" ADD CONSTRAINT "MeetingAgendaItem_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "MeetingAgendaItem" ADD CONSTRAINT "MeetingAgendaItem_tenantId_meetingId_fkey" FOREIGN KEY ("tenantId", "meetingId") REFERENCES "CongressMeeting"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "MeetingOutcome" ADD CONSTRAINT "MeetingOutcome_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "MeetingOutcome" ADD CONSTRAINT "MeetingOutcome_tenantId_meetingId_fkey" FOREIGN KEY ("tenantId", "meetingId") REFERENCES "CongressMeeting"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_tenantId_meetingId_fkey" FOREIGN KEY ("tenantId", "meetingId") REFERENCES "CongressMeeting"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DutyActivity" ADD CONSTRAINT "DutyActivity_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DutyActivity" ADD CONSTRAINT "DutyActivity_tenantId_groupId_fkey" FOREIGN KEY ("tenantId", "groupId") REFERENCES "DeputyGroup"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DutyActivityParticipant" ADD CONSTRAINT "DutyActivityParticipant_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DutyActivityParticipant" ADD CONSTRAINT "DutyActivityParticipant_tenantId_activityId_fkey" FOREIGN KEY ("tenantId", "activityId") REFERENCES "DutyActivity"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DutyActivityParticipant" ADD CONSTRAINT "DutyActivityParticipant_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DutyReview" ADD CONSTRAINT "DutyReview_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DutyReview" ADD CONSTRAINT "DutyReview_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ConstituentContact" ADD CONSTRAINT "ConstituentContact_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ConstituentContact" ADD CONSTRAINT "ConstituentContact_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "PresidiumContact" ADD CONSTRAINT "PresidiumContact_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "PresidiumContact" ADD CONSTRAINT "PresidiumContact_tenantId_memberId_fkey" FOREIGN KEY ("tenantId", "memberId") REFERENCES "Deputy"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "PresidiumContact" ADD CONSTRAINT "PresidiumContact_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ReceptionDay" ADD CONSTRAINT "ReceptionDay_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ReceptionDay" ADD CONSTRAINT "ReceptionDay_tenantId_stationId_fkey" FOREIGN KEY ("tenantId", "stationId") REFERENCES "LiaisonStation"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ReceptionDuty" ADD CONSTRAINT "ReceptionDuty_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ReceptionDuty" ADD CONSTRAINT "ReceptionDuty_tenantId_receptionId_fkey" FOREIGN KEY ("tenantId", "receptionId") REFERENCES "ReceptionDay"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ReceptionDuty" ADD CONSTRAINT "ReceptionDuty_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ReceptionVisit" ADD CONSTRAINT "ReceptionVisit_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ReceptionVisit" ADD CONSTRAINT "ReceptionVisit_tenantId_receptionId_fkey" FOREIGN KEY ("tenantId", "receptionId") REFERENCES "ReceptionDay"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CongressDocument" ADD CONSTRAINT "CongressDocument_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DeputyDeed" ADD CONSTRAINT "DeputyDeed_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "DeputyDeed" ADD CONSTRAINT "DeputyDeed_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CongressAttachment" ADD CONSTRAINT "CongressAttachment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "HandlingUnit" ADD CONSTRAINT "HandlingUnit_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountySetting" ADD CONSTRAINT "CountySetting_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyDepartment" ADD CONSTRAINT "CountyDepartment_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Tenant" ADD CONSTRAINT "Tenant_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "CountyDepartment"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Village" ADD CONSTRAINT "Village_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Grid" ADD CONSTRAINT "Grid_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Grid" ADD CONSTRAINT "Grid_tenantId_villageId_fkey" FOREIGN KEY ("tenantId", "villageId") REFERENCES "Village"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountyRuleValue" ADD CONSTRAINT "CountyRuleValue_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "TenantRuleValue" ADD CONSTRAINT "TenantRuleValue_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_tenantId_leadDeputyId_fkey" FOREIGN KEY ("tenantId", "leadDeputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_tenantId_meetingId_fkey" FOREIGN KEY ("tenantId", "meetingId") REFERENCES "CongressMeeting"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionSigner" ADD CONSTRAINT "SuggestionSigner_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionSigner" ADD CONSTRAINT "SuggestionSigner_tenantId_suggestionId_fkey" FOREIGN KEY ("tenantId", "suggestionId") REFERENCES "Suggestion"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionSigner" ADD CONSTRAINT "SuggestionSigner_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionAssignment" ADD CONSTRAINT "SuggestionAssignment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionAssignment" ADD CONSTRAINT "SuggestionAssignment_tenantId_suggestionId_fkey" FOREIGN KEY ("tenantId", "suggestionId") REFERENCES "Suggestion"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionAssignment" ADD CONSTRAINT "SuggestionAssignment_tenantId_handlingUnitId_fkey" FOREIGN KEY ("tenantId", "handlingUnitId") REFERENCES "HandlingUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionAssignment" ADD CONSTRAINT "SuggestionAssignment_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "CountyDepartment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionTransition" ADD CONSTRAINT "SuggestionTransition_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionTransition" ADD CONSTRAINT "SuggestionTransition_tenantId_suggestionId_fkey" FOREIGN KEY ("tenantId", "suggestionId") REFERENCES "Suggestion"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionTransition" ADD CONSTRAINT "SuggestionTransition_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionAttachment" ADD CONSTRAINT "SuggestionAttachment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionAttachment" ADD CONSTRAINT "SuggestionAttachment_tenantId_suggestionId_fkey" FOREIGN KEY ("tenantId", "suggestionId") REFERENCES "Suggestion"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SuggestionAttachment" ADD CONSTRAINT "SuggestionAttachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recipientUserId_fkey" FOREIGN KEY ("recipientUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "CountySavedFilter" ADD CONSTRAINT "CountySavedFilter_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SavedFilter" ADD CONSTRAINT "SavedFilter_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SavedFilter" ADD CONSTRAINT "SavedFilter_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SupervisionPlan" ADD CONSTRAINT "SupervisionPlan_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SupervisionPlanItem" ADD CONSTRAINT "SupervisionPlanItem_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SupervisionPlanItem" ADD CONSTRAINT "SupervisionPlanItem_tenantId_planId_fkey" FOREIGN KEY ("tenantId", "planId") REFERENCES "SupervisionPlan"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SupervisionActivity" ADD CONSTRAINT "SupervisionActivity_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SupervisionActivity" ADD CONSTRAINT "SupervisionActivity_tenantId_planItemId_fkey" FOREIGN KEY ("tenantId", "planItemId") REFERENCES "SupervisionPlanItem"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SupervisionParticipant" ADD CONSTRAINT "SupervisionParticipant_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SupervisionParticipant" ADD CONSTRAINT "SupervisionParticipant_tenantId_activityId_fkey" FOREIGN KEY ("tenantId", "activityId") REFERENCES "SupervisionActivity"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "SupervisionParticipant" ADD CONSTRAINT "SupervisionParticipant_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_tenantId_activityId_fkey" FOREIGN KEY ("tenantId", "activityId") REFERENCES "SupervisionActivity"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_tenantId_petitionId_fkey" FOREIGN KEY ("tenantId", "petitionId") REFERENCES "Petition"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_tenantId_handlingUnitId_fkey" FOREIGN KEY ("tenantId", "handlingUnitId") REFERENCES "HandlingUnit"("tenantId", "id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "CountyDepartment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "RectificationTransition" ADD CONSTRAINT "RectificationTransition_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "RectificationTransition" ADD CONSTRAINT "RectificationTransition_tenantId_rectificationId_fkey" FOREIGN KEY ("tenantId", "rectificationId") REFERENCES "Rectification"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "RectificationTransition" ADD CONSTRAINT "RectificationTransition_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Petition" ADD CONSTRAINT "Petition_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "PetitionTransition" ADD CONSTRAINT "PetitionTransition_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "PetitionTransition" ADD CONSTRAINT "PetitionTransition_tenantId_petitionId_fkey" FOREIGN KEY ("tenantId", "petitionId") REFERENCES "Petition"("tenantId", "id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "PetitionTransition" ADD CONSTRAINT "PetitionTransition_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

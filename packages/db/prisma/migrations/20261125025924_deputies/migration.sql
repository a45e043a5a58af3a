-- CreateEnum
CREATE TYPE "DeputyGender" AS ENUM ('male', 'female');

-- CreateEnum
CREATE TYPE "DeputyLevel" AS ENUM ('township', 'county', 'city', 'province', 'national');

-- CreateEnum
CREATE TYPE "DeputyStatus" AS ENUM ('serving', 'by_elected', 'resigned', 'removed', 'deceased');

-- CreateEnum
CREATE TYPE "DeputyParty" AS ENUM ('cpc', 'cpc_probationary', 'rcck', 'cdl', 'cndca', 'capd', 'cpwdp', 'zhi_gong', 'jiusan', 'taiwan_league', 'non_party', 'masses');

-- CreateEnum
CREATE TYPE "DeputyEducation" AS ENUM ('postgraduate', 'undergraduate', 'college', 'secondary', 'junior', 'primary');

-- CreateEnum
CREATE TYPE "DeputySector" AS ENUM ('worker', 'farmer', 'cadre', 'professional', 'business', 'military', 'other');

-- CreateEnum
CREATE TYPE "PresidiumRole" AS ENUM ('chair', 'vice_chair', 'member');

-- CreateEnum
CREATE TYPE "LiaisonStationKind" AS ENUM ('station', 'home', 'room');

-- CreateEnum
CREATE TYPE "CongressMeetingKind" AS ENUM ('session', 'presidium');

-- CreateEnum
CREATE TYPE "CongressSessionType" AS ENUM ('regular', 'inaugural', 'extraordinary');

-- CreateEnum
CREATE TYPE "CongressMeetingStatus" AS ENUM ('planned', 'held', 'cancelled');

-- CreateEnum
CREATE TYPE "MeetingAgendaKind" AS ENUM ('government_report', 'presidium_report', 'budget_report', 'final_accounts_report', 'special_report', 'suggestion_handling_report', 'major_decision', 'election', 'work_plan', 'other');

-- CreateEnum
CREATE TYPE "MeetingOutcomeKind" AS ENUM ('resolution', 'election', 'decision');

-- CreateEnum
CREATE TYPE "MeetingAttendanceStatus" AS ENUM ('present', 'leave', 'absent');

-- CreateEnum
CREATE TYPE "DutyActivityType" AS ENUM ('inspection', 'survey', 'law_enforcement_check', 'voter_contact', 'training', 'duty_report', 'special_supervision', 'appraisal', 'observation', 'other');

-- CreateEnum
CREATE TYPE "DutyReviewForm" AS ENUM ('written', 'oral');

-- CreateEnum
CREATE TYPE "DutyReviewVenue" AS ENUM ('session', 'voters_meeting', 'group_meeting');

-- CreateEnum
CREATE TYPE "ReceptionHandling" AS ENUM ('answered', 'referred_suggestion', 'referred_petition', 'referred_unit', 'other');

-- CreateEnum
CREATE TYPE "CongressDocumentDirection" AS ENUM ('incoming', 'outgoing');

-- CreateEnum
CREATE TYPE "CongressAttachmentOwner" AS ENUM ('activity', 'meeting', 'document', 'reception');

-- CreateTable
CREATE TABLE "Deputy" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "gender" "DeputyGender" NOT NULL,
    "birthDate" DATE NOT NULL,
    "ethnicity" TEXT NOT NULL,
    "party" "DeputyParty" NOT NULL,
    "education" "DeputyEducation",
    "sector" "DeputySector" NOT NULL,
    "levels" "DeputyLevel"[],
    "termNo" INTEGER NOT NULL,
    "constituency" TEXT NOT NULL,
    "groupId" UUID,
    "stationId" UUID,
    "presidiumRole" "PresidiumRole",
    "status" "DeputyStatus" NOT NULL DEFAULT 'serving',
    "electedOn" DATE,
    "statusDate" DATE,
    "statusReason" TEXT,
    "workplace" TEXT,
    "phone" TEXT,
    "address" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Deputy_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "DeputyStatusChange" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "fromStatus" "DeputyStatus",
    "toStatus" "DeputyStatus" NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeputyStatusChange_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "DeputyGroup" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "area" TEXT,
    "leaderId" UUID,
    "stationId" UUID,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeputyGroup_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "LiaisonStation" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "LiaisonStationKind" NOT NULL,
    "address" TEXT,
    "schedule" TEXT,
    "leaderId" UUID,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LiaisonStation_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "CongressMeeting" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "kind" "CongressMeetingKind" NOT NULL,
    "sessionType" "CongressSessionType",
    "termNo" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "place" TEXT,
    "status" "CongressMeetingStatus" NOT NULL DEFAULT 'planned',
    "minutes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CongressMeeting_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "MeetingAgendaItem" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" "MeetingAgendaKind" NOT NULL,
    "title" TEXT NOT NULL,
    "presenter" TEXT,

    CONSTRAINT "MeetingAgendaItem_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "MeetingOutcome" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" "MeetingOutcomeKind" NOT NULL,
    "title" TEXT NOT NULL,
    "post" TEXT,
    "electedName" TEXT,
    "votesFor" INTEGER,
    "votesAgainst" INTEGER,
    "abstentions" INTEGER,
    "note" TEXT,

    CONSTRAINT "MeetingOutcome_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "tenantId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "status" "MeetingAttendanceStatus" NOT NULL,
    "spoke" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("tenantId","meetingId","deputyId")
);

-- CreateTable
CREATE TABLE "DutyActivity" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "type" "DutyActivityType" NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "endDate" DATE,
    "place" TEXT,
    "groupId" UUID,
    "organiser" TEXT,
    "staffParticipants" TEXT,
    "summary" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DutyActivity_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "DutyActivityParticipant" (
    "tenantId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,

    CONSTRAINT "DutyActivityParticipant_pkey" PRIMARY KEY ("tenantId","activityId","deputyId")
);

-- CreateTable
CREATE TABLE "DutyReview" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "form" "DutyReviewForm" NOT NULL,
    "venue" "DutyReviewVenue" NOT NULL,
    "votesSatisfied" INTEGER NOT NULL DEFAULT 0,
    "votesBasicallySatisfied" INTEGER NOT NULL DEFAULT 0,
    "votesUnsatisfied" INTEGER NOT NULL DEFAULT 0,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DutyReview_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "ConstituentContact" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "address" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConstituentContact_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "PresidiumContact" (
    "tenantId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PresidiumContact_pkey" PRIMARY KEY ("tenantId","memberId","deputyId")
);

-- CreateTable
CREATE TABLE "ReceptionDay" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "place" TEXT,
    "stationId" UUID,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReceptionDay_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "ReceptionDuty" (
    "tenantId" UUID NOT NULL,
    "receptionId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,

    CONSTRAINT "ReceptionDuty_pkey" PRIMARY KEY ("tenantId","receptionId","deputyId")
);

-- CreateTable
CREATE TABLE "ReceptionVisit" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "receptionId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "visitorName" TEXT NOT NULL,
    "visitorCount" INTEGER NOT NULL DEFAULT 1,
    "address" TEXT,
    "phone" TEXT,
    "issue" TEXT NOT NULL,
    "handling" "ReceptionHandling" NOT NULL,
    "followUp" TEXT,

    CONSTRAINT "ReceptionVisit_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "CongressDocument" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "direction" "CongressDocumentDirection" NOT NULL,
    "date" DATE NOT NULL,
    "docNumber" TEXT,
    "title" TEXT NOT NULL,
    "counterpart" TEXT NOT NULL,
    "handling" TEXT,
    "handledBy" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CongressDocument_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "DeputyDeed" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "recognition" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeputyDeed_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "CongressAttachment" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "ownerKind" "CongressAttachmentOwner" NOT NULL,
    "ownerId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,

    CONSTRAINT "CongressAttachment_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateIndex
CREATE INDEX "Deputy_tenantId_groupId_idx" ON "Deputy"("tenantId", "groupId");

-- CreateIndex
CREATE INDEX "Deputy_tenantId_stationId_idx" ON "Deputy"("tenantId", "stationId");

-- CreateIndex
CREATE INDEX "Deputy_tenantId_status_idx" ON "Deputy"("tenantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Deputy_tenantId_termNo_name_birthDate_key" ON "Deputy"("tenantId", "termNo", "name", "birthDate");

-- CreateIndex
CREATE INDEX "DeputyStatusChange_tenantId_deputyId_idx" ON "DeputyStatusChange"("tenantId", "deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "DeputyGroup_tenantId_name_key" ON "DeputyGroup"("tenantId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "LiaisonStation_tenantId_name_key" ON "LiaisonStation"("tenantId", "name");

-- CreateIndex
CREATE INDEX "CongressMeeting_tenantId_startDate_idx" ON "CongressMeeting"("tenantId", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "CongressMeeting_tenantId_kind_termNo_number_key" ON "CongressMeeting"("tenantId", "kind", "termNo", "number");

-- CreateIndex
CREATE INDEX "MeetingAgendaItem_tenantId_meetingId_idx" ON "MeetingAgendaItem"("tenantId", "meetingId");

-- CreateIndex
CREATE INDEX "MeetingOutcome_tenantId_meetingId_idx" ON "MeetingOutcome"("tenantId", "meetingId");

-- CreateIndex
CREATE INDEX "MeetingAttendance_tenantId_deputyId_idx" ON "MeetingAttendance"("tenantId", "deputyId");

-- CreateIndex
CREATE INDEX "DutyActivity_tenantId_date_idx" ON "DutyActivity"("tenantId", "date");

-- CreateIndex
CREATE INDEX "DutyActivity_tenantId_groupId_idx" ON "DutyActivity"("tenantId", "groupId");

-- CreateIndex
CREATE INDEX "DutyActivityParticipant_tenantId_deputyId_idx" ON "DutyActivityParticipant"("tenantId", "deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "DutyReview_tenantId_deputyId_year_key" ON "DutyReview"("tenantId", "deputyId", "year");

-- CreateIndex
CREATE INDEX "ConstituentContact_tenantId_deputyId_idx" ON "ConstituentContact"("tenantId", "deputyId");

-- CreateIndex
CREATE INDEX "PresidiumContact_tenantId_deputyId_idx" ON "PresidiumContact"("tenantId", "deputyId");

-- CreateIndex
CREATE INDEX "ReceptionDay_tenantId_date_idx" ON "ReceptionDay"("tenantId", "date");

-- CreateIndex
CREATE INDEX "ReceptionDuty_tenantId_deputyId_idx" ON "ReceptionDuty"("tenantId", "deputyId");

-- CreateIndex
CREATE INDEX "ReceptionVisit_tenantId_receptionId_idx" ON "ReceptionVisit"("tenantId", "receptionId");

-- CreateIndex
CREATE INDEX "CongressDocument_tenantId_date_idx" ON "CongressDocument"("tenantId", "date");

-- CreateIndex
CREATE INDEX "DeputyDeed_tenantId_deputyId_idx" ON "DeputyDeed"("tenantId", "deputyId");

-- CreateIndex
CREATE INDEX "DeputyDeed_tenantId_date_idx" ON "DeputyDeed"("tenantId", "date");

-- CreateIndex
CREATE INDEX "CongressAttachment_tenantId_ownerKind_ownerId_idx" ON "CongressAttachment"("tenantId", "ownerKind", "ownerId");

-- AddForeignKey
ALTER TABLE "Deputy" ADD CONSTRAINT "Deputy_tenantId_groupId_fkey" FOREIGN KEY ("tenantId", "groupId") REFERENCES "DeputyGroup"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deputy" ADD CONSTRAINT "Deputy_tenantId_stationId_fkey" FOREIGN KEY ("tenantId", "stationId") REFERENCES "LiaisonStation"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyStatusChange" ADD CONSTRAINT "DeputyStatusChange_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyGroup" ADD CONSTRAINT "DeputyGroup_tenantId_leaderId_fkey" FOREIGN KEY ("tenantId", "leaderId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyGroup" ADD CONSTRAINT "DeputyGroup_tenantId_stationId_fkey" FOREIGN KEY ("tenantId", "stationId") REFERENCES "LiaisonStation"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiaisonStation" ADD CONSTRAINT "LiaisonStation_tenantId_leaderId_fkey" FOREIGN KEY ("tenantId", "leaderId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAgendaItem" ADD CONSTRAINT "MeetingAgendaItem_tenantId_meetingId_fkey" FOREIGN KEY ("tenantId", "meetingId") REFERENCES "CongressMeeting"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingOutcome" ADD CONSTRAINT "MeetingOutcome_tenantId_meetingId_fkey" FOREIGN KEY ("tenantId", "meetingId") REFERENCES "CongressMeeting"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_tenantId_meetingId_fkey" FOREIGN KEY ("tenantId", "meetingId") REFERENCES "CongressMeeting"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyActivity" ADD CONSTRAINT "DutyActivity_tenantId_groupId_fkey" FOREIGN KEY ("tenantId", "groupId") REFERENCES "DeputyGroup"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyActivityParticipant" ADD CONSTRAINT "DutyActivityParticipant_tenantId_activityId_fkey" FOREIGN KEY ("tenantId", "activityId") REFERENCES "DutyActivity"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyActivityParticipant" ADD CONSTRAINT "DutyActivityParticipant_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyReview" ADD CONSTRAINT "DutyReview_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConstituentContact" ADD CONSTRAINT "ConstituentContact_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PresidiumContact" ADD CONSTRAINT "PresidiumContact_tenantId_memberId_fkey" FOREIGN KEY ("tenantId", "memberId") REFERENCES "Deputy"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PresidiumContact" ADD CONSTRAINT "PresidiumContact_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionDay" ADD CONSTRAINT "ReceptionDay_tenantId_stationId_fkey" FOREIGN KEY ("tenantId", "stationId") REFERENCES "LiaisonStation"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionDuty" ADD CONSTRAINT "ReceptionDuty_tenantId_receptionId_fkey" FOREIGN KEY ("tenantId", "receptionId") REFERENCES "ReceptionDay"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionDuty" ADD CONSTRAINT "ReceptionDuty_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionVisit" ADD CONSTRAINT "ReceptionVisit_tenantId_receptionId_fkey" FOREIGN KEY ("tenantId", "receptionId") REFERENCES "ReceptionDay"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyDeed" ADD CONSTRAINT "DeputyDeed_tenantId_deputyId_fkey" FOREIGN KEY ("tenantId", "deputyId") REFERENCES "Deputy"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

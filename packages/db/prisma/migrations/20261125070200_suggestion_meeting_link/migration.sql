-- A suggestion raised at a congress session points at that session of the same township
-- (the deputies area's CongressMeeting); MATCH SIMPLE lets between-session ones keep NULL.
-- The API checks the meeting is a session; a session with suggestions cannot be deleted.
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_meeting_fkey" FOREIGN KEY ("tenantId", "meetingId") REFERENCES "CongressMeeting"("tenantId", id) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_meeting_only_at_session_check" CHECK ("meetingId" IS NULL OR source = 'session');

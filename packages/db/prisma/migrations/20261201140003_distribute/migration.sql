-- Distributes the tables on Citus (docs/scale.md): a no-op on plain PostgreSQL, where the
-- `citus` extension is absent, so both run the same migrations.
--
-- Platform tables become reference tables (a copy on every worker); every tenant table is
-- distributed by "tenantId" in one co-location group, so a township's rows of every
-- table sit on one worker. AuditLog and AuditChainHead stay on the coordinator (county and
-- platform entries have no township). Every later migration that adds a table names it here
-- in a migration of its own (app_distribute_tables below, with the new names); the guard
-- packages/db/test/distribute.int.test.ts fails on a tenant table no migration distributes.
CREATE FUNCTION app_distribute_tables(p_reference text[], p_distributed text[]) RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
  name text;
  pending text[];
  progressed boolean;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
    RETURN;
  END IF;
  FOREACH name IN ARRAY p_reference LOOP
    PERFORM create_reference_table(format('public.%I', name)::regclass);
  END LOOP;
  -- A table whose foreign keys point at tenant tables not yet distributed waits for them.
  pending := p_distributed;
  WHILE array_length(pending, 1) > 0 LOOP
    progressed := false;
    FOREACH name IN ARRAY pending LOOP
      IF NOT EXISTS (
        SELECT 1 FROM pg_constraint c JOIN pg_class t ON t.oid = c.confrelid
        WHERE c.contype = 'f' AND c.conparentid = 0 AND c.conrelid = format('public.%I', name)::regclass
          AND c.confrelid <> c.conrelid AND t.relname = ANY (pending)
      ) THEN
        -- 'default': one co-location group for every table distributed by a uuid with the same shard count.
        PERFORM create_distributed_table(format('public.%I', name)::regclass, 'tenantId', colocate_with => 'default');
        pending := array_remove(pending, name);
        progressed := true;
      END IF;
    END LOOP;
    IF NOT progressed THEN
      RAISE EXCEPTION 'app_distribute_tables: foreign keys in a cycle among %', pending;
    END IF;
  END LOOP;
END $$;
REVOKE ALL ON FUNCTION app_distribute_tables(text[], text[]) FROM PUBLIC;

SELECT app_distribute_tables(
  ARRAY[
    'County', 'CountyDepartment', 'CountyHoliday', 'CountyRuleValue', 'CountySavedFilter', 'CountySetting',
    'Tenant', 'User', 'Membership', 'GridGuarantee', 'IndicatorRankingSnapshot',
    'AppraisalTemplate', 'AppraisalRuleSet', 'AppraisalCampaign', 'AppraisalCampaignTransition', 'AppraisalPhase', 'AppraisalEvaluatorGroup'
  ],
  ARRAY[
    'Village',
    'AppraisalItemScore', 'AppraisalPhaseScore', 'AppraisalResult', 'AppraisalSubject',
    'Attachment', 'AttachmentContent', 'AttachmentThumbnail',
    'Ballot', 'BallotCode', 'CongressDocument', 'CongressMeeting', 'ConstituentContact', 'DemocraticEvaluation',
    'Deputy', 'DeputyDeed', 'DeputyGroup', 'DeputyStatusChange', 'DutyActivity', 'DutyActivityParticipant', 'DutyReview',
    'EvaluationGroup', 'Grid', 'GridEvent', 'GridEventTransition', 'GridMember', 'HandlingUnit', 'IdempotentRequest',
    'IndicatorCorrection', 'IndicatorDirtyDay', 'IndicatorValue', 'LedgerInspection', 'LedgerObject', 'LiaisonStation',
    'MeetingAgendaItem', 'MeetingAttendance', 'MeetingOutcome', 'Notification', 'NumberCounter', 'Patrol',
    'Petition', 'PetitionTransition', 'PresidiumContact', 'ReceptionDay', 'ReceptionDuty', 'ReceptionVisit',
    'Rectification', 'RectificationTransition', 'ResponsibilityLetter', 'SavedFilter',
    'Suggestion', 'SuggestionAssignment', 'SuggestionSigner', 'SuggestionTransition',
    'SupervisionActivity', 'SupervisionParticipant', 'SupervisionPlan', 'SupervisionPlanItem', 'TenantRuleValue'
  ]
);

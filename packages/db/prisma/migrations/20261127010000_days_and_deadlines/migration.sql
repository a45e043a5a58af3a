-- Days are named "...On" and instants "...At" (docs/decisions.md); renames keep the data.
ALTER TABLE "Suggestion" RENAME COLUMN "submittedAt" TO "submittedOn";
ALTER TABLE "Suggestion" RENAME COLUMN "assignedAt" TO "assignedOn";
ALTER TABLE "Suggestion" RENAME COLUMN "dueAt" TO "dueOn";
ALTER INDEX "Suggestion_tenantId_dueAt_idx" RENAME TO "Suggestion_tenantId_dueOn_idx";
ALTER TABLE "SuggestionAssignment" RENAME COLUMN "assignedAt" TO "assignedOn";
ALTER TABLE "SuggestionAssignment" RENAME COLUMN "dueAt" TO "dueOn";
ALTER TABLE "Rectification" RENAME COLUMN "issuedAt" TO "issuedOn";
ALTER TABLE "Rectification" RENAME COLUMN "dueAt" TO "dueOn";
ALTER TABLE "Petition" RENAME COLUMN "receivedAt" TO "receivedOn";

-- Deadline integrity: the first deadline is kept; an extension is recorded and counted apart.
ALTER TABLE "Suggestion" ADD COLUMN "originalDueOn" DATE;
ALTER TABLE "Suggestion" ADD COLUMN "deadlineExtended" BOOLEAN NOT NULL DEFAULT false;
UPDATE "Suggestion" s SET "originalDueOn" = first."dueOn"
  FROM (SELECT DISTINCT ON ("tenantId", "suggestionId") "tenantId", "suggestionId", "dueOn" FROM "SuggestionAssignment" ORDER BY "tenantId", "suggestionId", "assignedOn", id) first
  WHERE s."tenantId" = first."tenantId" AND s.id = first."suggestionId";
ALTER TABLE "Rectification" ADD COLUMN "deadlineExtended" BOOLEAN NOT NULL DEFAULT false;

-- Petition steps name their actor like every other workflow's.
ALTER TABLE "PetitionTransition" ADD COLUMN "actorKind" TEXT NOT NULL DEFAULT 'office';

-- The county's time zone: its days, deadlines and "today".
ALTER TABLE "County" ADD COLUMN "timeZone" TEXT NOT NULL DEFAULT 'Asia/Shanghai';

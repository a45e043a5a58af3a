-- One attachment store (README "Attachments"): row-level security and checks for the new
-- tables, and every file of the two old tables moved in with its id, owner and uploader.
-- The old tables are dropped by the next migration.

-- The owner reads every row of the old tables here, also when it is not a superuser
-- (their FORCE'd policies would hide rows from it, and the copy would silently be empty).
ALTER TABLE "SuggestionAttachment" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "CongressAttachment" NO FORCE ROW LEVEL SECURITY;

INSERT INTO "Attachment" ("tenantId", id, "ownerKind", "ownerId", "fileName", "contentType", size, storage, "uploadedById", "uploaderName", "createdAt")
SELECT a."tenantId", a.id, 'suggestion', a."suggestionId", a."fileName", a."mimeType", a.size, 'database', a."uploadedById", COALESCE(u."displayName", ''), a."createdAt"
FROM "SuggestionAttachment" a LEFT JOIN "User" u ON u.id = a."uploadedById";

INSERT INTO "AttachmentContent" ("tenantId", "attachmentId", data)
SELECT "tenantId", id, content FROM "SuggestionAttachment";

-- Congress files named their uploader by display name only.
INSERT INTO "Attachment" ("tenantId", id, "ownerKind", "ownerId", "fileName", "contentType", size, storage, "uploadedById", "uploaderName", "createdAt")
SELECT "tenantId", id,
  (CASE "ownerKind"::text WHEN 'activity' THEN 'duty_activity' ELSE "ownerKind"::text END)::"AttachmentOwnerKind",
  "ownerId", "fileName", "contentType", size, 'database', NULL, COALESCE("createdBy", ''), "createdAt"
FROM "CongressAttachment";

INSERT INTO "AttachmentContent" ("tenantId", "attachmentId", data)
SELECT "tenantId", id, data FROM "CongressAttachment";

-- A file has bytes; those kept in PostgreSQL are here, one stored in S3 has no row here.
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_size_check" CHECK ("size" > 0);
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_fileName_check" CHECK (length("fileName") BETWEEN 1 AND 200);
ALTER TABLE "AttachmentContent" ADD CONSTRAINT "AttachmentContent_size_check" CHECK (octet_length(data) > 0);

SELECT app_enable_tenant_rls('"Attachment"');
SELECT app_enable_tenant_rls('"AttachmentContent"');

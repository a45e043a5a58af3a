-- Thumbnails are township data like the files they are made from.
ALTER TABLE "AttachmentThumbnail" ADD CONSTRAINT "AttachmentThumbnail_size_check" CHECK (octet_length(data) > 0);
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_position_check" CHECK (
  (latitude IS NULL) = (longitude IS NULL)
  AND (latitude IS NULL OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180))
);
SELECT app_enable_tenant_rls('"AttachmentThumbnail"');

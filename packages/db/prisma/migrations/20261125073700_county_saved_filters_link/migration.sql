-- A county user's saved filters go with the user (platform table, no tenant rows inside).
ALTER TABLE "CountySavedFilter" ADD CONSTRAINT "CountySavedFilter_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"(id) ON DELETE CASCADE ON UPDATE CASCADE;

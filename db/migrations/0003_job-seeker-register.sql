ALTER TABLE "job_seeker_notes" ADD COLUMN "details" jsonb;--> statement-breakpoint
CREATE INDEX "job_seekers_name_sort_idx" ON "job_seekers" USING btree (lower("last_name"),lower("first_name"),"id","last_name","first_name") WHERE "job_seekers"."erased_at" is null;--> statement-breakpoint
CREATE INDEX "job_seekers_sectors_idx" ON "job_seekers" USING gin ("wanted_sectors");--> statement-breakpoint
ALTER TABLE "job_seeker_notes" ADD CONSTRAINT "job_seeker_notes_kind_ck" CHECK ("job_seeker_notes"."kind" in ('note', 'status', 'handover', 'consent'));
CREATE INDEX "placement_milestones_outcome_due_idx" ON "placement_milestones" USING btree ("outcome_id","due_on");--> statement-breakpoint
CREATE INDEX "placements_end_idx" ON "placements" USING btree ("end_date");--> statement-breakpoint
CREATE INDEX "sib_claims_claimed_idx" ON "sib_claims" USING btree ("claimed_at");
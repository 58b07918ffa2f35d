ALTER TABLE "proposal_events" DROP CONSTRAINT "proposal_events_moves_ck";--> statement-breakpoint
ALTER TABLE "proposal_events" ADD COLUMN "cause" text;--> statement-breakpoint
ALTER TABLE "proposal_events" ADD COLUMN "interview_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "proposal_events" ADD CONSTRAINT "proposal_events_cause_ck" CHECK ("proposal_events"."cause" is null or "proposal_events"."cause" in ('consent_withdrawn', 'rescheduled'));--> statement-breakpoint
ALTER TABLE "proposal_events" ADD CONSTRAINT "proposal_events_moves_ck" CHECK ("proposal_events"."from_stage" is null or "proposal_events"."from_stage" <> "proposal_events"."to_stage" or ("proposal_events"."cause" = 'rescheduled' and "proposal_events"."interview_at" is not null));
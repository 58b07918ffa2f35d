ALTER TABLE "vacancies" DROP CONSTRAINT "vacancies_complete_unless_draft_ck";--> statement-breakpoint
ALTER TABLE "vacancies" ADD COLUMN "source" text DEFAULT 'own' NOT NULL;--> statement-breakpoint
ALTER TABLE "vacancies" ADD COLUMN "ba_reference" text;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_ba_reference_uq" UNIQUE("ba_reference");--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_source_ck" CHECK ("vacancies"."source" in ('own', 'ba') and ("vacancies"."source" = 'ba') = ("vacancies"."ba_reference" is not null));--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_complete_unless_draft_ck" CHECK ("vacancies"."status" = 'draft' or "vacancies"."source" = 'ba' or ("vacancies"."sector" is not null and "vacancies"."place_id" is not null and "vacancies"."hours_min" is not null and "vacancies"."hours_max" is not null and "vacancies"."contract" is not null and "vacancies"."description" is not null));
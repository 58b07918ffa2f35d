ALTER TYPE "public"."milestone_state" ADD VALUE 'claimed' BEFORE 'verified';--> statement-breakpoint
CREATE TABLE "sib_contract_outcomes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sib_contract_outcomes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"contract_id" integer NOT NULL,
	"milestone" text NOT NULL,
	"weeks_after_start" smallint NOT NULL,
	"min_hours_per_week" smallint NOT NULL,
	"price_cents" integer NOT NULL,
	"counts_per" text NOT NULL,
	"evidence_needed" text NOT NULL,
	CONSTRAINT "sib_contract_outcomes_kind_uq" UNIQUE("contract_id","milestone"),
	CONSTRAINT "sib_contract_outcomes_weeks_ck" CHECK ("sib_contract_outcomes"."weeks_after_start" between 0 and 156),
	CONSTRAINT "sib_contract_outcomes_hours_ck" CHECK ("sib_contract_outcomes"."min_hours_per_week" between 1 and 60),
	CONSTRAINT "sib_contract_outcomes_price_ck" CHECK ("sib_contract_outcomes"."price_cents" between 0 and 100000000),
	CONSTRAINT "sib_contract_outcomes_per_ck" CHECK ("sib_contract_outcomes"."counts_per" in ('placement', 'person')),
	CONSTRAINT "sib_contract_outcomes_evidence_ck" CHECK (length(btrim("sib_contract_outcomes"."evidence_needed")) between 1 and 500)
);
--> statement-breakpoint
CREATE TABLE "sib_contracts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sib_contracts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"investor" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"cap_cents" bigint NOT NULL,
	"claim_window_weeks" smallint DEFAULT 13 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sib_contracts_name_ck" CHECK (length(btrim("sib_contracts"."name")) between 1 and 200),
	CONSTRAINT "sib_contracts_investor_ck" CHECK (length(btrim("sib_contracts"."investor")) between 1 and 200),
	CONSTRAINT "sib_contracts_period_ck" CHECK ("sib_contracts"."ends_on" >= "sib_contracts"."starts_on"),
	CONSTRAINT "sib_contracts_cap_ck" CHECK ("sib_contracts"."cap_cents" >= 0),
	CONSTRAINT "sib_contracts_window_ck" CHECK ("sib_contracts"."claim_window_weeks" between 1 and 104)
);
--> statement-breakpoint
CREATE TABLE "sib_claim_evidence" (
	"claim_id" integer NOT NULL,
	"document_id" integer NOT NULL,
	CONSTRAINT "sib_claim_evidence_claim_id_document_id_pk" PRIMARY KEY("claim_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "sib_claims" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sib_claims_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"placement_id" integer NOT NULL,
	"milestone" text NOT NULL,
	"claimed_by" integer NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text,
	"evidence_count" smallint NOT NULL,
	"decision" text,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"reason" text,
	CONSTRAINT "sib_claims_four_eyes_ck" CHECK ("sib_claims"."decided_by" is null or "sib_claims"."decided_by" <> "sib_claims"."claimed_by"),
	CONSTRAINT "sib_claims_decision_ck" CHECK ("sib_claims"."decision" is null or "sib_claims"."decision" in ('verified', 'denied')),
	CONSTRAINT "sib_claims_decided_ck" CHECK (("sib_claims"."decision" is null and "sib_claims"."decided_by" is null and "sib_claims"."decided_at" is null) or ("sib_claims"."decision" is not null and "sib_claims"."decided_by" is not null and "sib_claims"."decided_at" is not null)),
	CONSTRAINT "sib_claims_reason_ck" CHECK ("sib_claims"."decision" is distinct from 'denied' or length(btrim(coalesce("sib_claims"."reason", ''))) > 0),
	CONSTRAINT "sib_claims_evidence_ck" CHECK ("sib_claims"."evidence_count" >= 1),
	CONSTRAINT "sib_claims_after_claim_ck" CHECK ("sib_claims"."decided_at" is null or "sib_claims"."decided_at" >= "sib_claims"."claimed_at")
);
--> statement-breakpoint
ALTER TABLE "sib_milestones" DROP CONSTRAINT "sib_milestones_amount_ck";--> statement-breakpoint
ALTER TABLE "placement_milestones" ADD COLUMN "outcome_id" integer;--> statement-breakpoint
ALTER TABLE "placement_milestones" ADD COLUMN "due_on" date;--> statement-breakpoint
ALTER TABLE "placement_milestones" ADD COLUMN "price_cents" integer;--> statement-breakpoint
ALTER TABLE "placement_milestones" ADD COLUMN "counts_per" text;--> statement-breakpoint
ALTER TABLE "placement_milestones" ADD COLUMN "min_hours_per_week" smallint;--> statement-breakpoint
ALTER TABLE "sib_contract_outcomes" ADD CONSTRAINT "sib_contract_outcomes_contract_id_sib_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."sib_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sib_contract_outcomes" ADD CONSTRAINT "sib_contract_outcomes_milestone_sib_milestones_code_fk" FOREIGN KEY ("milestone") REFERENCES "public"."sib_milestones"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sib_contracts" ADD CONSTRAINT "sib_contracts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sib_claim_evidence" ADD CONSTRAINT "sib_claim_evidence_claim_id_sib_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."sib_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sib_claim_evidence" ADD CONSTRAINT "sib_claim_evidence_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sib_claims" ADD CONSTRAINT "sib_claims_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sib_claims" ADD CONSTRAINT "sib_claims_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sib_claims" ADD CONSTRAINT "sib_claims_milestone_fk" FOREIGN KEY ("placement_id","milestone") REFERENCES "public"."placement_milestones"("placement_id","milestone") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sib_claim_evidence_document_idx" ON "sib_claim_evidence" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "sib_claims_milestone_idx" ON "sib_claims" USING btree ("placement_id","milestone");--> statement-breakpoint
CREATE INDEX "sib_claims_decided_idx" ON "sib_claims" USING btree ("decision","decided_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sib_claims_live_uq" ON "sib_claims" USING btree ("placement_id","milestone") WHERE "sib_claims"."decision" is null or "sib_claims"."decision" = 'verified';--> statement-breakpoint
ALTER TABLE "placement_milestones" ADD CONSTRAINT "placement_milestones_outcome_id_sib_contract_outcomes_id_fk" FOREIGN KEY ("outcome_id") REFERENCES "public"."sib_contract_outcomes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "placement_milestones_outcome_idx" ON "placement_milestones" USING btree ("outcome_id","state");--> statement-breakpoint
CREATE INDEX "placement_milestones_due_idx" ON "placement_milestones" USING btree ("state","due_on");--> statement-breakpoint
ALTER TABLE "sib_milestones" DROP COLUMN "weeks_after_start";--> statement-breakpoint
ALTER TABLE "sib_milestones" DROP COLUMN "pays";--> statement-breakpoint
ALTER TABLE "sib_milestones" DROP COLUMN "amount_eur";--> statement-breakpoint
ALTER TABLE "sib_milestones" DROP COLUMN "min_hours_per_week";--> statement-breakpoint
ALTER TABLE "placement_milestones" ADD CONSTRAINT "placement_milestones_terms_ck" CHECK (("placement_milestones"."outcome_id" is null) = ("placement_milestones"."due_on" is null) and ("placement_milestones"."outcome_id" is null) = ("placement_milestones"."price_cents" is null) and ("placement_milestones"."outcome_id" is null) = ("placement_milestones"."counts_per" is null) and ("placement_milestones"."outcome_id" is null) = ("placement_milestones"."min_hours_per_week" is null));
CREATE TYPE "public"."audit_result" AS ENUM('ok', 'denied', 'error');--> statement-breakpoint
CREATE TYPE "public"."cefr_level" AS ENUM('A1', 'A2', 'B1', 'B2', 'C1', 'C2');--> statement-breakpoint
CREATE TYPE "public"."contract_type" AS ENUM('permanent', 'fixed_term');--> statement-breakpoint
CREATE TYPE "public"."cross_border_check" AS ENUM('social_security', 'health_insurance_s1', 'tax_treaty', 'grensinfopunt_advice', 'a1_certificate');--> statement-breakpoint
CREATE TYPE "public"."funding_stream" AS ENUM('regular', 'sib');--> statement-breakpoint
CREATE TYPE "public"."german_state" AS ENUM('NW', 'NI');--> statement-breakpoint
CREATE TYPE "public"."job_seeker_status" AS ENUM('intake', 'active', 'in_training', 'placed', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."locale" AS ENUM('nl', 'de');--> statement-breakpoint
CREATE TYPE "public"."milestone_state" AS ENUM('waiting', 'verified', 'denied');--> statement-breakpoint
CREATE TYPE "public"."proposal_stage" AS ENUM('proposed', 'seen', 'interview', 'trial_day', 'offer', 'hired', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."recognition_status" AS ENUM('not_needed', 'not_started', 'applied', 'shortfall_notice', 'adaptation', 'recognised');--> statement-breakpoint
CREATE TYPE "public"."retention_outcome" AS ENUM('pending', 'still_working', 'ended');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('admin', 'manager', 'caseworker', 'employer');--> statement-breakpoint
CREATE TYPE "public"."sector" AS ENUM('elderly_care', 'nursing', 'care_assistance', 'disability_care', 'logistics', 'production', 'retail', 'hospitality', 'cleaning', 'construction', 'agriculture', 'other');--> statement-breakpoint
CREATE TYPE "public"."vacancy_status" AS ENUM('draft', 'open', 'paused', 'filled', 'closed');--> statement-breakpoint
CREATE TABLE "places" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "places_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"country" char(2) NOT NULL,
	"state" text NOT NULL,
	"name" text NOT NULL,
	"postcode" text NOT NULL,
	"district" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	CONSTRAINT "places_country_name_uq" UNIQUE("country","name"),
	CONSTRAINT "places_country_ck" CHECK ("places"."country" in ('NL', 'DE')),
	CONSTRAINT "places_lat_ck" CHECK ("places"."lat" between -90 and 90),
	CONSTRAINT "places_lon_ck" CHECK ("places"."lon" between -180 and 180)
);
--> statement-breakpoint
CREATE TABLE "employer_contacts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "employer_contacts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"employer_id" integer NOT NULL,
	"name" text NOT NULL,
	"job_title" text,
	"email" text,
	"phone" text
);
--> statement-breakpoint
CREATE TABLE "employers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "employers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"street" text,
	"postcode" text,
	"place_id" integer,
	"sector" "sector" NOT NULL,
	"website" text,
	"phone" text,
	"email" text,
	"description" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employers_name_ck" CHECK (length(btrim("employers"."name")) between 1 and 200),
	CONSTRAINT "employers_postcode_ck" CHECK ("employers"."postcode" is null or "employers"."postcode" ~ '^([0-9]{5}|[1-9][0-9]{3} ?[A-Z]{2})$')
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "role" NOT NULL,
	"employer_id" integer,
	"locale" "locale" DEFAULT 'nl' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"failed_sign_ins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"session_version" integer DEFAULT 1 NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_employer_role_ck" CHECK (("users"."role" = 'employer') = ("users"."employer_id" is not null)),
	CONSTRAINT "users_email_ck" CHECK ("users"."email" ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
	CONSTRAINT "users_failed_ck" CHECK ("users"."failed_sign_ins" >= 0)
);
--> statement-breakpoint
CREATE TABLE "job_seeker_checks" (
	"job_seeker_id" integer NOT NULL,
	"item" "cross_border_check" NOT NULL,
	"done_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_by" integer NOT NULL,
	CONSTRAINT "job_seeker_checks_job_seeker_id_item_pk" PRIMARY KEY("job_seeker_id","item")
);
--> statement-breakpoint
CREATE TABLE "job_seeker_languages" (
	"job_seeker_id" integer NOT NULL,
	"language" text NOT NULL,
	"level" "cefr_level" NOT NULL,
	CONSTRAINT "job_seeker_languages_job_seeker_id_language_pk" PRIMARY KEY("job_seeker_id","language"),
	CONSTRAINT "job_seeker_languages_code_ck" CHECK ("job_seeker_languages"."language" ~ '^[a-z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "job_seeker_notes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "job_seeker_notes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"job_seeker_id" integer NOT NULL,
	"author_id" integer NOT NULL,
	"kind" text DEFAULT 'note' NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_seeker_notes_body_ck" CHECK (length("job_seeker_notes"."body") between 1 and 10000)
);
--> statement-breakpoint
CREATE TABLE "job_seeker_qualifications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "job_seeker_qualifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"job_seeker_id" integer NOT NULL,
	"qualification" text NOT NULL,
	"title" text,
	"obtained_year" smallint,
	"recognition_status" "recognition_status" DEFAULT 'not_started' NOT NULL,
	"recognition_state" "german_state",
	CONSTRAINT "job_seeker_qualifications_year_ck" CHECK ("job_seeker_qualifications"."obtained_year" is null or "job_seeker_qualifications"."obtained_year" between 1950 and 2100)
);
--> statement-breakpoint
CREATE TABLE "job_seekers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "job_seekers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"client_number" text,
	"first_name" text,
	"last_name" text,
	"email" text,
	"phone" text,
	"date_of_birth" date,
	"postcode" text,
	"place_id" integer,
	"caseworker_id" integer,
	"status" "job_seeker_status" DEFAULT 'intake' NOT NULL,
	"driving_licence" boolean DEFAULT false NOT NULL,
	"has_car" boolean DEFAULT false NOT NULL,
	"max_commute_km" smallint,
	"wanted_sectors" "sector"[] DEFAULT '{}' NOT NULL,
	"hours_min" smallint,
	"hours_max" smallint,
	"available_from" date,
	"sib_cohort" boolean DEFAULT false NOT NULL,
	"consent_given_on" date,
	"consent_scope" text[] DEFAULT '{}' NOT NULL,
	"consent_until" date,
	"consent_withdrawn_at" timestamp with time zone,
	"erased_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_seekers_identity_ck" CHECK ("job_seekers"."erased_at" is not null or ("job_seekers"."first_name" is not null and "job_seekers"."last_name" is not null and "job_seekers"."client_number" is not null)),
	CONSTRAINT "job_seekers_dob_ck" CHECK ("job_seekers"."date_of_birth" is null or "job_seekers"."date_of_birth" >= date '1900-01-01'),
	CONSTRAINT "job_seekers_available_after_birth_ck" CHECK ("job_seekers"."available_from" is null or "job_seekers"."date_of_birth" is null or "job_seekers"."available_from" > "job_seekers"."date_of_birth"),
	CONSTRAINT "job_seekers_postcode_ck" CHECK ("job_seekers"."postcode" is null or "job_seekers"."postcode" ~ '^[1-9][0-9]{3} ?[A-Z]{2}$'),
	CONSTRAINT "job_seekers_commute_ck" CHECK ("job_seekers"."max_commute_km" is null or "job_seekers"."max_commute_km" between 0 and 500),
	CONSTRAINT "job_seekers_hours_ck" CHECK (("job_seekers"."hours_min" is null or "job_seekers"."hours_min" between 1 and 60) and ("job_seekers"."hours_max" is null or "job_seekers"."hours_max" between 1 and 60) and ("job_seekers"."hours_min" is null or "job_seekers"."hours_max" is null or "job_seekers"."hours_min" <= "job_seekers"."hours_max")),
	CONSTRAINT "job_seekers_consent_ck" CHECK ("job_seekers"."consent_until" is null or ("job_seekers"."consent_given_on" is not null and "job_seekers"."consent_until" >= "job_seekers"."consent_given_on")),
	CONSTRAINT "job_seekers_consent_scope_ck" CHECK ("job_seekers"."consent_scope" <@ array['profile','languages','qualifications','contact','cv']::text[]),
	CONSTRAINT "job_seekers_car_ck" CHECK (not "job_seekers"."has_car" or "job_seekers"."driving_licence")
);
--> statement-breakpoint
CREATE TABLE "occupations" (
	"code" text PRIMARY KEY NOT NULL,
	"sector" "sector" NOT NULL,
	"isco" text
);
--> statement-breakpoint
CREATE TABLE "vacancies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "vacancies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"employer_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"text_language" "locale" DEFAULT 'de' NOT NULL,
	"sector" "sector",
	"occupation_code" text,
	"place_id" integer,
	"hours_min" smallint,
	"hours_max" smallint,
	"contract" "contract_type",
	"pay_min" integer,
	"pay_max" integer,
	"german_level" "cefr_level",
	"qualification_required" text,
	"recognition_required" boolean DEFAULT false NOT NULL,
	"driving_licence_required" boolean DEFAULT false NOT NULL,
	"shifts" text[] DEFAULT '{}' NOT NULL,
	"start_date" date,
	"positions" smallint DEFAULT 1 NOT NULL,
	"positions_filled" smallint DEFAULT 0 NOT NULL,
	"status" "vacancy_status" DEFAULT 'draft' NOT NULL,
	"closing_date" date,
	"published_at" timestamp with time zone,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vacancies_title_ck" CHECK (length(btrim("vacancies"."title")) between 1 and 200),
	CONSTRAINT "vacancies_hours_ck" CHECK (("vacancies"."hours_min" is null or "vacancies"."hours_min" between 1 and 60) and ("vacancies"."hours_max" is null or "vacancies"."hours_max" between 1 and 60) and ("vacancies"."hours_min" is null or "vacancies"."hours_max" is null or "vacancies"."hours_min" <= "vacancies"."hours_max")),
	CONSTRAINT "vacancies_pay_ck" CHECK (("vacancies"."pay_min" is null or "vacancies"."pay_min" between 0 and 100000) and ("vacancies"."pay_max" is null or "vacancies"."pay_max" between 0 and 100000) and ("vacancies"."pay_min" is null or "vacancies"."pay_max" is null or "vacancies"."pay_min" <= "vacancies"."pay_max")),
	CONSTRAINT "vacancies_positions_ck" CHECK ("vacancies"."positions" between 1 and 500),
	CONSTRAINT "vacancies_filled_ck" CHECK ("vacancies"."positions_filled" between 0 and "vacancies"."positions"),
	CONSTRAINT "vacancies_shifts_ck" CHECK ("vacancies"."shifts" <@ array['day','early','late','night','weekend']::text[]),
	CONSTRAINT "vacancies_complete_unless_draft_ck" CHECK ("vacancies"."status" = 'draft' or ("vacancies"."sector" is not null and "vacancies"."place_id" is not null and "vacancies"."hours_min" is not null and "vacancies"."hours_max" is not null and "vacancies"."contract" is not null and "vacancies"."description" is not null))
);
--> statement-breakpoint
CREATE TABLE "proposal_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "proposal_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"proposal_id" integer NOT NULL,
	"from_stage" "proposal_stage",
	"to_stage" "proposal_stage" NOT NULL,
	"actor_id" integer,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_events_moves_ck" CHECK ("proposal_events"."from_stage" is null or "proposal_events"."from_stage" <> "proposal_events"."to_stage")
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "proposals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"vacancy_id" integer NOT NULL,
	"job_seeker_id" integer NOT NULL,
	"proposed_by" integer NOT NULL,
	"motivation" text,
	"stage" "proposal_stage" DEFAULT 'proposed' NOT NULL,
	"shared_scope" text[] DEFAULT '{}' NOT NULL,
	"interview_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stage_changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "placement_checks" (
	"placement_id" integer NOT NULL,
	"months" smallint NOT NULL,
	"due_on" date NOT NULL,
	"outcome" "retention_outcome" DEFAULT 'pending' NOT NULL,
	"checked_at" timestamp with time zone,
	"checked_by" integer,
	"note" text,
	CONSTRAINT "placement_checks_placement_id_months_pk" PRIMARY KEY("placement_id","months"),
	CONSTRAINT "placement_checks_months_ck" CHECK ("placement_checks"."months" in (1, 3, 6, 12))
);
--> statement-breakpoint
CREATE TABLE "placement_milestones" (
	"placement_id" integer NOT NULL,
	"milestone" text NOT NULL,
	"state" "milestone_state" DEFAULT 'waiting' NOT NULL,
	"evidence" text,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	CONSTRAINT "placement_milestones_placement_id_milestone_pk" PRIMARY KEY("placement_id","milestone")
);
--> statement-breakpoint
CREATE TABLE "placements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "placements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"job_seeker_id" integer NOT NULL,
	"employer_id" integer NOT NULL,
	"vacancy_id" integer,
	"proposal_id" integer,
	"caseworker_id" integer,
	"start_date" date NOT NULL,
	"funding" "funding_stream" NOT NULL,
	"job_title" text NOT NULL,
	"hours_per_week" smallint NOT NULL,
	"contract" "contract_type" NOT NULL,
	"end_date" date,
	"end_reason" text,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "placements_person_employer_day_uq" UNIQUE("job_seeker_id","employer_id","start_date"),
	CONSTRAINT "placements_hours_ck" CHECK ("placements"."hours_per_week" between 1 and 60),
	CONSTRAINT "placements_end_ck" CHECK ("placements"."end_date" is null or "placements"."end_date" >= "placements"."start_date"),
	CONSTRAINT "placements_title_ck" CHECK (length(btrim("placements"."job_title")) between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "sib_milestones" (
	"code" text PRIMARY KEY NOT NULL,
	"sort_order" smallint NOT NULL,
	"weeks_after_start" smallint,
	"pays" boolean DEFAULT false NOT NULL,
	"amount_eur" integer,
	"min_hours_per_week" smallint DEFAULT 16 NOT NULL,
	CONSTRAINT "sib_milestones_amount_ck" CHECK ("sib_milestones"."amount_eur" is null or "sib_milestones"."amount_eur" >= 0)
);
--> statement-breakpoint
CREATE TABLE "programme_targets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "programme_targets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"from_year" smallint NOT NULL,
	"to_year" smallint NOT NULL,
	"funding" "funding_stream",
	"target" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_targets_years_ck" CHECK ("programme_targets"."from_year" <= "programme_targets"."to_year"),
	CONSTRAINT "programme_targets_target_ck" CHECK ("programme_targets"."target" > 0)
);
--> statement-breakpoint
CREATE TABLE "yearly_target_changes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "yearly_target_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"year" smallint NOT NULL,
	"funding" "funding_stream" NOT NULL,
	"old_target" integer,
	"new_target" integer NOT NULL,
	"changed_by" integer,
	"reason" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "yearly_targets" (
	"year" smallint NOT NULL,
	"funding" "funding_stream" NOT NULL,
	"target" integer NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "yearly_targets_year_funding_pk" PRIMARY KEY("year","funding"),
	CONSTRAINT "yearly_targets_year_ck" CHECK ("yearly_targets"."year" between 2000 and 2100),
	CONSTRAINT "yearly_targets_target_ck" CHECK ("yearly_targets"."target" between 0 and 100000)
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_role" text,
	"actor_email" text,
	"action" text NOT NULL,
	"object_type" text,
	"object_id" text,
	"job_seeker_id" integer,
	"result" "audit_result" DEFAULT 'ok' NOT NULL,
	"origin" "inet",
	"details" jsonb
);
--> statement-breakpoint
ALTER TABLE "employer_contacts" ADD CONSTRAINT "employer_contacts_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_seeker_checks" ADD CONSTRAINT "job_seeker_checks_job_seeker_id_job_seekers_id_fk" FOREIGN KEY ("job_seeker_id") REFERENCES "public"."job_seekers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_seeker_checks" ADD CONSTRAINT "job_seeker_checks_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_seeker_languages" ADD CONSTRAINT "job_seeker_languages_job_seeker_id_job_seekers_id_fk" FOREIGN KEY ("job_seeker_id") REFERENCES "public"."job_seekers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_seeker_notes" ADD CONSTRAINT "job_seeker_notes_job_seeker_id_job_seekers_id_fk" FOREIGN KEY ("job_seeker_id") REFERENCES "public"."job_seekers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_seeker_notes" ADD CONSTRAINT "job_seeker_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_seeker_qualifications" ADD CONSTRAINT "job_seeker_qualifications_job_seeker_id_job_seekers_id_fk" FOREIGN KEY ("job_seeker_id") REFERENCES "public"."job_seekers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_seekers" ADD CONSTRAINT "job_seekers_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_seekers" ADD CONSTRAINT "job_seekers_caseworker_id_users_id_fk" FOREIGN KEY ("caseworker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_occupation_code_occupations_code_fk" FOREIGN KEY ("occupation_code") REFERENCES "public"."occupations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_events" ADD CONSTRAINT "proposal_events_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_events" ADD CONSTRAINT "proposal_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_job_seeker_id_job_seekers_id_fk" FOREIGN KEY ("job_seeker_id") REFERENCES "public"."job_seekers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_checks" ADD CONSTRAINT "placement_checks_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_checks" ADD CONSTRAINT "placement_checks_checked_by_users_id_fk" FOREIGN KEY ("checked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_milestones" ADD CONSTRAINT "placement_milestones_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_milestones" ADD CONSTRAINT "placement_milestones_milestone_sib_milestones_code_fk" FOREIGN KEY ("milestone") REFERENCES "public"."sib_milestones"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_milestones" ADD CONSTRAINT "placement_milestones_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_job_seeker_id_job_seekers_id_fk" FOREIGN KEY ("job_seeker_id") REFERENCES "public"."job_seekers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_caseworker_id_users_id_fk" FOREIGN KEY ("caseworker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "yearly_target_changes" ADD CONSTRAINT "yearly_target_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "yearly_targets" ADD CONSTRAINT "yearly_targets_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "places_country_idx" ON "places" USING btree ("country");--> statement-breakpoint
CREATE INDEX "employer_contacts_employer_idx" ON "employer_contacts" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "employers_name_idx" ON "employers" USING btree ("name");--> statement-breakpoint
CREATE INDEX "employers_place_idx" ON "employers" USING btree ("place_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_uq" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_employer_idx" ON "users" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "job_seeker_languages_lang_level_idx" ON "job_seeker_languages" USING btree ("language","level");--> statement-breakpoint
CREATE INDEX "job_seeker_notes_seeker_idx" ON "job_seeker_notes" USING btree ("job_seeker_id","created_at");--> statement-breakpoint
CREATE INDEX "job_seeker_qualifications_seeker_idx" ON "job_seeker_qualifications" USING btree ("job_seeker_id");--> statement-breakpoint
CREATE INDEX "job_seeker_qualifications_q_idx" ON "job_seeker_qualifications" USING btree ("qualification","recognition_status");--> statement-breakpoint
CREATE UNIQUE INDEX "job_seekers_client_number_uq" ON "job_seekers" USING btree ("client_number");--> statement-breakpoint
CREATE INDEX "job_seekers_caseworker_idx" ON "job_seekers" USING btree ("caseworker_id","last_name");--> statement-breakpoint
CREATE INDEX "job_seekers_last_name_idx" ON "job_seekers" USING btree (lower("last_name"));--> statement-breakpoint
CREATE INDEX "job_seekers_status_idx" ON "job_seekers" USING btree ("status");--> statement-breakpoint
CREATE INDEX "job_seekers_place_idx" ON "job_seekers" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "vacancies_employer_idx" ON "vacancies" USING btree ("employer_id","status");--> statement-breakpoint
CREATE INDEX "vacancies_status_sector_idx" ON "vacancies" USING btree ("status","sector");--> statement-breakpoint
CREATE INDEX "vacancies_place_idx" ON "vacancies" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "vacancies_closing_idx" ON "vacancies" USING btree ("closing_date");--> statement-breakpoint
CREATE INDEX "proposal_events_proposal_idx" ON "proposal_events" USING btree ("proposal_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "proposals_open_uq" ON "proposals" USING btree ("vacancy_id","job_seeker_id") WHERE "proposals"."stage" not in ('rejected', 'withdrawn');--> statement-breakpoint
CREATE INDEX "proposals_vacancy_idx" ON "proposals" USING btree ("vacancy_id","stage");--> statement-breakpoint
CREATE INDEX "proposals_seeker_idx" ON "proposals" USING btree ("job_seeker_id");--> statement-breakpoint
CREATE INDEX "placement_checks_due_idx" ON "placement_checks" USING btree ("outcome","due_on");--> statement-breakpoint
CREATE INDEX "placements_start_funding_idx" ON "placements" USING btree ("start_date","funding");--> statement-breakpoint
CREATE INDEX "placements_employer_idx" ON "placements" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "placements_caseworker_idx" ON "placements" USING btree ("caseworker_id","start_date");--> statement-breakpoint
CREATE INDEX "placements_seeker_idx" ON "placements" USING btree ("job_seeker_id");--> statement-breakpoint
CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_events_seeker_idx" ON "audit_events" USING btree ("job_seeker_id","at");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "audit_events_object_idx" ON "audit_events" USING btree ("object_type","object_id");
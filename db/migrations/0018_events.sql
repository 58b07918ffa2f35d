CREATE TYPE "public"."event_kind" AS ENUM('job_fair', 'information_meeting');--> statement-breakpoint
CREATE TABLE "event_attendee_shares" (
	"registration_id" integer NOT NULL,
	"event_id" integer NOT NULL,
	"employer_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_attendee_shares_registration_id_employer_id_pk" PRIMARY KEY("registration_id","employer_id")
);
--> statement-breakpoint
CREATE TABLE "event_conversations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "event_conversations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"event_id" integer NOT NULL,
	"registration_id" integer NOT NULL,
	"employer_id" integer NOT NULL,
	"note" text,
	"proposal_id" integer,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_conversations_pair_uq" UNIQUE("registration_id","employer_id")
);
--> statement-breakpoint
CREATE TABLE "event_employers" (
	"event_id" integer NOT NULL,
	"employer_id" integer NOT NULL,
	"stand" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_employers_event_id_employer_id_pk" PRIMARY KEY("event_id","employer_id"),
	CONSTRAINT "event_employers_stand_ck" CHECK (length(btrim("event_employers"."stand")) between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "event_registrations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"event_id" integer NOT NULL,
	"origin" text NOT NULL,
	"job_seeker_id" integer,
	"lead_name" text,
	"lead_phone" text,
	"lead_email" text,
	"interest" text,
	"contact_consent" boolean DEFAULT false NOT NULL,
	"erase_after" date,
	"lead_erased_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"checked_in_by" integer,
	"registered_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_registrations_id_event_uq" UNIQUE("id","event_id"),
	CONSTRAINT "event_registrations_seeker_ck" CHECK ("event_registrations"."origin" <> 'job_seeker' or ("event_registrations"."job_seeker_id" is not null and "event_registrations"."lead_name" is null)),
	CONSTRAINT "event_registrations_lead_ck" CHECK ("event_registrations"."origin" <> 'lead' or "event_registrations"."job_seeker_id" is not null or "event_registrations"."lead_erased_at" is not null or ("event_registrations"."lead_name" is not null and "event_registrations"."erase_after" is not null)),
	CONSTRAINT "event_registrations_contact_ck" CHECK ("event_registrations"."lead_name" is null or "event_registrations"."lead_phone" is not null or "event_registrations"."lead_email" is not null),
	CONSTRAINT "event_registrations_name_ck" CHECK ("event_registrations"."lead_name" is null or length(btrim("event_registrations"."lead_name")) between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "event_vacancies" (
	"event_id" integer NOT NULL,
	"employer_id" integer NOT NULL,
	"vacancy_id" integer NOT NULL,
	CONSTRAINT "event_vacancies_event_id_vacancy_id_pk" PRIMARY KEY("event_id","vacancy_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" "event_kind" NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"venue" text NOT NULL,
	"place_id" integer NOT NULL,
	"capacity" integer NOT NULL,
	"description_nl" text NOT NULL,
	"description_de" text NOT NULL,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_period_ck" CHECK ("events"."ends_at" > "events"."starts_at"),
	CONSTRAINT "events_capacity_ck" CHECK ("events"."capacity" between 1 and 10000),
	CONSTRAINT "events_title_ck" CHECK (length(btrim("events"."title")) between 1 and 200),
	CONSTRAINT "events_venue_ck" CHECK (length(btrim("events"."venue")) between 1 and 200)
);
--> statement-breakpoint
ALTER TABLE "event_attendee_shares" ADD CONSTRAINT "event_attendee_shares_registration_fk" FOREIGN KEY ("registration_id","event_id") REFERENCES "public"."event_registrations"("id","event_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_attendee_shares" ADD CONSTRAINT "event_attendee_shares_participant_fk" FOREIGN KEY ("event_id","employer_id") REFERENCES "public"."event_employers"("event_id","employer_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_conversations" ADD CONSTRAINT "event_conversations_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_conversations" ADD CONSTRAINT "event_conversations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_conversations" ADD CONSTRAINT "event_conversations_registration_fk" FOREIGN KEY ("registration_id","event_id") REFERENCES "public"."event_registrations"("id","event_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_conversations" ADD CONSTRAINT "event_conversations_participant_fk" FOREIGN KEY ("event_id","employer_id") REFERENCES "public"."event_employers"("event_id","employer_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_employers" ADD CONSTRAINT "event_employers_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_employers" ADD CONSTRAINT "event_employers_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_job_seeker_id_job_seekers_id_fk" FOREIGN KEY ("job_seeker_id") REFERENCES "public"."job_seekers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_checked_in_by_users_id_fk" FOREIGN KEY ("checked_in_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_vacancies" ADD CONSTRAINT "event_vacancies_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_vacancies" ADD CONSTRAINT "event_vacancies_participant_fk" FOREIGN KEY ("event_id","employer_id") REFERENCES "public"."event_employers"("event_id","employer_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_attendee_shares_employer_idx" ON "event_attendee_shares" USING btree ("event_id","employer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_conversations_proposal_uq" ON "event_conversations" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "event_conversations_event_idx" ON "event_conversations" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_employers_employer_idx" ON "event_employers" USING btree ("employer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_seeker_uq" ON "event_registrations" USING btree ("event_id","job_seeker_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_lead_uq" ON "event_registrations" USING btree ("event_id",lower("lead_name"),coalesce(lower("lead_email"), ''),coalesce("lead_phone", '')) WHERE "event_registrations"."lead_name" is not null;--> statement-breakpoint
CREATE INDEX "event_registrations_event_idx" ON "event_registrations" USING btree ("event_id","checked_in_at");--> statement-breakpoint
CREATE INDEX "event_registrations_erase_idx" ON "event_registrations" USING btree ("erase_after") WHERE "event_registrations"."lead_erased_at" is null and "event_registrations"."job_seeker_id" is null;--> statement-breakpoint
CREATE INDEX "event_registrations_seeker_idx" ON "event_registrations" USING btree ("job_seeker_id");--> statement-breakpoint
CREATE INDEX "events_starts_idx" ON "events" USING btree ("starts_at");
CREATE TABLE "ba_import_runs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ba_import_runs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"trigger" text NOT NULL,
	"started_by" integer,
	"status" text DEFAULT 'queued' NOT NULL,
	"slices_total" integer DEFAULT 0 NOT NULL,
	"slices_done" integer DEFAULT 0 NOT NULL,
	"pages_fetched" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"expired" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"truncated_slices" integer DEFAULT 0 NOT NULL,
	"error" text,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "ba_import_runs_trigger_ck" CHECK ("ba_import_runs"."trigger" in ('manual', 'schedule')),
	CONSTRAINT "ba_import_runs_status_ck" CHECK ("ba_import_runs"."status" in ('queued', 'running', 'done', 'failed')),
	CONSTRAINT "ba_import_runs_manual_ck" CHECK ("ba_import_runs"."trigger" = 'schedule' or "ba_import_runs"."started_by" is not null)
);
--> statement-breakpoint
CREATE TABLE "ba_import_slices" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ba_import_slices_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"keyword" text NOT NULL,
	"place" text NOT NULL,
	"radius_km" smallint NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ba_import_slices_uq" UNIQUE("keyword","place","radius_km"),
	CONSTRAINT "ba_import_slices_keyword_ck" CHECK (length(btrim("ba_import_slices"."keyword")) between 1 and 100),
	CONSTRAINT "ba_import_slices_place_ck" CHECK (length(btrim("ba_import_slices"."place")) between 1 and 100),
	CONSTRAINT "ba_import_slices_radius_ck" CHECK ("ba_import_slices"."radius_km" between 0 and 200)
);
--> statement-breakpoint
CREATE TABLE "ba_postings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ba_postings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"employer_name" text,
	"anonymous" boolean DEFAULT false NOT NULL,
	"employer_id" integer,
	"employer_linked_by" text,
	"place_id" integer,
	"place_name" text,
	"postcode" text,
	"lat" double precision,
	"lon" double precision,
	"hours_min" smallint,
	"hours_max" smallint,
	"pay_min" integer,
	"pay_max" integer,
	"pay_unit" text,
	"start_date" date,
	"occupation_name" text,
	"occupation_code" text,
	"url" text NOT NULL,
	"changed_at" timestamp with time zone,
	"duplicate_of_vacancy_id" integer,
	"last_seen_run_id" integer,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expired_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ba_postings_reference_uq" UNIQUE("reference"),
	CONSTRAINT "ba_postings_title_ck" CHECK (length(btrim("ba_postings"."title")) between 1 and 300),
	CONSTRAINT "ba_postings_anonymous_ck" CHECK (not "ba_postings"."anonymous" or "ba_postings"."employer_id" is null),
	CONSTRAINT "ba_postings_linked_by_ck" CHECK (("ba_postings"."employer_id" is null) = ("ba_postings"."employer_linked_by" is null) and ("ba_postings"."employer_linked_by" is null or "ba_postings"."employer_linked_by" in ('import', 'caseworker'))),
	CONSTRAINT "ba_postings_pay_unit_ck" CHECK ("ba_postings"."pay_unit" is null or "ba_postings"."pay_unit" in ('hour', 'month', 'year')),
	CONSTRAINT "ba_postings_url_ck" CHECK ("ba_postings"."url" ~ '^https://'),
	CONSTRAINT "ba_postings_hours_ck" CHECK (("ba_postings"."hours_min" is null or "ba_postings"."hours_min" between 1 and 60) and ("ba_postings"."hours_max" is null or "ba_postings"."hours_max" between 1 and 60) and ("ba_postings"."hours_min" is null or "ba_postings"."hours_max" is null or "ba_postings"."hours_min" <= "ba_postings"."hours_max")),
	CONSTRAINT "ba_postings_pay_ck" CHECK (("ba_postings"."pay_min" is null or "ba_postings"."pay_min" >= 0) and ("ba_postings"."pay_min" is null or "ba_postings"."pay_max" is null or "ba_postings"."pay_min" <= "ba_postings"."pay_max"))
);
--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "needs_review" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "ba_import_runs" ADD CONSTRAINT "ba_import_runs_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ba_postings" ADD CONSTRAINT "ba_postings_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ba_postings" ADD CONSTRAINT "ba_postings_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ba_postings" ADD CONSTRAINT "ba_postings_occupation_code_occupations_code_fk" FOREIGN KEY ("occupation_code") REFERENCES "public"."occupations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ba_postings" ADD CONSTRAINT "ba_postings_duplicate_of_vacancy_id_vacancies_id_fk" FOREIGN KEY ("duplicate_of_vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ba_postings" ADD CONSTRAINT "ba_postings_last_seen_run_id_ba_import_runs_id_fk" FOREIGN KEY ("last_seen_run_id") REFERENCES "public"."ba_import_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ba_import_runs_queued_idx" ON "ba_import_runs" USING btree ("queued_at");--> statement-breakpoint
CREATE INDEX "ba_postings_employer_idx" ON "ba_postings" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "ba_postings_expired_idx" ON "ba_postings" USING btree ("expired_at");--> statement-breakpoint
CREATE INDEX "ba_postings_seen_idx" ON "ba_postings" USING btree ("last_seen_run_id");
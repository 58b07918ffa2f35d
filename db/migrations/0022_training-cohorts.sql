CREATE TYPE "public"."cohort_drop_reason" AS ENUM('found_work', 'language', 'health', 'family', 'motivation', 'moved', 'other');--> statement-breakpoint
CREATE TYPE "public"."cohort_participant_state" AS ENUM('invited', 'enrolled', 'active', 'completed', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."recognition_step" AS ENUM('applied', 'shortfall_notice', 'adaptation_course', 'knowledge_exam', 'recognised');--> statement-breakpoint
CREATE TABLE "cohort_attendance" (
	"cohort_id" integer NOT NULL,
	"session_id" integer NOT NULL,
	"participant_id" integer NOT NULL,
	"recorded_by" integer,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohort_attendance_pk" PRIMARY KEY("session_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "cohort_employers" (
	"cohort_id" integer NOT NULL,
	"employer_id" integer NOT NULL,
	CONSTRAINT "cohort_employers_cohort_id_employer_id_pk" PRIMARY KEY("cohort_id","employer_id")
);
--> statement-breakpoint
CREATE TABLE "cohort_participants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cohort_participants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"cohort_id" integer NOT NULL,
	"job_seeker_id" integer NOT NULL,
	"state" "cohort_participant_state" DEFAULT 'invited' NOT NULL,
	"drop_reason" "cohort_drop_reason",
	"german_level_start" "cefr_level",
	"german_level_end" "cefr_level",
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"enrolled_at" timestamp with time zone,
	"active_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"dropped_at" timestamp with time zone,
	"added_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cohort_participants_seeker_uq" UNIQUE("cohort_id","job_seeker_id"),
	CONSTRAINT "cohort_participants_id_cohort_uq" UNIQUE("id","cohort_id"),
	CONSTRAINT "cohort_participants_drop_reason_ck" CHECK (("cohort_participants"."state" = 'dropped') = ("cohort_participants"."drop_reason" is not null)),
	CONSTRAINT "cohort_participants_completed_ck" CHECK ("cohort_participants"."state" <> 'completed' or "cohort_participants"."completed_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "cohort_recognition_steps" (
	"participant_id" integer NOT NULL,
	"step" "recognition_step" NOT NULL,
	"step_date" date NOT NULL,
	"recorded_by" integer,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohort_recognition_steps_pk" PRIMARY KEY("participant_id","step")
);
--> statement-breakpoint
CREATE TABLE "cohort_sessions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cohort_sessions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"cohort_id" integer NOT NULL,
	"session_date" date NOT NULL,
	"topic" text NOT NULL,
	CONSTRAINT "cohort_sessions_id_cohort_uq" UNIQUE("id","cohort_id"),
	CONSTRAINT "cohort_sessions_topic_ck" CHECK (length(btrim("cohort_sessions"."topic")) between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "cohorts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cohorts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"provider" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"capacity" integer NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohorts_period_ck" CHECK ("cohorts"."end_date" >= "cohorts"."start_date"),
	CONSTRAINT "cohorts_capacity_ck" CHECK ("cohorts"."capacity" between 1 and 500),
	CONSTRAINT "cohorts_name_ck" CHECK (length(btrim("cohorts"."name")) between 1 and 200),
	CONSTRAINT "cohorts_provider_ck" CHECK (length(btrim("cohorts"."provider")) between 1 and 200)
);
--> statement-breakpoint
ALTER TABLE "cohort_attendance" ADD CONSTRAINT "cohort_attendance_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_attendance" ADD CONSTRAINT "cohort_attendance_session_fk" FOREIGN KEY ("session_id","cohort_id") REFERENCES "public"."cohort_sessions"("id","cohort_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_attendance" ADD CONSTRAINT "cohort_attendance_participant_fk" FOREIGN KEY ("participant_id","cohort_id") REFERENCES "public"."cohort_participants"("id","cohort_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_employers" ADD CONSTRAINT "cohort_employers_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_employers" ADD CONSTRAINT "cohort_employers_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_participants" ADD CONSTRAINT "cohort_participants_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_participants" ADD CONSTRAINT "cohort_participants_job_seeker_id_job_seekers_id_fk" FOREIGN KEY ("job_seeker_id") REFERENCES "public"."job_seekers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_participants" ADD CONSTRAINT "cohort_participants_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_recognition_steps" ADD CONSTRAINT "cohort_recognition_steps_participant_id_cohort_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."cohort_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_recognition_steps" ADD CONSTRAINT "cohort_recognition_steps_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_sessions" ADD CONSTRAINT "cohort_sessions_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cohort_attendance_participant_idx" ON "cohort_attendance" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "cohort_employers_employer_idx" ON "cohort_employers" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "cohort_participants_seeker_idx" ON "cohort_participants" USING btree ("job_seeker_id");--> statement-breakpoint
CREATE INDEX "cohort_sessions_cohort_idx" ON "cohort_sessions" USING btree ("cohort_id","session_date");--> statement-breakpoint
CREATE INDEX "cohorts_start_idx" ON "cohorts" USING btree ("start_date");
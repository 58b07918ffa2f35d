CREATE TABLE "break_glass_grants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "break_glass_grants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"job_seeker_id" integer NOT NULL,
	"reason_code" text NOT NULL,
	"reason_text" text NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "break_glass_grants_reason_ck" CHECK ("break_glass_grants"."reason_code" in ('colleague_absent', 'shared_vacancy', 'client_contact', 'handover', 'other')),
	CONSTRAINT "break_glass_grants_text_ck" CHECK (char_length(btrim("break_glass_grants"."reason_text")) between 10 and 500),
	CONSTRAINT "break_glass_grants_period_ck" CHECK ("break_glass_grants"."expires_at" > "break_glass_grants"."granted_at")
);
--> statement-breakpoint
CREATE TABLE "read_blocks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "read_blocks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"kind" text NOT NULL,
	"blocked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"blocked_until" timestamp with time zone NOT NULL,
	CONSTRAINT "read_blocks_kind_ck" CHECK ("read_blocks"."kind" in ('profile', 'export')),
	CONSTRAINT "read_blocks_period_ck" CHECK ("read_blocks"."blocked_until" > "read_blocks"."blocked_at")
);
--> statement-breakpoint
CREATE TABLE "read_counters" (
	"user_id" integer NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"profile_views" integer DEFAULT 0 NOT NULL,
	"exports" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "read_counters_user_id_window_start_pk" PRIMARY KEY("user_id","window_start"),
	CONSTRAINT "read_counters_counts_ck" CHECK ("read_counters"."profile_views" >= 0 and "read_counters"."exports" >= 0)
);
--> statement-breakpoint
ALTER TABLE "break_glass_grants" ADD CONSTRAINT "break_glass_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "break_glass_grants" ADD CONSTRAINT "break_glass_grants_job_seeker_id_job_seekers_id_fk" FOREIGN KEY ("job_seeker_id") REFERENCES "public"."job_seekers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "read_blocks" ADD CONSTRAINT "read_blocks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "read_counters" ADD CONSTRAINT "read_counters_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "break_glass_grants_user_idx" ON "break_glass_grants" USING btree ("user_id","job_seeker_id","expires_at");--> statement-breakpoint
CREATE INDEX "read_blocks_user_idx" ON "read_blocks" USING btree ("user_id","blocked_until");--> statement-breakpoint
CREATE INDEX "read_counters_window_idx" ON "read_counters" USING btree ("window_start");
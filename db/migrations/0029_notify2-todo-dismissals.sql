CREATE TABLE "todo_dismissals" (
	"user_id" integer NOT NULL,
	"todo_key" text NOT NULL,
	"how" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "todo_dismissals_user_id_todo_key_pk" PRIMARY KEY("user_id","todo_key"),
	CONSTRAINT "todo_dismissals_how_ck" CHECK ("todo_dismissals"."how" in ('done', 'dismissed')),
	CONSTRAINT "todo_dismissals_key_ck" CHECK ("todo_dismissals"."todo_key" ~ '^[a-z]+(:[A-Za-z0-9_-]+){1,3}$')
);
--> statement-breakpoint
ALTER TABLE "todo_dismissals" ADD CONSTRAINT "todo_dismissals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
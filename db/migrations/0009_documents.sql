CREATE TABLE "documents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"job_seeker_id" integer NOT NULL,
	"placement_id" integer,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"document_date" date,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" integer,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_kind_ck" CHECK ("documents"."kind" in ('cv', 'diploma', 'recognition_letter', 'language_certificate', 'signed_consent', 'evidence')),
	CONSTRAINT "documents_type_ck" CHECK ("documents"."content_type" in ('application/pdf', 'image/jpeg', 'image/png') or ("documents"."content_type" = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' and "documents"."kind" = 'cv')),
	CONSTRAINT "documents_size_ck" CHECK ("documents"."byte_size" > 0),
	CONSTRAINT "documents_title_ck" CHECK (length("documents"."title") between 1 and 200),
	CONSTRAINT "documents_file_name_ck" CHECK (length("documents"."file_name") between 1 and 200 and "documents"."file_name" !~ '[/\\[:cntrl:]]'),
	CONSTRAINT "documents_sha256_ck" CHECK ("documents"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "documents_evidence_ck" CHECK ("documents"."kind" <> 'evidence' or "documents"."placement_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "stored_file_chunks" (
	"storage_key" text NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "stored_file_chunks_storage_key_seq_pk" PRIMARY KEY("storage_key","seq"),
	CONSTRAINT "stored_file_chunks_seq_ck" CHECK ("stored_file_chunks"."seq" >= 0)
);
--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_job_seeker_id_job_seekers_id_fk" FOREIGN KEY ("job_seeker_id") REFERENCES "public"."job_seekers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "documents_seeker_idx" ON "documents" USING btree ("job_seeker_id","kind");--> statement-breakpoint
CREATE INDEX "documents_placement_idx" ON "documents" USING btree ("placement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_storage_key_uq" ON "documents" USING btree ("storage_key");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_same_file_uq" ON "documents" USING btree ("job_seeker_id","sha256");
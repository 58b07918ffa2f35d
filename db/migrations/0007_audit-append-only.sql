-- The audit trail is append-only, enforced in the database and not only by the absence of
-- code paths: UPDATE and DELETE are refused for every client, including a bug or a manual
-- query through the app's own connection. TRUNCATE (statement level, used by the test
-- reset) is not a row operation and stays possible for the database owner.
CREATE OR REPLACE FUNCTION "audit_events_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "audit_events_append_only_trg"
  BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "audit_events_append_only"();

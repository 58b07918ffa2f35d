-- Rules of the candidate pipeline that no code path may break (see lib/pipeline/stages.ts).
-- Errors carry a constraint name so the app can word them (db/errors.ts).
CREATE OR REPLACE FUNCTION proposals_guard_stage() RETURNS trigger AS $$
BEGIN
  IF NEW.stage = OLD.stage THEN
    RETURN NEW;
  END IF;
  IF current_setting('grenzeloos.import', true) = 'on' THEN
    RETURN NEW;
  END IF;
  IF (OLD.stage::text, NEW.stage::text) NOT IN (
      ('proposed', 'seen'), ('proposed', 'interview'), ('proposed', 'rejected'), ('proposed', 'withdrawn'),
      ('seen', 'interview'), ('seen', 'trial_day'), ('seen', 'offer'), ('seen', 'rejected'), ('seen', 'withdrawn'),
      ('interview', 'trial_day'), ('interview', 'offer'), ('interview', 'hired'), ('interview', 'rejected'), ('interview', 'withdrawn'),
      ('trial_day', 'interview'), ('trial_day', 'offer'), ('trial_day', 'hired'), ('trial_day', 'rejected'), ('trial_day', 'withdrawn'),
      ('offer', 'hired'), ('offer', 'rejected'), ('offer', 'withdrawn')
    ) THEN
    RAISE EXCEPTION 'illegal proposal stage transition % -> %', OLD.stage, NEW.stage
      USING ERRCODE = 'check_violation', CONSTRAINT = 'proposals_stage_transition_ck';
  END IF;
  NEW.stage_changed_at := now();
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER proposals_guard_stage_trg BEFORE UPDATE OF stage ON proposals
  FOR EACH ROW EXECUTE FUNCTION proposals_guard_stage();
--> statement-breakpoint
-- A person with an active placement, without valid consent, or erased cannot be proposed.
CREATE OR REPLACE FUNCTION proposals_guard_insert() RETURNS trigger AS $$
DECLARE
  seeker job_seekers%ROWTYPE;
BEGIN
  -- Loading history (the demo seed, a migration from another system) records past steps as they were.
  IF current_setting('grenzeloos.import', true) = 'on' THEN
    RETURN NEW;
  END IF;
  IF NEW.stage <> 'proposed' THEN
    RAISE EXCEPTION 'a proposal starts as proposed'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'proposals_stage_transition_ck';
  END IF;
  SELECT * INTO seeker FROM job_seekers WHERE id = NEW.job_seeker_id;
  IF seeker.erased_at IS NOT NULL OR seeker.status IN ('placed', 'withdrawn') THEN
    RAISE EXCEPTION 'job seeker % cannot be proposed (status %)', NEW.job_seeker_id, seeker.status
      USING ERRCODE = 'check_violation', CONSTRAINT = 'proposals_seeker_available_ck';
  END IF;
  IF EXISTS (SELECT 1 FROM placements p WHERE p.job_seeker_id = NEW.job_seeker_id AND p.end_date IS NULL) THEN
    RAISE EXCEPTION 'job seeker % has an active placement', NEW.job_seeker_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'proposals_not_placed_ck';
  END IF;
  IF seeker.consent_given_on IS NULL OR seeker.consent_given_on > current_date
     OR seeker.consent_withdrawn_at IS NOT NULL
     OR (seeker.consent_until IS NOT NULL AND seeker.consent_until < current_date) THEN
    RAISE EXCEPTION 'job seeker % has not consented to sharing', NEW.job_seeker_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'proposals_consent_ck';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER proposals_guard_insert_trg BEFORE INSERT ON proposals
  FOR EACH ROW EXECUTE FUNCTION proposals_guard_insert();

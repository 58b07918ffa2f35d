-- SIB funding only for people in the SIB cohort. A check constraint cannot read another
-- table, so a trigger enforces it. It raises a check violation named like a constraint
-- (placements_sib_cohort_ck) so that db/errors.ts maps it to a field error like any other.
-- It fires only when the funding or the person changes: editing hours or the end of an older
-- SIB placement keeps working even if the person later left the cohort (or was erased).
CREATE FUNCTION placements_sib_cohort_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.funding = 'sib' AND NOT EXISTS (
    SELECT 1 FROM job_seekers WHERE id = NEW.job_seeker_id AND sib_cohort
  ) THEN
    RAISE EXCEPTION USING
      ERRCODE = 'check_violation',
      CONSTRAINT = 'placements_sib_cohort_ck',
      TABLE = 'placements',
      MESSAGE = 'SIB funding is only for job seekers in the SIB cohort';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER placements_sib_cohort_only_trg
  BEFORE INSERT OR UPDATE OF funding, job_seeker_id ON placements
  FOR EACH ROW EXECUTE FUNCTION placements_sib_cohort_only();

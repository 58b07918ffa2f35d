-- A cohort changed after the fact keeps its rules: its capacity never below the participants
-- still in (the participants' capacity trigger locks this same row, so the two queue behind each
-- other), and its period still holds every lesson day.
CREATE OR REPLACE FUNCTION cohorts_edit_ck() RETURNS trigger AS $$
BEGIN
  IF NEW.capacity < (SELECT count(*) FROM cohort_participants WHERE cohort_id = NEW.id AND state <> 'dropped') THEN
    RAISE EXCEPTION 'cohort % has more participants than % places', NEW.id, NEW.capacity
      USING ERRCODE = 'check_violation', CONSTRAINT = 'cohorts_capacity_taken_ck';
  END IF;
  -- An end before the start is the period check's to refuse (its message is the clearer one).
  IF NEW.end_date >= NEW.start_date AND EXISTS (SELECT 1 FROM cohort_sessions s WHERE s.cohort_id = NEW.id AND s.session_date NOT BETWEEN NEW.start_date AND NEW.end_date) THEN
    RAISE EXCEPTION 'cohort % has lesson days outside % to %', NEW.id, NEW.start_date, NEW.end_date
      USING ERRCODE = 'check_violation', CONSTRAINT = 'cohorts_sessions_in_period_ck';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER cohorts_edit BEFORE UPDATE OF capacity, start_date, end_date ON cohorts
  FOR EACH ROW EXECUTE FUNCTION cohorts_edit_ck();

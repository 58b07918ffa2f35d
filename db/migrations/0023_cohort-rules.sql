-- Capacity of a cohort: the cohort row is locked first, so two caseworkers adding people at once
-- queue behind each other and the count each one sees is final. Drop-outs free their place;
-- bringing one back takes a place again.
CREATE OR REPLACE FUNCTION cohort_participants_capacity_ck() RETURNS trigger AS $$
DECLARE
  cap integer;
  taken integer;
BEGIN
  IF NEW.state = 'dropped' OR (TG_OP = 'UPDATE' AND OLD.state <> 'dropped') THEN
    RETURN NEW;
  END IF;
  SELECT capacity INTO cap FROM cohorts WHERE id = NEW.cohort_id FOR UPDATE;
  SELECT count(*) INTO taken FROM cohort_participants WHERE cohort_id = NEW.cohort_id AND state <> 'dropped' AND id <> NEW.id;
  IF taken >= cap THEN
    RAISE EXCEPTION 'cohort % is full (% places)', NEW.cohort_id, cap
      USING ERRCODE = 'check_violation', CONSTRAINT = 'cohort_participants_capacity_ck';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER cohort_participants_capacity BEFORE INSERT OR UPDATE OF state ON cohort_participants
  FOR EACH ROW EXECUTE FUNCTION cohort_participants_capacity_ck();
--> statement-breakpoint
-- A session lies within its cohort's period.
CREATE OR REPLACE FUNCTION cohort_sessions_in_period_ck() RETURNS trigger AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM cohorts c WHERE c.id = NEW.cohort_id AND NEW.session_date BETWEEN c.start_date AND c.end_date) THEN
    RAISE EXCEPTION 'session date % is outside cohort %', NEW.session_date, NEW.cohort_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'cohort_sessions_in_period_ck';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER cohort_sessions_in_period BEFORE INSERT OR UPDATE ON cohort_sessions
  FOR EACH ROW EXECUTE FUNCTION cohort_sessions_in_period_ck();

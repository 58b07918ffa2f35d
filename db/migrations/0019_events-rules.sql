-- A vacancy brought to an event is the participating employer's own.
CREATE OR REPLACE FUNCTION event_vacancies_own_ck() RETURNS trigger AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM vacancies v WHERE v.id = NEW.vacancy_id AND v.employer_id = NEW.employer_id) THEN
    RAISE EXCEPTION 'vacancy % is not of employer %', NEW.vacancy_id, NEW.employer_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'event_vacancies_own_ck';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER event_vacancies_own BEFORE INSERT OR UPDATE ON event_vacancies
  FOR EACH ROW EXECUTE FUNCTION event_vacancies_own_ck();
--> statement-breakpoint
-- Capacity: the event row is locked first, so registrations at two desks queue behind each
-- other and the count each one sees is final.
CREATE OR REPLACE FUNCTION event_registrations_capacity_ck() RETURNS trigger AS $$
DECLARE
  cap integer;
  taken integer;
BEGIN
  SELECT capacity INTO cap FROM events WHERE id = NEW.event_id FOR UPDATE;
  SELECT count(*) INTO taken FROM event_registrations WHERE event_id = NEW.event_id;
  IF taken >= cap THEN
    RAISE EXCEPTION 'event % is full (% places)', NEW.event_id, cap
      USING ERRCODE = 'check_violation', CONSTRAINT = 'event_registrations_capacity_ck';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER event_registrations_capacity BEFORE INSERT ON event_registrations
  FOR EACH ROW EXECUTE FUNCTION event_registrations_capacity_ck();
--> statement-breakpoint
-- A check-in happens once: its time and who did it never change afterwards.
CREATE OR REPLACE FUNCTION event_registrations_check_in_once() RETURNS trigger AS $$
BEGIN
  IF OLD.checked_in_at IS NOT NULL AND (NEW.checked_in_at IS DISTINCT FROM OLD.checked_in_at OR NEW.checked_in_by IS DISTINCT FROM OLD.checked_in_by) THEN
    RAISE EXCEPTION 'registration % is checked in already', OLD.id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'event_registrations_check_in_once_ck';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER event_registrations_check_in_once BEFORE UPDATE ON event_registrations
  FOR EACH ROW EXECUTE FUNCTION event_registrations_check_in_once();

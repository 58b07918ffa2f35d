-- Rules of the SIB ledger that must hold whatever client writes (a bug, a manual query).

-- One contract in force on any day: a SIB placement's start date finds at most one.
ALTER TABLE "sib_contracts" ADD CONSTRAINT "sib_contracts_no_overlap"
  EXCLUDE USING gist (daterange("starts_on", "ends_on", '[]') WITH &&);--> statement-breakpoint

-- A verified milestone is a payment fact: its terms and its state never change, and it is
-- never deleted. Changing a contract updates only milestones not yet verified.
CREATE OR REPLACE FUNCTION "placement_milestones_verified_final"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."state" = 'verified' THEN
    IF TG_OP = 'DELETE' THEN
      RAISE EXCEPTION 'verified milestone % of placement % cannot be deleted', OLD."milestone", OLD."placement_id"
        USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'placement_milestones_verified_final';
    END IF;
    IF NEW."state" IS DISTINCT FROM OLD."state"
      OR NEW."outcome_id" IS DISTINCT FROM OLD."outcome_id"
      OR NEW."due_on" IS DISTINCT FROM OLD."due_on"
      OR NEW."price_cents" IS DISTINCT FROM OLD."price_cents"
      OR NEW."counts_per" IS DISTINCT FROM OLD."counts_per"
      OR NEW."min_hours_per_week" IS DISTINCT FROM OLD."min_hours_per_week" THEN
      RAISE EXCEPTION 'verified milestone % of placement % cannot change', OLD."milestone", OLD."placement_id"
        USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'placement_milestones_verified_final';
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "placement_milestones_verified_final_trg"
  BEFORE UPDATE OR DELETE ON "placement_milestones"
  FOR EACH ROW EXECUTE FUNCTION "placement_milestones_verified_final"();--> statement-breakpoint

-- Claims: never deleted; a decision is taken once (then the claim is final), only by a
-- manager or an admin (the four-eyes CHECK already keeps the claimant out); an outcome that
-- counts per person is claimed once per person under its contract.
CREATE OR REPLACE FUNCTION "sib_claims_rules"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  decider_role text;
  per text;
  outcome integer;
  person integer;
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'sib_claims are kept: delete refused'
      USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'sib_claims_kept';
  END IF;
  IF TG_OP = 'UPDATE' THEN
    -- Erasing the person empties the caseworker's note and changes nothing else.
    IF NEW."note" IS NULL AND OLD."note" IS NOT NULL
      AND NEW."reason" IS NOT DISTINCT FROM OLD."reason" AND NEW."decision" IS NOT DISTINCT FROM OLD."decision"
      AND NEW."decided_by" IS NOT DISTINCT FROM OLD."decided_by" AND NEW."decided_at" IS NOT DISTINCT FROM OLD."decided_at"
      AND NEW."placement_id" = OLD."placement_id" AND NEW."milestone" = OLD."milestone" AND NEW."claimed_by" = OLD."claimed_by"
      AND NEW."claimed_at" = OLD."claimed_at" AND NEW."evidence_count" = OLD."evidence_count" THEN
      RETURN NEW;
    END IF;
    IF OLD."decision" IS NOT NULL THEN
      RAISE EXCEPTION 'sib claim % was decided: it cannot change', OLD."id"
        USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'sib_claims_decided_final';
    END IF;
    IF NEW."placement_id" <> OLD."placement_id" OR NEW."milestone" <> OLD."milestone" OR NEW."claimed_by" <> OLD."claimed_by"
      OR NEW."claimed_at" <> OLD."claimed_at" OR NEW."evidence_count" <> OLD."evidence_count" OR NEW."note" IS DISTINCT FROM OLD."note" THEN
      RAISE EXCEPTION 'sib claim %: only the decision may be added', OLD."id"
        USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'sib_claims_decided_final';
    END IF;
  END IF;
  IF NEW."decided_by" IS NOT NULL THEN
    SELECT "role"::text INTO decider_role FROM "users" WHERE "id" = NEW."decided_by";
    IF decider_role IS NULL OR decider_role NOT IN ('manager', 'admin') THEN
      RAISE EXCEPTION 'sib claim %: only a manager or an admin decides', NEW."id"
        USING ERRCODE = 'check_violation', CONSTRAINT = 'sib_claims_decider_role';
    END IF;
  END IF;
  IF TG_OP = 'INSERT' THEN
    SELECT m."counts_per", m."outcome_id", p."job_seeker_id" INTO per, outcome, person
      FROM "placement_milestones" m JOIN "placements" p ON p."id" = m."placement_id"
      WHERE m."placement_id" = NEW."placement_id" AND m."milestone" = NEW."milestone";
    IF outcome IS NULL THEN
      RAISE EXCEPTION 'milestone % of placement % is not under a SIB contract', NEW."milestone", NEW."placement_id"
        USING ERRCODE = 'check_violation', CONSTRAINT = 'sib_claims_under_contract';
    END IF;
    IF per = 'person' AND EXISTS (
      SELECT 1 FROM "sib_claims" c
        JOIN "placement_milestones" m ON m."placement_id" = c."placement_id" AND m."milestone" = c."milestone"
        JOIN "placements" p ON p."id" = c."placement_id"
      WHERE m."outcome_id" = outcome AND p."job_seeker_id" = person
        AND (c."decision" IS NULL OR c."decision" = 'verified')) THEN
      RAISE EXCEPTION 'outcome % counts once per person: already claimed for person %', outcome, person
        USING ERRCODE = 'unique_violation', CONSTRAINT = 'sib_claims_per_person_uq';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "sib_claims_rules_trg"
  BEFORE INSERT OR UPDATE OR DELETE ON "sib_claims"
  FOR EACH ROW EXECUTE FUNCTION "sib_claims_rules"();--> statement-breakpoint

-- A contract's outcome keeps its contract and kind (milestones point at it).
CREATE OR REPLACE FUNCTION "sib_contract_outcomes_fixed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."contract_id" <> OLD."contract_id" OR NEW."milestone" <> OLD."milestone" THEN
    RAISE EXCEPTION 'outcome %: contract and kind are fixed', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'sib_contract_outcomes_fixed';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "sib_contract_outcomes_fixed_trg"
  BEFORE UPDATE ON "sib_contract_outcomes"
  FOR EACH ROW EXECUTE FUNCTION "sib_contract_outcomes_fixed"();--> statement-breakpoint

-- The ledger reads verified claims by decision day, and the work list milestones by due day.
CREATE INDEX "sib_claims_verified_idx" ON "sib_claims" ("decided_at", "placement_id", "milestone") WHERE "decision" = 'verified';

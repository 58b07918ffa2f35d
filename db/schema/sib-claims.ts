import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { documents } from './documents';
import { placementMilestones } from './placements';
import { users } from './users';

export const sibDecisions = ['verified', 'denied'] as const;
export type SibDecision = (typeof sibDecisions)[number];

/**
 * A claim that a placement reached a milestone, with its evidence; decided (verified or
 * denied, with the reason) by someone other than the claimant: the four-eyes rule is a CHECK
 * here, not only a rule in the code. A denied claim stays as it was; a new claim follows it.
 * Decided claims are final (trigger in "sib-contract-rules").
 */
export const sibClaims = pgTable(
  'sib_claims',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    placementId: integer('placement_id').notNull(),
    milestone: text('milestone').notNull(),
    claimedBy: integer('claimed_by')
      .notNull()
      .references(() => users.id),
    claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull().defaultNow(),
    note: text('note'),
    // How many evidence documents came with the claim (they may be erased with the person later).
    evidenceCount: smallint('evidence_count').notNull(),
    decision: text('decision', { enum: sibDecisions }),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    reason: text('reason'),
  },
  (t) => [
    foreignKey({
      name: 'sib_claims_milestone_fk',
      columns: [t.placementId, t.milestone],
      foreignColumns: [placementMilestones.placementId, placementMilestones.milestone],
    }),
    index('sib_claims_milestone_idx').on(t.placementId, t.milestone),
    index('sib_claims_decided_idx').on(t.decision, t.decidedAt),
    // The investor's report counts claims by the day they were made.
    index('sib_claims_claimed_idx').on(t.claimedAt),
    // One open or verified claim per milestone at a time; denied ones may pile up before it.
    uniqueIndex('sib_claims_live_uq').on(t.placementId, t.milestone).where(sql`${t.decision} is null or ${t.decision} = 'verified'`),
    check('sib_claims_four_eyes_ck', sql`${t.decidedBy} is null or ${t.decidedBy} <> ${t.claimedBy}`),
    check('sib_claims_decision_ck', sql`${t.decision} is null or ${t.decision} in ('verified', 'denied')`),
    check(
      'sib_claims_decided_ck',
      sql`(${t.decision} is null and ${t.decidedBy} is null and ${t.decidedAt} is null) or (${t.decision} is not null and ${t.decidedBy} is not null and ${t.decidedAt} is not null)`,
    ),
    check('sib_claims_reason_ck', sql`${t.decision} is distinct from 'denied' or length(btrim(coalesce(${t.reason}, ''))) > 0`),
    check('sib_claims_evidence_ck', sql`${t.evidenceCount} >= 1`),
    check('sib_claims_after_claim_ck', sql`${t.decidedAt} is null or ${t.decidedAt} >= ${t.claimedAt}`),
  ],
);

/** The documents (kind evidence, of the same placement) a claim rests on. */
export const sibClaimEvidence = pgTable(
  'sib_claim_evidence',
  {
    claimId: integer('claim_id')
      .notNull()
      .references(() => sibClaims.id),
    // Erasing the person deletes the files; the claim and its count stay.
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.documentId] }), index('sib_claim_evidence_document_idx').on(t.documentId)],
);

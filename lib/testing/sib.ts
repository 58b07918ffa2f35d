import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { addDocument } from '@/db/queries/documents';
import { databaseStorage } from '@/db/document-storage';
import { placementMilestones, sibClaimEvidence, sibClaims } from '@/db/schema';
import { pdfOf } from './documents';

let counter = 0;

/** An evidence PDF of a placement (unique bytes each time), by the given uploader. */
export async function evidenceOf(db: Database, p: { jobSeekerId: number; placementId: number; uploadedBy: number }): Promise<number> {
  counter += 1;
  const bytes = pdfOf(512, `evidence-${p.placementId}-${counter}-${Math.random()}`);
  const stored = await addDocument(db, databaseStorage, {
    jobSeekerId: p.jobSeekerId,
    placementId: p.placementId,
    kind: 'evidence',
    title: `Loonstrook ${counter}`,
    documentDate: null,
    fileName: `loonstrook-${counter}.pdf`,
    contentType: 'application/pdf',
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    uploadedBy: p.uploadedBy,
    personLimitBytes: 50 * 1024 * 1024,
  });
  if (!stored.ok) throw new Error(`evidence: ${stored.code}`);
  return stored.id;
}

/**
 * A claim decided at a given moment, straight into the tables (the fixtures of the ledger
 * need decisions on known days; claimMilestone/decideClaim stamp "now").
 */
export async function decidedClaim(
  db: Database,
  c: {
    placementId: number;
    milestone: string;
    claimedBy: number;
    decidedBy: number;
    decision: 'verified' | 'denied';
    at: string;
    documentId: number;
    reason?: string;
  },
): Promise<number> {
  const at = new Date(c.at);
  const [claim] = await db
    .insert(sibClaims)
    .values({
      placementId: c.placementId,
      milestone: c.milestone,
      claimedBy: c.claimedBy,
      claimedAt: new Date(at.getTime() - 86_400_000),
      evidenceCount: 1,
      decision: c.decision,
      decidedBy: c.decidedBy,
      decidedAt: at,
      reason: c.reason ?? (c.decision === 'denied' ? 'Bewijs onvolledig' : null),
    })
    .returning({ id: sibClaims.id });
  await db.insert(sibClaimEvidence).values({ claimId: claim!.id, documentId: c.documentId });
  await db
    .update(placementMilestones)
    .set({ state: c.decision })
    .where(and(eq(placementMilestones.placementId, c.placementId), eq(placementMilestones.milestone, c.milestone)));
  return claim!.id;
}

import { createHash } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { rowsOf } from '../rows';
import { maxDay, minDay } from '@/lib/time/days';
import { documents, placementMilestones, sibClaimEvidence, sibClaims, sibContracts, storedFileChunks, users } from '../schema';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

interface Due {
  placement_id: number;
  milestone: string;
  due_on: string;
  job_seeker_id: number;
  caseworker_id: number | null;
  price_cents: number;
}

const titles: Record<string, string> = {
  started: 'Startbevestiging werkgever',
  weeks_13: 'Loonstroken t/m week 13',
  weeks_26: 'Loonstroken t/m week 26',
  weeks_52: 'Loonstroken t/m week 52 en werkgeversverklaring',
  benefit_ended: 'Besluit beëindiging uitkering',
  contract_signed: 'Getekende arbeidsovereenkomst',
};

function tinyPdf(marker: string): Uint8Array {
  return new TextEncoder().encode(
    `%PDF-1.4\n% ${marker}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

function momentOn(day: string, minutes: number): Date {
  return new Date(`${day}T${String(8 + Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+01:00`);
}

function plusDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The demo's claim history: every milestone that fell due at least two weeks ago and did not
 * lapse was claimed by the caseworker with one evidence PDF and verified by a manager a few
 * days later (but a third of those of the last 60 days still wait to be claimed); every seventh was first denied (payslip missing) and claimed again. Once-per-
 * person outcomes only on the person's first placement. Deterministic (ids, no randomness).
 * Finally the cap is set at nine tenths of what was verified, rounded to 10,000 euro, so the
 * demo shows the cap reached and what goes over it.
 */
export async function seedDemoSibClaims(tx: Transaction, contractId: number, today: string): Promise<void> {
  const managers = (await tx.select({ id: users.id }).from(users).where(eq(users.role, 'manager')).orderBy(asc(users.id))).map((u) => u.id);
  const [fallback] = await tx.select({ id: users.id }).from(users).where(eq(users.role, 'caseworker')).orderBy(asc(users.id)).limit(1);
  if (managers.length === 0 || !fallback) return;
  const result = await tx.execute(sql`
    select m.placement_id, m.milestone, m.due_on::text as due_on, p.job_seeker_id, p.caseworker_id, m.price_cents
    from ${placementMilestones} m
    join placements p on p.id = m.placement_id
    join sib_contract_outcomes o on o.id = m.outcome_id
    where o.contract_id = ${contractId} and m.due_on <= ${today}::date - 14
      and (p.end_date is null or p.end_date >= m.due_on) and p.hours_per_week >= m.min_hours_per_week
      and (m.counts_per = 'placement' or p.id = (select min(p2.id) from placements p2 where p2.job_seeker_id = p.job_seeker_id and p2.funding = 'sib'))
      -- A third of what fell due in the last 60 days is still to claim: the work list has something overdue.
      and not (m.due_on > ${today}::date - 60 and p.id % 3 = 0)
    order by m.due_on, m.placement_id, m.milestone`);
  const due = rowsOf<Due>(result);
  const yesterday = plusDays(today, -1);
  let n = 0;
  for (const batch of Array.from({ length: Math.ceil(due.length / 100) }, (_, i) => due.slice(i * 100, i * 100 + 100))) {
    const docs = batch.map((d) => {
      n += 1;
      const bytes = tinyPdf(`demo-${d.placement_id}-${d.milestone}`);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const decidedDay = minDay(plusDays(d.due_on, 3 + (n % 11)), yesterday);
      return { d, n, bytes, sha256, key: `demo-evidence-${d.placement_id}-${d.milestone}`, decidedDay, denyFirst: n % 7 === 0 };
    });
    const docRows = await tx
      .insert(documents)
      .values(
        docs.map((x) => ({
          jobSeekerId: x.d.job_seeker_id,
          placementId: x.d.placement_id,
          kind: 'evidence',
          title: titles[x.d.milestone] ?? x.d.milestone,
          fileName: `${x.d.milestone}.pdf`,
          contentType: 'application/pdf',
          byteSize: x.bytes.byteLength,
          sha256: x.sha256,
          storageKey: x.key,
          uploadedBy: x.d.caseworker_id ?? fallback.id,
          uploadedAt: momentOn(minDay(yesterday, plusDays(x.d.due_on, 1 + (x.n % 3))), 30),
        })),
      )
      .returning({ id: documents.id, storageKey: documents.storageKey });
    await tx.insert(storedFileChunks).values(docs.map((x) => ({ storageKey: x.key, seq: 0, data: x.bytes })));
    const docId = new Map(docRows.map((r) => [r.storageKey, r.id]));
    const claimRows = docs.flatMap((x) => {
      const claimant = x.d.caseworker_id ?? fallback.id;
      const manager = managers[x.n % managers.length]!;
      const claimedDay = maxDay(x.d.due_on, plusDays(x.decidedDay, -2));
      const verified = {
        placementId: x.d.placement_id,
        milestone: x.d.milestone,
        claimedBy: claimant,
        claimedAt: momentOn(claimedDay, 60),
        evidenceCount: 1,
        decision: 'verified' as const,
        decidedBy: manager,
        decidedAt: momentOn(x.decidedDay, 120 + (x.n % 200)),
        reason: null,
      };
      if (!x.denyFirst) return [verified];
      return [
        {
          ...verified,
          claimedAt: momentOn(claimedDay, 0),
          decision: 'denied' as const,
          decidedAt: momentOn(claimedDay, 30),
          reason: 'Loonstrook van de laatste week ontbreekt; graag aanvullen.',
        },
        verified,
      ];
    });
    const claims = await tx
      .insert(sibClaims)
      .values(claimRows)
      .returning({ id: sibClaims.id, placementId: sibClaims.placementId, milestone: sibClaims.milestone });
    await tx.insert(sibClaimEvidence).values(claims.map((c) => ({ claimId: c.id, documentId: docId.get(`demo-evidence-${c.placementId}-${c.milestone}`)! })));
    for (const x of docs) {
      await tx
        .update(placementMilestones)
        .set({ state: 'verified' })
        .where(and(eq(placementMilestones.placementId, x.d.placement_id), eq(placementMilestones.milestone, x.d.milestone)));
    }
  }
  const total = due.reduce((sum, d) => sum + Number(d.price_cents), 0);
  const cap = Math.max(1_000_000, Math.floor((total * 0.9) / 1_000_000) * 1_000_000);
  await tx.update(sibContracts).set({ capCents: cap }).where(eq(sibContracts.id, contractId));
}

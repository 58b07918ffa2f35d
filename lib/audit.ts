import type { Database } from '@/db/client';
import { auditEvents } from '@/db/schema';
import type { Role } from '@/db/schema/enums';
import { normalizeIp } from '@/lib/security/ip';

export interface AuditActor {
  id: number;
  role: Role;
  email: string;
}

export interface AuditEvent {
  actor?: AuditActor | null;
  /** Dotted verb, e.g. "account.create", "job_seeker.view", "sign_in.failed". */
  action: string;
  objectType?: string;
  objectId?: string | number;
  jobSeekerId?: number;
  result?: 'ok' | 'denied' | 'error';
  origin?: string | null;
  /** Never passwords, hashes or tokens. */
  details?: Record<string, unknown>;
}

/** Appends one event to the audit trail. */
export async function recordAudit(db: Database, event: AuditEvent): Promise<void> {
  await db.insert(auditEvents).values({
    actorId: event.actor?.id ?? null,
    actorRole: event.actor?.role ?? null,
    actorEmail: event.actor?.email ?? null,
    action: event.action,
    objectType: event.objectType ?? null,
    objectId: event.objectId == null ? null : String(event.objectId),
    jobSeekerId: event.jobSeekerId ?? null,
    result: event.result ?? 'ok',
    origin: normalizeIp(event.origin),
    details: event.details ?? null,
  });
}

import type { Database } from '@/db/client';
import { auditEvents } from '@/db/schema';
import type { Role } from '@/db/schema/enums';

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
    origin: validIp(event.origin),
    details: event.details ?? null,
  });
}

// The origin column is inet: a malformed forwarded header must not break the write.
function validIp(value: string | null | undefined): string | null {
  if (!value) return null;
  const ip = value.trim();
  return /^[0-9a-fA-F:.]{2,45}$/.test(ip) && (ip.includes('.') || ip.includes(':')) ? ip : null;
}

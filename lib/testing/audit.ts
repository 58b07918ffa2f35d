import type { AuditContext } from '@/db/queries/audit';

/** Who acts in query tests that do not look at the actor: every change writes its audit row itself. */
export const testAudit: AuditContext = { actor: { id: 1, role: 'admin', email: 'audit@test.invalid' }, origin: null };

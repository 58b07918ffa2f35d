import 'server-only';
import type { TFunction } from 'i18next';
import { notFound, redirect } from 'next/navigation';
import { type Database, getDb } from '@/db/client';
import { type AuditEvent, recordAudit } from '@/db/queries/audit';
import type { SessionUser } from '@/lib/auth/current-user';
import { requireRole, requireUser } from '@/lib/auth/guards';
import type { Namespace } from '@/lib/i18n/resources';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n/settings';
import { pageLng, routeId } from '@/lib/params';
import { requestOrigin } from '@/lib/request-origin';
import { pageRoles } from '@/lib/security/access-matrix';

const SECOND_FACTOR_ENROL_ROUTE = '/[lng]/account';

export interface LoadedPage {
  lng: Lng;
  t: TFunction;
  user: SessionUser;
  db: Database;
  /** Writes the page's view row to the audit trail, as the signed-in user from this request's address. */
  audit: (event: Omit<AuditEvent, 'actor' | 'origin'>) => Promise<void>;
}

/**
 * The prelude of every signed-in page, in this order: the language of the URL (anything else is
 * Dutch; the proxy has redirected real visitors already), the session (signed out: off to the
 * sign-in page of that language), the role from the page's entry in the access matrix (wrong
 * role: the refusal page). `route` is the page's route as the matrix names it
 * ('/[lng]/job-seekers'); '/[lng]' (home) is for every signed-in user.
 */
export async function loadPage(params: Promise<{ lng: string }>, route: string, ns: Namespace = 'common'): Promise<LoadedPage> {
  const lng = pageLng((await params).lng);
  const user = route === '/[lng]' ? await requireUser(lng) : await requireRole(lng, pageRoles(route));
  // A role that requires a second factor reaches nothing but "My account" until it has one.
  if (user.mustEnrolSecondFactor && route !== SECOND_FACTOR_ENROL_ROUTE) redirect(`/${lng}/account?secondFactor=required`);
  const db = await getDb();
  const audit = async (event: Omit<AuditEvent, 'actor' | 'origin'>) =>
    recordAudit(db, { ...event, actor: { id: user.id, role: user.role, email: user.email }, origin: await requestOrigin() });
  return { lng, t: getT(lng, ns), user, db, audit };
}

/** As `loadPage`, then the id of the route ('/[lng]/vacancies/[id]'): anything but a valid id is a 404. */
export async function loadIdPage(params: Promise<{ lng: string; id: string }>, route: string, ns: Namespace = 'common'): Promise<LoadedPage & { id: number }> {
  const page = await loadPage(params, route, ns);
  const id = routeId((await params).id);
  if (id === null) notFound();
  return { ...page, id };
}

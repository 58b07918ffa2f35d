import { roles, type Role } from '@/db/schema/enums';

/**
 * THE access matrix: every page, server action and route handler of Grenzeloos, with who may
 * use it. It is the one source of roles: pages (requireRole(lng, pageRoles(route))), actions
 * (authorizedAction by name), route handlers (routeHandlerRoles) and the menu read it, and
 * tests hold the code to it:
 *   - lib/security/access-lookups.test.ts checks that each page, action and handler asks for
 *     its own entry;
 *   - lib/security/access-matrix.test.ts calls every action as every role (and an employer
 *     against another company's ids) and fails when a page, action or route handler exists
 *     that is not listed here, or a listed one is gone;
 *   - e2e/access.spec.ts opens every page as every demo role and as a visitor;
 *   - e2e/accessibility.spec.ts runs axe on every page for every role that may see it;
 *   - lib/security/hostile-input.test.ts feeds every action a corpus of nasty values.
 * Adding a page or action = adding one entry in lib/security/access/<feature>.ts (with a
 * sample path or input); changing who may use it = editing that entry's roles.
 */

export const ALL_ROLES = roles;

/**
 * 'guest': the sign-in page; visitors see it, signed-in users are sent home.
 * 'public': anyone, signed in or not (health check, next-auth's own endpoints).
 */
export type Access = readonly Role[] | 'guest' | 'public';

/**
 * Ownership rules: which rows a role that may use the thing sees or changes.
 * 'own-employer': an employer user only its own company's rows; others' rows answer exactly
 * like rows that do not exist (404 / notFound), so a refusal never tells that they exist.
 */
type Ownership = 'own-employer';

export interface PageRule {
  /** The route as Next.js names it, route groups left out: '/[lng]/admin/accounts'. */
  route: string;
  access: Access;
  ownership?: Ownership;
  /**
   * Path after /{lng} that opens the page in tests. ':name' placeholders are ids that
   * e2e/sample-ids.ts finds in the demo data: for an ownership rule, the e2e employer gets
   * its own company's id, and also another company's id and a nonexistent id, which must
   * give the same 404 page.
   */
  sample: string;
  /** Path after /{lng} showing the page with no rows (accessibility of the empty state). */
  emptySample?: string;
  /** The page answers 404 for everyone (the catch-all for unknown paths). */
  notFound?: true;
}

/**
 * Ids and unique values that action samples may use, made fresh for each call by
 * lib/testing/access-fixtures.ts. Features that need more sample rows make them in
 * lib/security/access/<feature>.samples.ts.
 */
export interface SampleIds {
  /** A fresh token for values that must be unique (e-mail addresses, names). */
  unique: string;
  /** The employer company of the signed-in employer user. */
  employerId: number;
  /** Another employer company: the signed-in employer must never reach its rows. */
  otherEmployerId: number;
  /** A staff account (caseworker) that is not the signed-in user. */
  userId: number;
  /** A German place. */
  placeId: number;
  /** An id that exists in no table. */
  missingId: number;
  /**
   * Rows a feature's samples need (a job seeker, a vacancy of each company, a placement...),
   * made by that feature's lib/security/access/<feature>.samples.ts and named there.
   */
  more: Record<string, number>;
}

export interface ActionRule {
  /** Module path from the project root, without extension. */
  module: string;
  /** Name of the exported async function. */
  export: string;
  /** The name it gives authorizedAction: the action in the audit trail. */
  name: string;
  roles: readonly Role[];
  /** A valid input: allowed roles succeed with it (ok: true). */
  sample: (ids: SampleIds) => unknown;
  /**
   * For ownership rules: the same input aimed at another company's row, and at a row that
   * does not exist. For the employer role both must give the same refusal.
   */
  ownership?: { rule: Ownership; foreign: (ids: SampleIds) => unknown; missing: (ids: SampleIds) => unknown };
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Scopes of an open-API key (lib/validation/api-keys.ts lists them as values). */
export type ApiScopeName = 'vacancies:read' | 'vacancies:write' | 'placements:read' | 'outcomes:read';

export interface RouteHandlerRule {
  /** The route as Next.js names it: '/api/auth/[...nextauth]'. */
  route: string;
  methods: readonly HttpMethod[];
  /**
   * Roles, or 'public', or 'api-key': the open API (/api/v1), called by other systems with an
   * API key, never with a session (a signed-in browser gets 401 like a visitor). A handler
   * answers visitors 401 and other roles 403 (no sign-in page).
   */
  access: Access | 'api-key';
  /**
   * For 'api-key' routes: the scope each method needs (lib/api/route.ts asks apiRouteScope), and
   * 'own-employer' when an employer's key reaches only its own company's rows (another company's
   * row answers 404, like a missing one).
   */
  api?: {
    scopes: Partial<Record<HttpMethod, ApiScopeName | 'any'>>;
    ownership?: Ownership;
    /** Only keys of these organisations (others: 403 even with the scope). */
    organisations?: readonly ('municipality' | 'investor' | 'employer')[];
  };
  /** Path that opens it in tests (GET). */
  sample?: string;
  why: string;
}

import { baImportAccess } from './access/ba-import';
import { cohortAccess } from './access/cohorts';
import { baPostingAccess } from './access/ba-postings';
import { documentAccess } from './access/documents';
import { eventAccess } from './access/events';
import { jobSeekerAccess } from './access/job-seekers';
import { myAccountAccess } from './access/my-account';
import { notificationAccess } from './access/notifications';
import { todoAccess } from './access/todos';
import { proposalAccess } from './access/proposals';
import { placementAccess } from './access/placements';
import { secondFactorAccess } from './access/second-factor';
import { sibAccess } from './access/sib';
import { vacancyAccess } from './access/vacancies';
import { apiAccess } from './access/api';

/** Each feature lists its own pages, actions and route handlers in lib/security/access/<feature>.ts. */
export interface FeatureAccess {
  pages: readonly PageRule[];
  actions: readonly ActionRule[];
  routeHandlers: readonly RouteHandlerRule[];
}
const features: readonly FeatureAccess[] = [
  jobSeekerAccess,
  vacancyAccess,
  proposalAccess,
  placementAccess,
  documentAccess,
  myAccountAccess,
  notificationAccess,
  todoAccess,
  sibAccess,
  apiAccess,
  secondFactorAccess,
  eventAccess,
  baImportAccess,
  cohortAccess,
  baPostingAccess,
];

const housePages: readonly PageRule[] = [
  { route: '/[lng]/login', access: 'guest', sample: '/login' },
  { route: '/[lng]', access: ALL_ROLES, sample: '' },
  { route: '/[lng]/admin/accounts', access: ['admin'], sample: '/admin/accounts' },
  { route: '/[lng]/admin/employers', access: ['admin'], sample: '/admin/employers' },
  { route: '/[lng]/audit', access: ['admin', 'manager'], sample: '/audit', emptySample: '/audit?actor=nobody%40nowhere.invalid' },
  { route: '/[lng]/privacy', access: 'public', sample: '/privacy' },
  { route: '/[lng]/[...missing]', access: 'public', sample: '/gibt-es-nicht', notFound: true },
];
export const pages: readonly PageRule[] = [...housePages, ...features.flatMap((f) => f.pages)];

const validEmployerSample = (ids: SampleIds) => ({
  name: `Neue Pflege ${ids.unique} GmbH`,
  street: 'Hauptstraße 1',
  postcode: '48599',
  placeId: String(ids.placeId),
  sector: 'elderly_care',
  website: '',
  userName: 'Erika Muster',
  userEmail: `e-${ids.unique}@pflege.example`,
  userLocale: 'de',
  userPassword: 'zwölf-zeichen-lang',
});

const houseActions: readonly ActionRule[] = [
  {
    module: 'lib/actions/accounts',
    export: 'createAccountAction',
    name: 'account.create',
    roles: ['admin'],
    sample: (ids) => ({
      name: 'Nieuwe Collega',
      email: `n-${ids.unique}@werkplein.example`,
      role: 'caseworker',
      employerId: '',
      locale: 'nl',
      password: 'twaalf-tekens-lang',
    }),
  },
  {
    module: 'lib/actions/accounts',
    export: 'setAccountActiveAction',
    name: 'account.set_active',
    roles: ['admin'],
    sample: (ids) => ({ userId: ids.userId, active: false }),
  },
  {
    module: 'lib/actions/accounts',
    export: 'changeAccountRoleAction',
    name: 'account.change_role',
    roles: ['admin'],
    sample: (ids) => ({ userId: ids.userId, role: 'manager' }),
  },
  {
    module: 'lib/actions/employers',
    export: 'createEmployerWithUserAction',
    name: 'employer.create_with_user',
    roles: ['admin'],
    sample: validEmployerSample,
  },
];
export const actions: readonly ActionRule[] = [...houseActions, ...features.flatMap((f) => f.actions)];

const houseRouteHandlers: readonly RouteHandlerRule[] = [
  {
    route: '/api/health',
    methods: ['GET'],
    access: 'public',
    sample: '/api/health',
    why: 'load balancers and monitoring: tells only whether the database answers',
  },
  {
    route: '/api/auth/[...nextauth]',
    methods: ['GET', 'POST'],
    access: 'public',
    sample: '/api/auth/csrf',
    why: 'next-auth: sign-in (rate limited per account and address), sign-out, CSRF token, session',
  },
];
export const routeHandlers: readonly RouteHandlerRule[] = [...houseRouteHandlers, ...features.flatMap((f) => f.routeHandlers)];

/** Whether a signed-in role may open a page: 'guest' pages send signed-in users home. */
export function mayOpen(access: Access | 'api-key', role: Role | null): 'allowed' | 'refused' | 'sign-in' | 'home' {
  if (access === 'public') return 'allowed';
  // A session never opens the open API: it needs a key, so everyone without one gets 401.
  if (access === 'api-key') return 'sign-in';
  if (access === 'guest') return role ? 'home' : 'allowed';
  if (!role) return 'sign-in';
  return access.includes(role) ? 'allowed' : 'refused';
}

/*
 * The code asks the matrix, so that who may do something is written once: an action names
 * its entry (authorizedAction), a page its route (requireRole(lng, pageRoles(route))), a
 * route handler its route, and the menu and buttons ask the same rules.
 * An unknown name is a programming error: it throws, and the matrix tests find it.
 */
const actionsByName = new Map(actions.map((a) => [a.name, a]));
const pagesByRoute = new Map(pages.map((p) => [p.route, p]));
const handlersByRoute = new Map(routeHandlers.map((h) => [h.route, h]));

function rolesOf(access: Access | 'api-key', what: string): readonly Role[] {
  if (access === 'guest' || access === 'public' || access === 'api-key') throw new Error(`${what} is ${access}: it has no role list`);
  return access;
}

/** The roles the matrix gives an action, by the name it has in the audit trail ('placement.create'). */
export function actionRoles(name: string): readonly Role[] {
  const rule = actionsByName.get(name);
  if (!rule) throw new Error(`action ${name} is not in the access matrix`);
  return rule.roles;
}

/** The roles that may open a page, by its route ('/[lng]/placements/[id]'). */
export function pageRoles(route: string): readonly Role[] {
  const rule = pagesByRoute.get(route);
  if (!rule) throw new Error(`page ${route} is not in the access matrix`);
  return rolesOf(rule.access, `page ${route}`);
}

/** The roles a route handler answers, by its route ('/api/reports/placements'). */
export function routeHandlerRoles(route: string): readonly Role[] {
  const rule = handlersByRoute.get(route);
  if (!rule) throw new Error(`route handler ${route} is not in the access matrix`);
  return rolesOf(rule.access, `route handler ${route}`);
}

/**
 * What an open-API route asks of a key for a method, by its route ('/api/v1/vacancies'): the
 * scope ('any': every valid key) and, where set, the organisations whose keys may use it.
 */
export function apiRouteRule(route: string, method: HttpMethod): { scope: ApiScopeName | 'any'; organisations: readonly string[] | null } {
  const rule = handlersByRoute.get(route);
  if (!rule) throw new Error(`route handler ${route} is not in the access matrix`);
  const scope = rule.access === 'api-key' ? rule.api?.scopes[method] : undefined;
  if (!scope) throw new Error(`route handler ${route} has no API scope for ${method}`);
  return { scope, organisations: rule.api?.organisations ?? null };
}

/** For buttons and links: whether this role may use the action / open the page. */
export function mayUseAction(name: string, role: Role): boolean {
  return actionRoles(name).includes(role);
}

export function mayOpenPage(route: string, role: Role): boolean {
  return pageRoles(route).includes(role);
}

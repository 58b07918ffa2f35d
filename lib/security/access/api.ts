import type { FeatureAccess } from '../access-matrix';

/**
 * The open API (/api/v1) and its keys. API routes are called with a key, never a session: their
 * access is 'api-key' and each method names the scope it needs (lib/api/route.ts asks for it);
 * lib/api/api-matrix.test.ts calls every route with a key of every scope, and an employer's key
 * against another company's rows. Keys are made and revoked by admins (/admin/api-keys); the
 * reference page is for admins, who hand keys out. The OpenAPI document itself is public: it
 * describes the interface and holds no data. Written inline: this file must not import values
 * from the matrix.
 */
export const apiAccess: FeatureAccess = {
  pages: [
    { route: '/[lng]/admin/api-keys', access: ['admin'], sample: '/admin/api-keys' },
    { route: '/[lng]/admin/api-reference', access: ['admin'], sample: '/admin/api-reference' },
  ],
  actions: [
    {
      module: 'lib/actions/api-keys',
      export: 'createApiKeyAction',
      name: 'api_key.create',
      roles: ['admin'],
      sample: (ids) => ({
        organisation: 'employer',
        employerId: String(ids.employerId),
        scopes: ['vacancies:read'],
        expiresOn: `${new Date().getFullYear() + 1}-06-30`,
        note: `Bewerbermanagement ${ids.unique}`,
      }),
    },
    {
      module: 'lib/actions/api-keys',
      export: 'revokeApiKeyAction',
      name: 'api_key.revoke',
      roles: ['admin'],
      sample: (ids) => ({ keyId: ids.more.apiKey! }),
    },
  ],
  routeHandlers: [
    {
      route: '/api/v1/openapi.json',
      methods: ['GET'],
      access: 'public',
      sample: '/api/v1/openapi.json',
      why: 'the OpenAPI 3.1 document of the open API: a description, no data',
    },
    {
      route: '/api/v1/vacancies',
      methods: ['GET', 'POST'],
      access: 'api-key',
      api: { scopes: { GET: 'vacancies:read', POST: 'vacancies:write' }, ownership: 'own-employer' },
      sample: '/api/v1/vacancies',
      why: 'vacancies for the municipality and employers: list (filtered, cursor pages), an employer key adds its own',
    },
    {
      route: '/api/v1/vacancies/[id]',
      methods: ['GET', 'PUT'],
      access: 'api-key',
      api: { scopes: { GET: 'vacancies:read', PUT: 'vacancies:write' }, ownership: 'own-employer' },
      why: 'one vacancy; an employer key changes its own',
    },
    {
      route: '/api/v1/vacancies/[id]/proposals',
      methods: ['GET'],
      access: 'api-key',
      api: { scopes: { GET: 'vacancies:read' }, ownership: 'own-employer', organisations: ['employer'] },
      why: "the candidates proposed to an employer key's own vacancy, within their consent",
    },
    {
      route: '/api/v1/placements',
      methods: ['GET'],
      access: 'api-key',
      api: { scopes: { GET: 'placements:read' } },
      sample: '/api/v1/placements',
      why: 'placements per year and stream without names (a pseudonym per person and organisation)',
    },
    {
      route: '/api/v1/target-progress',
      methods: ['GET'],
      access: 'api-key',
      api: { scopes: { GET: 'placements:read' } },
      sample: '/api/v1/target-progress',
      why: 'counted against the yearly targets per stream',
    },
    {
      route: '/api/v1/sib/ledger',
      methods: ['GET'],
      access: 'api-key',
      api: { scopes: { GET: 'outcomes:read' } },
      sample: '/api/v1/sib/ledger',
      why: 'SIB amounts per quarter against the cap',
    },
    {
      route: '/api/v1/sib/report',
      methods: ['GET'],
      access: 'api-key',
      api: { scopes: { GET: 'outcomes:read' } },
      sample: '/api/v1/sib/report',
      why: 'the SIB investor report, pseudonymised',
    },
    { route: '/api/v1/places', methods: ['GET'], access: 'api-key', api: { scopes: { GET: 'any' } }, sample: '/api/v1/places', why: 'reference data: places' },
    {
      route: '/api/v1/occupations',
      methods: ['GET'],
      access: 'api-key',
      api: { scopes: { GET: 'any' } },
      sample: '/api/v1/occupations',
      why: 'reference data: occupation codes',
    },
  ],
};

import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { apiIdParams, apiPlacementsQuery, apiSibQuery, apiVacancyCreate, apiVacancyQuery, apiVacancyUpdate, apiYearQuery } from '@/lib/validation/api';
import {
  apiOccupationList,
  apiPlaceList,
  apiPlacementPage,
  apiProblem,
  apiProposalList,
  apiSibLedger,
  apiSibReport,
  apiTargetProgress,
  apiVacancy,
  apiVacancyPage,
} from './schemas';
import { apiScopes } from '@/lib/validation/api-keys';
import { problemTypes, problemUrn } from './problem';

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the route handlers parse
 * with (lib/validation/api.ts, which takes the vacancy bodies from the app's form schema). Built
 * once per process: it changes only with the code.
 */
export const API_VERSION = '1.0.0';

export const apiTags = [
  { name: 'Vacancies', description: 'Vacancies, and the candidates proposed to an employer key’s own vacancies.' },
  { name: 'Placements', description: 'Placements and the yearly targets, without names.' },
  { name: 'Outcomes', description: 'The Social Impact Bond: ledger and investor report.' },
  { name: 'Reference', description: 'Places and occupation codes.' },
] as const;

const problemContent = { 'application/problem+json': { schema: apiProblem } };
const problemResponse = (description: string) => ({ description, content: problemContent });
const etagHeader = z.object({ ETag: z.string().meta({ description: 'Weak validator of the body: send it back as If-None-Match.' }) });
const ifNoneMatch = z.object({ 'If-None-Match': z.string().optional().meta({ description: 'An ETag of an earlier answer: 304 while nothing changed.' }) });
const idempotencyHeader = z.object({
  'Idempotency-Key': z.string().optional().meta({
    description:
      'Up to 200 visible ASCII characters. The same key with the same body returns the first answer (header Idempotent-Replayed: true) instead of writing again; with another body: 422.',
  }),
});

const common = {
  401: problemResponse('No valid key (missing, unknown, revoked or expired).'),
  403: problemResponse('The key lacks the scope, or its organisation may not use this endpoint.'),
  422: problemResponse('A query parameter or the body is refused: `errors` lists each field with its code and message.'),
  429: { ...problemResponse('Over the key’s rate limit: try again after `Retry-After` seconds.'), headers: z.object({ 'Retry-After': z.string() }) },
};

function read(description: string, schema: z.ZodType) {
  return {
    200: { description, headers: etagHeader, content: { 'application/json': { schema } } },
    304: { description: 'Not modified (If-None-Match matched the ETag).' },
    ...common,
  };
}

function buildDocument() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: `An API key made by an admin of Grenzeloos: \`Authorization: Bearer gzk_…\`. Scopes: ${apiScopes.join(', ')}.`,
  });
  const security = (scope: string | null) => [{ apiKey: scope ? [scope] : [] }];

  registry.registerPath({
    method: 'get',
    path: '/vacancies',
    tags: ['Vacancies'],
    summary: 'List vacancies',
    description:
      'Filtered like the vacancy list of the app; newest first; `next` links to the following page. An employer key sees its own company’s vacancies (drafts too), other keys every employer’s except drafts.',
    security: security('vacancies:read'),
    request: { query: apiVacancyQuery, headers: ifNoneMatch },
    responses: read('A page of vacancies.', apiVacancyPage),
  });
  registry.registerPath({
    method: 'post',
    path: '/vacancies',
    tags: ['Vacancies'],
    summary: 'Create a vacancy',
    description:
      'Employer keys only, for their own company. The body is the app’s vacancy form; `intent` draft or publish (publishing needs every field a published vacancy needs).',
    security: security('vacancies:write'),
    request: { headers: idempotencyHeader, body: { required: true, content: { 'application/json': { schema: apiVacancyCreate } } } },
    responses: {
      201: { description: 'Created (Location: the new vacancy).', content: { 'application/json': { schema: apiVacancy } } },
      ...common,
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/vacancies/{id}',
    tags: ['Vacancies'],
    summary: 'One vacancy',
    security: security('vacancies:read'),
    request: { params: apiIdParams, headers: ifNoneMatch },
    responses: { ...read('The vacancy.', apiVacancy), 404: problemResponse('No such vacancy for this key (another company’s answers the same).') },
  });
  registry.registerPath({
    method: 'put',
    path: '/vacancies/{id}',
    tags: ['Vacancies'],
    summary: 'Change a vacancy',
    description:
      'Employer keys only, their own company’s vacancies. The whole form again, with the `version` last read; `intent` draft, publish (a draft) or save (a published one).',
    security: security('vacancies:write'),
    request: { params: apiIdParams, headers: idempotencyHeader, body: { required: true, content: { 'application/json': { schema: apiVacancyUpdate } } } },
    responses: {
      200: { description: 'Saved.', content: { 'application/json': { schema: apiVacancy } } },
      ...common,
      404: problemResponse('No such vacancy for this key.'),
      409: problemResponse('Changed since `version`, or not editable in its state.'),
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/vacancies/{id}/proposals',
    tags: ['Vacancies'],
    summary: 'Candidates proposed to a vacancy',
    description:
      'Employer keys only, their own vacancies. Each candidate with only what the person agreed to share, as the candidates page of the app shows them.',
    security: security('vacancies:read'),
    request: { params: apiIdParams, headers: ifNoneMatch },
    responses: { ...read('The proposals.', apiProposalList), 404: problemResponse('No such vacancy for this key.') },
  });
  registry.registerPath({
    method: 'get',
    path: '/placements',
    tags: ['Placements'],
    summary: 'Placements',
    description: 'Without names: `person` is a pseudonym, the same for all keys of one organisation and different for every other organisation.',
    security: security('placements:read'),
    request: { query: apiPlacementsQuery, headers: ifNoneMatch },
    responses: read('A page of placements.', apiPlacementPage),
  });
  registry.registerPath({
    method: 'get',
    path: '/target-progress',
    tags: ['Placements'],
    summary: 'Progress against the yearly targets',
    description: 'Per funding stream (regular, SIB): counted by start date, pro rata and forecast, as the targets page shows.',
    security: security('placements:read'),
    request: { query: apiYearQuery, headers: ifNoneMatch },
    responses: read('The year’s progress.', apiTargetProgress),
  });
  registry.registerPath({
    method: 'get',
    path: '/sib/ledger',
    tags: ['Outcomes'],
    summary: 'SIB ledger per quarter',
    security: security('outcomes:read'),
    request: { query: apiSibQuery, headers: ifNoneMatch },
    responses: { ...read('Amounts per quarter against the cap.', apiSibLedger), 404: problemResponse('No such contract.') },
  });
  registry.registerPath({
    method: 'get',
    path: '/sib/report',
    tags: ['Outcomes'],
    summary: 'SIB investor report',
    security: security('outcomes:read'),
    request: { query: apiSibQuery, headers: ifNoneMatch },
    responses: { ...read('The investor report of the period.', apiSibReport), 404: problemResponse('No such contract.') },
  });
  registry.registerPath({
    method: 'get',
    path: '/places',
    tags: ['Reference'],
    summary: 'Places',
    security: security(null),
    request: { headers: ifNoneMatch },
    responses: read('Every place.', apiPlaceList),
  });
  registry.registerPath({
    method: 'get',
    path: '/occupations',
    tags: ['Reference'],
    summary: 'Occupation codes',
    security: security(null),
    request: { headers: ifNoneMatch },
    responses: read('Every occupation code.', apiOccupationList),
  });

  const problems = Object.entries(problemTypes)
    .map(([type, p]) => `- \`${problemUrn(type as keyof typeof problemTypes)}\` (${p.status}): ${p.title}`)
    .join('\n');
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Grenzeloos open API',
      version: API_VERSION,
      description: `Vacancies, placements, targets and SIB outcomes of Werkplein Twente’s Grenzeloos for the municipality’s, the investor’s and employers’ own systems. JSON, dates as ISO 8601 (days YYYY-MM-DD, instants in UTC), errors as RFC 9457 problem details:\n${problems}`,
    },
    servers: [{ url: '/api/v1' }],
    tags: [...apiTags],
  });
}

let cached: ReturnType<typeof buildDocument> | undefined;
export function openApiDocument() {
  cached ??= buildDocument();
  return cached;
}

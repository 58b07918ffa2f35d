import { Ajv2020 } from 'ajv/dist/2020';
import type { Database } from '@/db/client';
import { createApiKey } from '@/db/queries/api-keys';
import { openApiDocument } from '@/lib/api/openapi';
import type { ApiOrganisation, ApiScope } from '@/lib/validation/api-keys';
import { makeUser } from './users';

/**
 * Test support for the open API: keys, calls to the route handlers as a client would make them,
 * and the check of every answer against the OpenAPI document (the schema of that path, method
 * and status; an answer the document does not list fails).
 */
export async function makeApiKey(
  db: Database,
  organisation: ApiOrganisation,
  scopes: ApiScope[],
  employerId: number | null = null,
  expiresAt = new Date(Date.now() + 86_400_000),
) {
  const admin = await makeUser(db, 'admin');
  return createApiKey(
    db,
    { organisation, employerId, scopes, note: '', expiresAt },
    { actor: { id: admin.id, role: 'admin', email: admin.email }, origin: null },
  );
}

export function apiRequest(path: string, options: { secret?: string; method?: string; body?: unknown; headers?: Record<string, string> } = {}): Request {
  const headers = new Headers(options.headers);
  if (options.secret) headers.set('authorization', `Bearer ${options.secret}`);
  if (options.body !== undefined) headers.set('content-type', 'application/json');
  return new Request(`http://localhost${path}`, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}

type Json = Record<string, unknown>;
const doc = openApiDocument() as unknown as { paths: Record<string, Record<string, Json>>; components: Json };
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema({ $id: 'openapi', components: doc.components });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

function localRefs(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'));
}

/**
 * Checks a response against the document: its status must be listed for the operation, a body
 * must match that status's schema (problem+json for errors). Returns the parsed body.
 * `template` is the documented path ('/vacancies/{id}').
 */
export async function checkedBody(response: Response, method: string, template: string): Promise<unknown> {
  const operation = doc.paths[template]?.[method.toLowerCase()];
  if (!operation) throw new Error(`${method} ${template} is not in the OpenAPI document`);
  const spec = (operation.responses as Record<string, Json>)[String(response.status)];
  if (!spec) throw new Error(`${method} ${template} answered ${response.status}, which the document does not list`);
  if (response.status === 304) return null;
  const text = await response.text();
  const content = spec.content as Record<string, { schema: unknown }> | undefined;
  if (!content) throw new Error(`${method} ${template} ${response.status} has no documented body`);
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!;
  const media = content[type];
  if (!media) throw new Error(`${method} ${template} ${response.status}: content type ${type} is not documented`);
  const key = `${method} ${template} ${response.status} ${type}`;
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(localRefs(media.schema) as object);
    compiled.set(key, validate);
  }
  const body = JSON.parse(text) as unknown;
  if (!validate(body)) throw new Error(`${key}: ${ajv.errorsText(validate.errors)}\n${text.slice(0, 500)}`);
  return body;
}

import { openApiDocument } from '@/lib/api/openapi';

/** GET /api/v1/openapi.json: the OpenAPI 3.1 document (public: a description, no data). */
export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { 'cache-control': 'public, max-age=300' } });
}

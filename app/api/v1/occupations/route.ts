import { apiRoute } from '@/lib/api/route';
import { occupationList } from '@/lib/domain/occupations';
import { getT } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

/** GET /api/v1/occupations: the occupation codes vacancies use (KldB 2010, with ISCO-08), named in Dutch and German. */
export async function GET(request: Request): Promise<Response> {
  return apiRoute(request, { route: '/api/v1/occupations', method: 'GET', name: 'api.occupations_list' }, async () => {
    const nl = getT('nl', 'domain');
    const de = getT('de', 'domain');
    return {
      body: {
        data: occupationList.map((o) => ({
          code: o.code,
          isco: o.isco,
          sector: o.sector,
          name: { nl: nl(`occupation.${o.code}`), de: de(`occupation.${o.code}`) },
        })),
      },
    };
  });
}

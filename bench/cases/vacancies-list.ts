import { and, count, eq, like, sql } from 'drizzle-orm';
import { employers, places, vacancies } from '@/db/schema';
import type { BenchCase, BenchContext } from '../types';

const EMPLOYERS = 2_000;
const VACANCIES = 20_000;

async function enschedeId(ctx: BenchContext): Promise<number> {
  if (!ctx.ids.enschede) {
    const [row] = await ctx.db
      .select({ id: places.id })
      .from(places)
      .where(and(eq(places.country, 'NL'), eq(places.name, 'Enschede')));
    ctx.ids.enschede = row!.id;
  }
  return ctx.ids.enschede;
}

/** The caseworker's filtered list: open elderly-care jobs within 60 km of Enschede, German at most B2, 20+ hours, page 2. */
function listPath(ctx: BenchContext): string {
  return `/nl/vacancies?status=open&sector=elderly_care&from=${ctx.ids.enschede}&km=60&german=B2&hoursMin=20&page=2`;
}

/**
 * 20,000 vacancies of 2,000 employers, spread over the German places, sectors, occupations,
 * German levels, hours and statuses (a sixth of the open ones past their closing date).
 */
export const vacanciesListCase: BenchCase = {
  name: 'vacancies-list',
  role: 'caseworker',
  async fill(ctx) {
    const { db } = ctx;
    await enschedeId(ctx);
    const [{ n: employerCount } = { n: 0 }] = await db.select({ n: count() }).from(employers).where(like(employers.name, 'Bench Arbeitgeber %'));
    if (Number(employerCount) < EMPLOYERS) {
      await db.execute(sql`
        insert into employers (name, sector, place_id, postcode)
        select 'Bench Arbeitgeber ' || g,
               (enum_range(null::sector))[1 + g % 12],
               p.ids[1 + g % array_length(p.ids, 1)],
               p.codes[1 + g % array_length(p.ids, 1)]
        from generate_series(${Number(employerCount) + 1}::int, ${EMPLOYERS}::int) g,
             (select array_agg(id order by id) ids, array_agg(postcode order by id) codes from places where country = 'DE') p`);
    }
    const [{ n: vacancyCount } = { n: 0 }] = await db.select({ n: count() }).from(vacancies).where(like(vacancies.title, 'Bench Stelle %'));
    if (Number(vacancyCount) < VACANCIES) {
      await db.execute(sql`
        insert into vacancies (employer_id, title, description, text_language, sector, occupation_code, place_id, hours_min, hours_max,
                               contract, pay_min, pay_max, german_level, positions, status, closing_date, published_at, created_at)
        select e.ids[1 + g % array_length(e.ids, 1)],
               'Bench Stelle ' || g,
               'Beschreibung der Stelle ' || g,
               (case when g % 10 = 0 then 'nl' else 'de' end)::locale,
               o.sectors[1 + g % array_length(o.codes, 1)]::sector,
               o.codes[1 + g % array_length(o.codes, 1)],
               p.ids[1 + (g * 7) % array_length(p.ids, 1)],
               16 + g % 20,
               16 + g % 20 + g % 5,
               (case when g % 3 = 0 then 'fixed_term' else 'permanent' end)::contract_type,
               2200 + (g % 20) * 50,
               2600 + (g % 20) * 50,
               (array['A1','A2','B1','B2','C1','C2'])[1 + g % 6]::cefr_level,
               1 + g % 3,
               (case g % 10 when 0 then 'draft' when 1 then 'paused' when 2 then 'filled' when 3 then 'closed' else 'open' end)::vacancy_status,
               (case when g % 6 = 0 then current_date - (1 + g % 30) else current_date + (g % 90) end),
               (case when g % 10 = 0 then null else now() - ((g % 365) || ' days')::interval end),
               now() - ((g % 400) || ' days')::interval
        from generate_series(${Number(vacancyCount) + 1}::int, ${VACANCIES}::int) g,
             (select array_agg(id order by id) ids from employers where name like 'Bench Arbeitgeber %') e,
             (select array_agg(id order by id) ids from places where country = 'DE') p,
             (select array_agg(code order by code) codes, array_agg(sector::text order by code) sectors from occupations) o`);
      await db.execute(sql`analyze vacancies`);
      await db.execute(sql`analyze employers`);
    }
  },
  async sql(ctx) {
    // The same page as one plain query: filters, distance, effective status, candidate counts.
    const id = await enschedeId(ctx);
    const result = await ctx.db.execute(sql`
      with o as (select lat, lon from places where id = ${id}::int),
      page as (
        select v.id, row_number() over (order by v.published_at desc nulls last, v.id desc) as position, count(*) over () as total
        from vacancies v
        where v.status = 'open' and (v.closing_date is null or v.closing_date >= (now() at time zone 'Europe/Berlin')::date)
          and v.sector = 'elderly_care'
          and v.place_id in (select places.id from places, o where 12742 * asin(sqrt(power(sin(radians(places.lat - o.lat) / 2), 2) + cos(radians(o.lat)) * cos(radians(places.lat)) * power(sin(radians(places.lon - o.lon) / 2), 2))) <= 60)
          and (v.german_level is null or v.german_level <= 'B2')
          and coalesce(v.hours_max, v.hours_min) >= 20
        order by v.published_at desc nulls last, v.id desc
        limit 25 offset 25)
      select v.id, v.title, e.name, p.name as place, page.total,
             12742 * asin(sqrt(power(sin(radians(p.lat - o.lat) / 2), 2) + cos(radians(o.lat)) * cos(radians(p.lat)) * power(sin(radians(p.lon - o.lon) / 2), 2))) as km,
             (select count(*) from proposals pr where pr.vacancy_id = v.id) as candidates
      from page
      join vacancies v on v.id = page.id
      join employers e on e.id = v.employer_id
      left join places p on p.id = v.place_id, o
      order by page.position`);
    return Array.isArray(result) ? result.length : (result as unknown as { rows: unknown[] }).rows.length;
  },
  async app(ctx, fetchAs) {
    await enschedeId(ctx);
    const response = await fetchAs(listPath(ctx));
    if (response.status !== 200) throw new Error(`vacancies-list: HTTP ${response.status}`);
    const html = await response.text();
    if (!html.includes('Bench Stelle')) throw new Error('vacancies-list: no vacancies on the page');
  },
};

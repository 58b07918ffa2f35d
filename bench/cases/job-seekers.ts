import { and, count, eq, like, sql } from 'drizzle-orm';
import { jobSeekerChecks, jobSeekerNotes, jobSeekerQualifications, jobSeekers, places, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import type { BenchCase, BenchContext } from '../types';

const SEEKERS = 50_000;
const CASEWORKERS = 20;

const firstNames = [
  'Anna',
  'Bram',
  'Carla',
  'Daan',
  'Eva',
  'Fleur',
  'Gerrit',
  'Hanneke',
  'Ilse',
  'Jeroen',
  'Karin',
  'Lars',
  'Marieke',
  'Niels',
  'Olga',
  'Pieter',
  'Quinten',
  'Roos',
  'Sander',
  'Tessa',
  'Ufuk',
  'Vera',
  'Wouter',
  'Yara',
  'Zeynep',
  'Mehmet',
  'Fatima',
  'Youssef',
  'Samira',
  'Bart',
  'Hatice',
  'Joost',
  'Lieke',
  'Mohamed',
  'Nadia',
  'Oksana',
  'Piotr',
  'Rik',
  'Sanne',
  'Thijs',
  'Wendy',
  'Ahmet',
  'Bas',
  'Chantal',
  'Dewi',
  'Esra',
];
const lastNames = [
  'Jansen',
  'de Vries',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'Oude Egberink',
  'ter Horst',
  'Nijhuis',
  'Kuipers',
  'Wolters',
  'Haverkate',
  'Brinkhuis',
  'Oude Luttikhuis',
  'Kamphuis',
  'Lansink',
  'Schipper',
  'Hofman',
  'Yilmaz',
  'Kaya',
  'Demir',
  'El Amrani',
  'Benali',
  'Kowalski',
  'Nowak',
  'Boerrigter',
  'Aydin',
  'Haddad',
  'Bruggink',
  'Heupink',
  'Vrielink',
  'Tijhuis',
  'Leferink',
  'Roelofs',
  'Wessels',
  'Grobben',
  'Mensink',
  'Oosterhuis',
  'Pothof',
  'Reinders',
  'Scholten',
  'Temmink',
  'Veldhuis',
  'Wiggers',
  'Ezendam',
  'Gerritsen',
];
const sectorList = [
  'elderly_care',
  'nursing',
  'care_assistance',
  'disability_care',
  'logistics',
  'production',
  'retail',
  'hospitality',
  'cleaning',
  'construction',
  'agriculture',
  'other',
];

const textArray = (values: string[]) => sql.raw(`array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`);

/** Raw results differ by driver (postgres.js: an array; PGlite: { rows }). */
function rowsOf(result: unknown): unknown[] {
  return Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? []);
}

/** 50,000 job seekers with varied names, places, owners, statuses, languages and consent; idempotent. */
async function fillJobSeekers(ctx: BenchContext): Promise<void> {
  const { db } = ctx;
  const [enschede] = await db.select({ id: places.id }).from(places).where(eq(places.name, 'Enschede'));
  ctx.ids.enschedePlaceId = enschede!.id;

  const [existing] = await db.select({ n: count() }).from(jobSeekers).where(like(jobSeekers.clientNumber, 'BN-%'));
  if (existing!.n < SEEKERS) {
    // Colleagues of the bench caseworker, so that "my caseload" is a twentieth of the register.
    const hash = await hashPassword('Bench-Colleague-2026');
    await db
      .insert(users)
      .values(
        Array.from({ length: CASEWORKERS - 1 }, (_, i) => ({
          email: `bench-cw-${i + 1}@grenzeloos.bench`,
          name: `Bench Collega ${i + 1}`,
          passwordHash: hash,
          role: 'caseworker' as const,
        })),
      )
      .onConflictDoNothing();
    const caseworkerIds = sql`(select array_agg(id order by id) from ${users} where email like 'bench-cw-%' or id = ${ctx.ids.caseworkerUserId})`;
    await db.execute(sql`
      insert into job_seekers (client_number, first_name, last_name, email, phone, date_of_birth, postcode, place_id, caseworker_id, status,
        driving_licence, has_car, max_commute_km, wanted_sectors, hours_min, hours_max, available_from, sib_cohort,
        consent_given_on, consent_scope, consent_until, consent_withdrawn_at, created_at, updated_at)
      select
        'BN-' || lpad(g::text, 6, '0'),
        (${textArray(firstNames)})[1 + (g * 7) % ${firstNames.length}],
        (${textArray(lastNames)})[1 + (g / 3 + g * 13) % ${lastNames.length}],
        case when g % 7 <> 0 then 'bn' || g || '@example.com' end,
        case when g % 11 <> 0 then '06-' || (10000000 + g * 797 % 49999999) end,
        date '1960-01-01' + (g * 37 % 14000),
        (7400 + g % 300) || ' ' || chr(65 + g % 26) || chr(65 + (g / 26) % 26),
        p.ids[1 + (g / 13) % array_length(p.ids, 1)],
        c.ids[1 + g % array_length(c.ids, 1)],
        ((array['intake','active','active','active','in_training','placed','withdrawn'])[1 + (g / 3) % 7])::job_seeker_status,
        g % 3 <> 0,
        g % 6 = 1,
        10 + g % 70,
        array[(${textArray(sectorList)})[1 + (g / 7) % 12], (${textArray(sectorList)})[1 + (g / 5 + 3) % 12]]::sector[],
        16 + g % 9,
        32 + g % 9,
        case when g % 10 <> 0 then current_date - 200 + (g % 400) end,
        g % 9 = 0,
        case when (g / 11) % 5 < 2 then current_date - (g % 700) end,
        case when (g / 11) % 5 < 2 then array['profile','languages']::text[] else '{}'::text[] end,
        case when (g / 11) % 5 = 1 then current_date - (g % 700) + 365 end,
        case when (g / 11) % 5 < 2 and g % 50 = 0 then now() end,
        now() - make_interval(days => g % 1500),
        now() - make_interval(days => g % 1500)
      from generate_series(1, ${SEEKERS}) as g,
        (select array_agg(id order by id) as ids from ${places} where country = 'NL') as p,
        ${sql`(select ${caseworkerIds} as ids) as c`}
      on conflict do nothing`);
    await db.execute(sql`
      insert into job_seeker_languages (job_seeker_id, language, level)
      select id, 'nl', (case when id % 10 = 0 then 'B2' else 'C2' end)::cefr_level from job_seekers where client_number like 'BN-%'
      union all
      select id, 'de', ((array['A1','A2','B1','B2','C1','C2'])[1 + (id / 17) % 6])::cefr_level from job_seekers where client_number like 'BN-%' and (id / 2) % 4 <> 0
      union all
      select id, 'en', ((array['A2','B1','B2'])[1 + id % 3])::cefr_level from job_seekers where client_number like 'BN-%' and id % 3 = 0
      on conflict do nothing`);
    // Fresh statistics and visibility map, as autovacuum would leave them on a running server.
    await db.execute(sql`vacuum analyze job_seekers`);
    await db.execute(sql`vacuum analyze job_seeker_languages`);
  }

  // One well-documented person of the bench caseworker for the profile case.
  const [person] = await db
    .select({ id: jobSeekers.id })
    .from(jobSeekers)
    .where(and(eq(jobSeekers.clientNumber, 'BN-000020')));
  ctx.ids.benchProfileId = person!.id;
  const [notes] = await db.select({ n: count() }).from(jobSeekerNotes).where(eq(jobSeekerNotes.jobSeekerId, person!.id));
  if (notes!.n === 0) {
    const author = ctx.ids.caseworkerUserId!;
    await db.insert(jobSeekerNotes).values(
      Array.from({ length: 30 }, (_, i) => ({
        jobSeekerId: person!.id,
        authorId: author,
        body: `Gesprek ${i + 1}: voortgang Duitse les en sollicitaties besproken.`,
        createdAt: new Date(Date.now() - i * 86_400_000),
      })),
    );
    await db.insert(jobSeekerQualifications).values([
      { jobSeekerId: person!.id, qualification: 'mbo3_verzorgende_ig', obtainedYear: 2005, recognitionStatus: 'applied', recognitionState: 'NW' },
      { jobSeekerId: person!.id, qualification: 'mbo2_helpende_zw', obtainedYear: 2001, recognitionStatus: 'recognised', recognitionState: 'NI' },
    ]);
    await db.insert(jobSeekerChecks).values([
      { jobSeekerId: person!.id, item: 'social_security', doneBy: author },
      { jobSeekerId: person!.id, item: 'tax_treaty', doneBy: author },
    ]);
  }
}

const FILTER_MIX = 'caseworker=all&status=active&german=B1&sector=elderly_care&km=25&consent=yes';

async function expectPage(response: Response, what: string): Promise<void> {
  if (response.status !== 200) throw new Error(`${what}: HTTP ${response.status}`);
  await response.text();
}

/** The list with a mix of filters (status, German level, sector, distance, consent), page 1. */
export const jobSeekersListCase: BenchCase = {
  name: 'job-seekers-list',
  role: 'caseworker',
  fill: fillJobSeekers,
  async sql({ db, ids }) {
    const result = await db.execute(sql`
      select js.id, js.client_number, js.first_name, js.last_name, js.status, pl.name
      from job_seekers js left join places pl on pl.id = js.place_id
      where js.erased_at is null and js.status = 'active'
        and exists (select 1 from job_seeker_languages l where l.job_seeker_id = js.id and l.language = 'de' and l.level >= 'B1')
        and js.wanted_sectors @> array['elderly_care']::sector[]
        and js.place_id in (select p.id from places p, places o where o.id = ${ids.enschedePlaceId}
          and 2 * 6371 * asin(sqrt(power(sin(radians(p.lat - o.lat) / 2), 2) + cos(radians(o.lat)) * cos(radians(p.lat)) * power(sin(radians(p.lon - o.lon) / 2), 2))) <= 25)
        and js.consent_given_on <= current_date and js.consent_withdrawn_at is null and (js.consent_until is null or js.consent_until >= current_date)
      order by lower(js.last_name), lower(js.first_name), js.id limit 25`);
    return rowsOf(result).length;
  },
  async app({ ids }, fetchAs) {
    await expectPage(await fetchAs(`/nl/job-seekers?${FILTER_MIX}&place=${ids.enschedePlaceId}`), 'job-seekers-list');
  },
};

/** The whole register sorted by name, page 500 (rows 12,476 to 12,500). */
export const jobSeekersListDeepCase: BenchCase = {
  name: 'job-seekers-list-deep',
  role: 'caseworker',
  fill: fillJobSeekers,
  async sql({ db }) {
    const result = await db.execute(sql`
      select js.id, js.client_number, js.first_name, js.last_name, js.status
      from job_seekers js where js.erased_at is null
      order by lower(js.last_name), lower(js.first_name), js.id offset 12475 limit 25`);
    return rowsOf(result).length;
  },
  async app(_ctx, fetchAs) {
    await expectPage(await fetchAs('/nl/job-seekers?caseworker=all&page=500'), 'job-seekers-list-deep');
  },
};

/** One person's page: profile, languages, qualifications, 30 notes, checklist, proposals, placements. */
export const jobSeekerProfileCase: BenchCase = {
  name: 'job-seeker-profile',
  role: 'caseworker',
  fill: fillJobSeekers,
  async sql({ db, ids }) {
    const result = await db.execute(sql`
      select js.*, pl.name as place_name, u.name as caseworker_name
      from job_seekers js left join places pl on pl.id = js.place_id left join users u on u.id = js.caseworker_id
      where js.id = ${ids.benchProfileId}`);
    return rowsOf(result).length;
  },
  async app({ ids }, fetchAs) {
    await expectPage(await fetchAs(`/nl/job-seekers/${ids.benchProfileId}`), 'job-seeker-profile');
  },
};

-- What the vacancy list and matching list: every vacancy, and the imported Jobbörse postings that
-- are not vacancies yet (no employer linked), so staff see the whole German market in one list,
-- filtered, sorted and paged by the database in one query. A posting that expired, that repeats
-- an employer's own vacancy, or that is a vacancy already (linked) is not listed a second time.
-- A posting lists as open, with no employer: proposing needs the employer linked first.
create view vacancy_listings as
select
  'vacancy'::text as kind,
  v.id,
  v.employer_id,
  null::text as firma,
  false as anonymous,
  v.title,
  v.text_language,
  v.sector,
  v.occupation_code,
  v.place_id,
  v.hours_min,
  v.hours_max,
  v.german_level,
  v.qualification_required,
  v.recognition_required,
  v.driving_licence_required,
  v.start_date,
  v.positions,
  v.positions_filled,
  v.status,
  v.closing_date,
  v.published_at,
  v.source,
  v.ba_reference
from vacancies v
union all
select
  'ba_posting'::text as kind,
  p.id,
  null::integer as employer_id,
  p.employer_name as firma,
  p.anonymous,
  left(p.title, 200) as title,
  'de'::locale as text_language,
  o.sector,
  p.occupation_code,
  p.place_id,
  p.hours_min,
  p.hours_max,
  null::cefr_level as german_level,
  null::text as qualification_required,
  false as recognition_required,
  false as driving_licence_required,
  p.start_date,
  1::smallint as positions,
  0::smallint as positions_filled,
  'open'::vacancy_status as status,
  null::date as closing_date,
  -- The Jobbörse's last change stands in for its publication date (the API gives no other).
  coalesce(p.changed_at, p.first_seen_at) as published_at,
  'ba'::text as source,
  p.reference as ba_reference
from ba_postings p
left join occupations o on o.code = p.occupation_code
where p.expired_at is null
  and p.duplicate_of_vacancy_id is null
  and not exists (select 1 from vacancies lv where lv.ba_reference = p.reference);

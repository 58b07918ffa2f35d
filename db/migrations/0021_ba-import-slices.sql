-- The search slices the issue names: the border towns x the occupations Werkplein places most.
-- Seeded once; admins change them on /admin/ba-import afterwards.
insert into ba_import_slices (keyword, place, radius_km)
select k.keyword, p.place, 25
from (values ('Altenpflege'), ('Pflegehelfer'), ('Pflegefachkraft'), ('Lager'), ('Berufskraftfahrer')) as k(keyword)
cross join (values ('Gronau'), ('Bad Bentheim'), ('Nordhorn'), ('Ahaus'), ('Münster'), ('Osnabrück')) as p(place)
on conflict do nothing;
--> statement-breakpoint
-- At most one run queued or running at a time: a second click or the schedule beside a manual run is refused.
create unique index ba_import_runs_one_active_uq on ba_import_runs ((true)) where status in ('queued', 'running');

import { addDays } from '@/lib/time/days';
import { demoEmployers } from './demo-employers';
import type { Context, DemoPlan } from './plan-model';

/** The demo's employers, from the catalogue in ./demo-employers. */

export function planEmployers({ rng, today, at, place }: Context): DemoPlan['employers'] {
  return demoEmployers.map((e) => {
    const p = place(e.place);
    return {
      key: e.key,
      name: e.name,
      street: e.street,
      postcode: e.postcode ?? p.postcode,
      placeId: p.id,
      sector: e.sector,
      website: `https://www.${e.domain}`,
      phone: e.phone,
      email: `info@${e.domain}`,
      description: e.description,
      createdAt: at(addDays(today, -rng.int(400, 900))),
      contacts: e.contacts,
    };
  });
}

import { addDays, type Day, momentOn } from '@/lib/time/days';
import type { EventKind } from '@/db/schema/enums';

/**
 * The demo's events, as plain values relative to `today`: last month's job fair in the Gieterij
 * in Hengelo (over: registrations, check-ins, walk-in leads, conversations) and next month's
 * information meeting in Gronau (coming: a few registrations). Employers by demo key, job seekers
 * by their index among the demo people with valid consent. Its own plan, outside the main PRNG,
 * so adding it changes nothing else in the demo world.
 */
export interface PlannedEvent {
  kind: EventKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  place: string;
  capacity: number;
  descriptionNl: string;
  descriptionDe: string;
  employers: { key: string; stand: string; vacancies: number }[];
  seekers: { index: number; checkedIn: boolean; interest: string | null; shareWith: string[]; met: { key: string; note: string }[] }[];
  leads: {
    name: string;
    phone: string | null;
    email: string | null;
    interest: string;
    contactConsent: boolean;
    checkedIn: boolean;
    shareWith: string[];
    met: string[];
  }[];
}

export function planEvents(today: Day): PlannedEvent[] {
  const fairDay = addDays(today, -30);
  const meetingDay = addDays(today, 24);
  return [
    {
      kind: 'job_fair',
      title: 'Banenmarkt Grenzeloos Werken',
      startsAt: momentOn(fairDay, 13 * 60),
      endsAt: momentOn(fairDay, 18 * 60),
      venue: 'De Gieterij',
      place: 'Hengelo',
      capacity: 250,
      descriptionNl:
        'Duitse werkgevers uit de grensregio stellen zich voor aan werkzoekenden uit Twente. Vooral ouderenzorg (Altenpflege), ook logistiek en productie.',
      descriptionDe: 'Arbeitgeber aus der Grenzregion stellen sich Arbeitsuchenden aus Twente vor. Vor allem Altenpflege, auch Logistik und Produktion.',
      employers: [
        { key: 'sonnenhof', stand: 'A 1', vacancies: 2 },
        { key: 'vechteblick', stand: 'A 2', vacancies: 1 },
      ],
      seekers: [
        {
          index: 0,
          checkedIn: true,
          interest: 'Altenpflege, Nachtdienst',
          shareWith: ['sonnenhof'],
          met: [{ key: 'sonnenhof', note: 'Wil graag een meeloopdag.' }],
        },
        {
          index: 1,
          checkedIn: true,
          interest: 'Altenpflege',
          shareWith: ['sonnenhof', 'vechteblick'],
          met: [{ key: 'vechteblick', note: 'Vraagt naar reistijd Nordhorn.' }],
        },
        { index: 2, checkedIn: true, interest: null, shareWith: [], met: [] },
        { index: 3, checkedIn: false, interest: 'Logistiek', shareWith: [], met: [] },
        { index: 4, checkedIn: true, interest: 'Verpleging', shareWith: ['vechteblick'], met: [] },
      ],
      leads: [
        {
          name: 'Marloes Veldkamp',
          phone: '06-41235876',
          email: null,
          interest: 'Altenpflege',
          contactConsent: true,
          checkedIn: true,
          shareWith: ['sonnenhof'],
          met: ['sonnenhof'],
        },
        {
          name: 'Henk Brinkhuis',
          phone: null,
          email: 'h.brinkhuis@voorbeeld.nl',
          interest: 'Productie',
          contactConsent: true,
          checkedIn: true,
          shareWith: [],
          met: [],
        },
        {
          name: 'Sevda Yilmaz',
          phone: '06-28764510',
          email: null,
          interest: 'Zorg, deeltijd',
          contactConsent: false,
          checkedIn: true,
          shareWith: [],
          met: ['vechteblick'],
        },
      ],
    },
    {
      kind: 'information_meeting',
      title: 'Informatiebijeenkomst werken in Duitsland',
      startsAt: momentOn(meetingDay, 10 * 60),
      endsAt: momentOn(meetingDay, 12 * 60),
      venue: 'Grenzenloses Arbeitsbüro',
      place: 'Gronau (Westf.)',
      capacity: 40,
      descriptionNl: 'Wat komt er kijken bij werken over de grens: sociale zekerheid, zorgverzekering, belasting. Met een werkgever uit Bad Bentheim.',
      descriptionDe:
        'Was bei der Arbeit über die Grenze zu beachten ist: Sozialversicherung, Krankenversicherung, Steuern. Mit einem Arbeitgeber aus Bad Bentheim.',
      employers: [{ key: 'bentheimer_land', stand: 'Tisch 1', vacancies: 1 }],
      seekers: [
        { index: 5, checkedIn: false, interest: 'Grensarbeid', shareWith: [], met: [] },
        { index: 6, checkedIn: false, interest: null, shareWith: [], met: [] },
      ],
      leads: [
        {
          name: 'Ruud Nijhuis',
          phone: '053-4321987',
          email: null,
          interest: 'Werken in Duitsland',
          contactConsent: true,
          checkedIn: false,
          shareWith: [],
          met: [],
        },
      ],
    },
  ];
}

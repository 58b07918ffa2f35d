import type { Sector, VacancyStatus } from '@/db/schema/enums';
import { demoEmployerName } from './demo-accounts';
import type { DemoJobKey } from './demo-jobs';

/**
 * The demo employers: care homes, a home-care service, a hospital and a disability care
 * provider along the border (the programme's focus is Altenpflege), plus logistics, retail,
 * hospitality and production, and one Dutch haulier with a depot in Gronau that writes its
 * adverts in Dutch. Names, streets and numbers are invented; domains end in .demo.
 */
export interface DemoEmployer {
  key: string;
  name: string;
  /** Name as in data/places.csv. */
  place: string;
  street: string;
  /** Only for Dutch employers; German ones take their place's postcode. */
  postcode?: string;
  sector: Sector;
  domain: string;
  phone: string;
  description: string;
  /** Opening paragraph of its adverts, in the language it writes them in. */
  intro: string;
  benefits: readonly string[];
  contacts: ReadonlyArray<{ name: string; jobTitle: string; email: string; phone: string }>;
  vacancies: readonly DemoVacancyPlan[];
}

interface DemoVacancyPlan {
  job: DemoJobKey;
  status: VacancyStatus;
  positions: number;
  /** Positions already filled through Grenzeloos: each gets a hired proposal and a placement. */
  filled?: number;
  /** Workplace when it is not the employer's own place. */
  place?: string;
  /** An open advert without a closing date, or one whose closing date has just passed. */
  closing?: 'none' | 'passed';
}

const careBenefits = [
  'Vergütung nach Tarif mit Jahressonderzahlung und betrieblicher Altersvorsorge',
  '30 Tage Urlaub und verlässliche Dienstpläne',
  'Strukturierte Einarbeitung mit Patenschaft',
  'Unterstützung bei Anerkennung, Fachsprachkurs und Behördengängen',
  'Fahrtkostenzuschuss für Grenzgänger aus den Niederlanden',
  'Fort- und Weiterbildung, z. B. zur Praxisanleitung',
];

export const demoEmployers: readonly DemoEmployer[] = [
  {
    key: 'sonnenhof',
    name: demoEmployerName,
    place: 'Gronau (Westf.)',
    street: 'Enscheder Straße 112',
    sector: 'elderly_care',
    domain: 'sonnenhof-gronau.demo',
    phone: '+49 2562 70810',
    description:
      'Stationäre Altenpflege mit 96 Plätzen in vier Wohnbereichen, dazu Tages- und Kurzzeitpflege. Zehn Minuten von Enschede; ein Viertel des Teams pendelt aus den Niederlanden.',
    intro:
      'Das Seniorenzentrum Sonnenhof in Gronau begleitet 96 Bewohnerinnen und Bewohner in vier familiären Wohnbereichen, nur zehn Minuten von Enschede entfernt. Viele unserer Kolleginnen und Kollegen kommen aus Twente.',
    benefits: careBenefits,
    contacts: [
      { name: 'Birgit Schulte', jobTitle: 'Pflegedienstleitung', email: 'pflege@sonnenhof-gronau.demo', phone: '+49 2562 708122' },
      { name: 'Thomas Hüging', jobTitle: 'Einrichtungsleitung', email: 't.hueging@sonnenhof-gronau.demo', phone: '+49 2562 708110' },
    ],
    vacancies: [
      { job: 'altenpflegehelfer', status: 'open', positions: 3, filled: 1 },
      { job: 'pflegefachkraft', status: 'open', positions: 2 },
      { job: 'nachtwache', status: 'open', positions: 1 },
      { job: 'betreuungskraft', status: 'filled', positions: 1, filled: 1 },
      { job: 'wohnbereichsleitung', status: 'draft', positions: 1 },
      { job: 'pflegeassistenz', status: 'open', positions: 2, filled: 1 },
    ],
  },
  {
    key: 'vechteblick',
    name: 'Pflegezentrum Haus Vechteblick',
    place: 'Nordhorn',
    street: 'Am Vechtesee 14',
    sector: 'elderly_care',
    domain: 'haus-vechteblick.demo',
    phone: '+49 5921 884700',
    description: 'Pflegeeinrichtung mit 120 Plätzen, Demenzwohnbereich und Kurzzeitpflege am Vechtesee in Nordhorn.',
    intro:
      'Das Pflegezentrum Haus Vechteblick liegt direkt am Vechtesee in Nordhorn. In unserem Haus mit 120 Plätzen und einem eigenen Wohnbereich für Menschen mit Demenz arbeiten Pflegekräfte aus Deutschland und den Niederlanden Hand in Hand.',
    benefits: careBenefits,
    contacts: [
      { name: 'Jens Brüning', jobTitle: 'Einrichtungsleitung', email: 'jens.bruening@haus-vechteblick.demo', phone: '+49 5921 884710' },
      { name: 'Sabine Lübbers', jobTitle: 'Pflegedienstleitung', email: 's.luebbers@haus-vechteblick.demo', phone: '+49 5921 884720' },
    ],
    vacancies: [
      { job: 'altenpflegehelfer', status: 'open', positions: 2 },
      { job: 'pflegefachkraft', status: 'open', positions: 2 },
      { job: 'pflegeassistenz', status: 'open', positions: 1 },
      { job: 'nachtwache', status: 'closed', positions: 1 },
    ],
  },
  {
    key: 'bentheimer_land',
    name: 'Ambulanter Pflegedienst Bentheimer Land GmbH',
    place: 'Bad Bentheim',
    street: 'Schloßstraße 21',
    sector: 'elderly_care',
    domain: 'pflege-bentheimer-land.demo',
    phone: '+49 5922 993140',
    description: 'Ambulante Pflege, Betreuung und hauswirtschaftliche Hilfe in Bad Bentheim, Schüttorf und Umgebung.',
    intro:
      'Als ambulanter Pflegedienst versorgen wir rund 180 Klientinnen und Klienten in Bad Bentheim, Schüttorf und Gildehaus in ihrem Zuhause, mit festen Touren und modernen Dienstwagen.',
    benefits: [
      'Dienstwagen, auch zur privaten Nutzung auf dem Weg von und nach Twente',
      'Feste Touren und planbare Wochenenden',
      'Vergütung angelehnt an TVöD-P',
      'Unterstützung bei der Anerkennung Ihres niederländischen Diploms',
    ],
    contacts: [{ name: 'Monika Kamps', jobTitle: 'Pflegedienstleitung', email: 'm.kamps@pflege-bentheimer-land.demo', phone: '+49 5922 993141' }],
    vacancies: [
      { job: 'pflegehelfer_ambulant', status: 'open', positions: 2, closing: 'none' },
      { job: 'pflegefachkraft_ambulant', status: 'open', positions: 1 },
      { job: 'pflegehelfer_ambulant', status: 'paused', positions: 1, place: 'Schüttorf' },
    ],
  },
  {
    key: 'schlosspark',
    name: 'Seniorenresidenz Am Schlosspark Ahaus',
    place: 'Ahaus',
    street: 'Parkstraße 9',
    sector: 'elderly_care',
    domain: 'schlosspark-ahaus.demo',
    phone: '+49 2561 956000',
    description: 'Seniorenresidenz mit 80 Pflegeplätzen und betreutem Wohnen in der Nähe des Ahauser Schlosses.',
    intro:
      'Die Seniorenresidenz Am Schlosspark liegt mitten in Ahaus, wenige Minuten vom Schloss. 80 Pflegeplätze und 24 Wohnungen im betreuten Wohnen: überschaubar, herzlich und gut organisiert.',
    benefits: careBenefits,
    contacts: [
      { name: 'Andrea Tenhagen', jobTitle: 'Heimleitung', email: 'a.tenhagen@schlosspark-ahaus.demo', phone: '+49 2561 956010' },
      { name: 'Markus Bölscher', jobTitle: 'Personalsachbearbeitung', email: 'personal@schlosspark-ahaus.demo', phone: '+49 2561 956015' },
    ],
    vacancies: [
      { job: 'altenpflegehelfer', status: 'open', positions: 2 },
      { job: 'pflegefachkraft', status: 'open', positions: 1 },
      { job: 'betreuungskraft', status: 'open', positions: 1, closing: 'passed' },
    ],
  },
  {
    key: 'aaseeblick',
    name: 'Altenheim Haus Aaseeblick',
    place: 'Münster',
    street: 'Am Aasee 12',
    sector: 'elderly_care',
    domain: 'haus-aaseeblick.demo',
    phone: '+49 251 987650',
    description: 'Altenheim in kirchlicher Trägerschaft mit 110 Plätzen am Aasee in Münster; Vergütung nach AVR Caritas.',
    intro:
      'Haus Aaseeblick ist ein Altenheim in kirchlicher Trägerschaft mit 110 Plätzen am Aasee in Münster. Wir vergüten nach AVR und sind mit der Bahn von Enschede über Gronau direkt erreichbar.',
    benefits: careBenefits,
    contacts: [{ name: 'Christina Roling', jobTitle: 'Pflegedienstleitung', email: 'c.roling@haus-aaseeblick.demo', phone: '+49 251 987652' }],
    vacancies: [
      { job: 'pflegefachkraft', status: 'open', positions: 2 },
      { job: 'altenpflegehelfer', status: 'filled', positions: 2, filled: 2 },
      { job: 'wohnbereichsleitung', status: 'open', positions: 1 },
    ],
  },
  {
    key: 'hasepark',
    name: 'Klinikum am Hasepark Osnabrück',
    place: 'Osnabrück',
    street: 'Haseuferweg 1',
    sector: 'nursing',
    domain: 'klinikum-hasepark.demo',
    phone: '+49 541 40500',
    description: 'Krankenhaus der Schwerpunktversorgung mit 520 Betten, Intensivmedizin und eigener Pflegeschule.',
    intro:
      'Das Klinikum am Hasepark ist ein Krankenhaus der Schwerpunktversorgung mit 520 Betten und rund 1.400 Beschäftigten. Internationale Pflegekräfte begleiten wir mit einem eigenen Integrationsmanagement durch Anerkennung und Fachsprachprüfung.',
    benefits: [
      'Vergütung nach TVöD-K mit Zulagen für Schicht- und Wochenenddienste',
      'Integrationsmanagement für internationale Pflegekräfte',
      'Bezahlte Freistellung für den Anpassungslehrgang',
      'Jobticket und Personalwohnungen für den Start',
    ],
    contacts: [
      { name: 'Katrin Hölscher', jobTitle: 'Personalreferentin Pflege', email: 'k.hoelscher@klinikum-hasepark.demo', phone: '+49 541 405-2231' },
      { name: 'Martin Kötter', jobTitle: 'Pflegedirektor', email: 'pflegedirektion@klinikum-hasepark.demo', phone: '+49 541 405-2200' },
    ],
    vacancies: [
      { job: 'gkp_station', status: 'open', positions: 3, filled: 1 },
      { job: 'gkp_chirurgie', status: 'open', positions: 2 },
      { job: 'intensiv', status: 'open', positions: 1 },
      { job: 'pflegehelfer_klinik', status: 'open', positions: 2 },
    ],
  },
  {
    key: 'lindenhof',
    name: 'Wohnverbund Lindenhof gGmbH',
    place: 'Ochtrup',
    street: 'Lindenstraße 27',
    sector: 'disability_care',
    domain: 'wohnverbund-lindenhof.demo',
    phone: '+49 2553 971200',
    description: 'Wohngruppen und ambulant betreutes Wohnen für Erwachsene mit geistiger Behinderung in Ochtrup und Metelen.',
    intro:
      'Der Wohnverbund Lindenhof begleitet 70 Erwachsene mit geistiger und mehrfacher Behinderung in sechs Wohngruppen in Ochtrup und Metelen, 25 Minuten von Enschede.',
    benefits: ['Vergütung nach AVR', 'Kleine Teams und feste Wohngruppen', 'Supervision und Fortbildungen'],
    contacts: [{ name: 'Petra Schwieters', jobTitle: 'Bereichsleitung Wohnen', email: 'p.schwieters@wohnverbund-lindenhof.demo', phone: '+49 2553 971210' }],
    vacancies: [
      { job: 'heilerziehungspfleger', status: 'open', positions: 2 },
      { job: 'betreuungshelfer', status: 'open', positions: 1 },
    ],
  },
  {
    key: 'grenzland_logistik',
    name: 'Grenzland Logistik GmbH',
    place: 'Schüttorf',
    street: 'Max-Planck-Straße 8',
    sector: 'logistics',
    domain: 'grenzland-logistik.demo',
    phone: '+49 5923 904400',
    description: 'Kontraktlogistik und Regionalverkehr am Autobahnkreuz Schüttorf (A30/A31), 45.000 Palettenstellplätze.',
    intro:
      'Grenzland Logistik betreibt am Autobahnkreuz Schüttorf ein Logistikzentrum mit 45.000 Palettenstellplätzen für Kunden aus Handel und Industrie, 25 Minuten von Enschede über die A1/A30.',
    benefits: ['Unbefristete Übernahme bei guter Leistung', 'Schichtzulagen', 'Kostenlose Parkplätze und Kantine'],
    contacts: [
      { name: 'Dirk Lindschulte', jobTitle: 'Niederlassungsleiter', email: 'd.lindschulte@grenzland-logistik.demo', phone: '+49 5923 904410' },
      { name: 'Nadine Kruse', jobTitle: 'Personal', email: 'bewerbung@grenzland-logistik.demo', phone: '+49 5923 904420' },
    ],
    vacancies: [
      { job: 'lagerhelfer', status: 'open', positions: 3, filled: 1 },
      { job: 'staplerfahrer', status: 'open', positions: 1 },
      { job: 'fachkraft_lager', status: 'paused', positions: 1 },
      { job: 'berufskraftfahrer', status: 'open', positions: 2 },
    ],
  },
  {
    key: 'ttg',
    name: 'Twentse Transport Groep B.V.',
    place: 'Enschede',
    street: 'Marssteden 120',
    postcode: '7547 TD',
    sector: 'logistics',
    domain: 'twentse-transport.demo',
    phone: '+31 53 4802200',
    description: 'Transport en warehousing in Twente en het Münsterland, met een eigen depot in Gronau.',
    intro:
      'Twentse Transport Groep is een familiebedrijf uit Enschede met 140 medewerkers. Vanuit ons depot in Gronau bedienen we klanten in het Münsterland en Twente. Je werkt in Duitsland, met Nederlandse collega’s.',
    benefits: [
      'Een Duits arbeidscontract met Nederlandse collega’s',
      'Hulp bij alles wat grenswerk regelt: belasting, zorgverzekering, GrensInfoPunt',
      'Carpoolregeling vanuit Enschede',
    ],
    contacts: [
      { name: 'Erwin Lansink', jobTitle: 'Vestigingsmanager Gronau', email: 'e.lansink@twentse-transport.demo', phone: '+31 53 4802210' },
      { name: 'Marjolein ten Dam', jobTitle: 'HR-adviseur', email: 'werken@twentse-transport.demo', phone: '+31 53 4802230' },
    ],
    vacancies: [
      { job: 'chauffeur_ce', status: 'open', positions: 2, place: 'Gronau (Westf.)' },
      { job: 'magazijnmedewerker', status: 'open', positions: 3, place: 'Gronau (Westf.)' },
      { job: 'orderpicker', status: 'open', positions: 2, place: 'Ahaus' },
    ],
  },
  {
    key: 'terhorst',
    name: 'Frischmarkt Terhorst GmbH & Co. KG',
    place: 'Gronau (Westf.)',
    street: 'Bahnhofstraße 40',
    sector: 'retail',
    domain: 'frischmarkt-terhorst.demo',
    phone: '+49 2562 93330',
    description: 'Inhabergeführter Supermarkt mit Frischetheken und vielen niederländischen Kundinnen und Kunden.',
    intro:
      'Der Frischmarkt Terhorst ist ein inhabergeführter Supermarkt in Gronau mit großen Frischetheken. Jede dritte Kundin kommt aus den Niederlanden: Wer Niederländisch spricht, ist bei uns doppelt willkommen.',
    benefits: ['Personalrabatt', 'Flexible Arbeitszeitmodelle', 'Familiäres Team'],
    contacts: [
      { name: 'Ludger Terhorst', jobTitle: 'Inhaber', email: 'l.terhorst@frischmarkt-terhorst.demo', phone: '+49 2562 93331' },
      { name: 'Kerstin Wermelt', jobTitle: 'Marktleitung', email: 'markt@frischmarkt-terhorst.demo', phone: '+49 2562 93335' },
    ],
    vacancies: [
      { job: 'verkaeufer', status: 'open', positions: 2, closing: 'none' },
      { job: 'kassierer', status: 'closed', positions: 1 },
    ],
  },
  {
    key: 'burgblick',
    name: 'Hotel Burgblick Bad Bentheim',
    place: 'Bad Bentheim',
    street: 'Am Schlossberg 3',
    sector: 'hospitality',
    domain: 'hotel-burgblick.demo',
    phone: '+49 5922 77880',
    description: 'Hotel mit 64 Zimmern, Restaurant und Tagungsräumen unterhalb der Burg Bentheim.',
    intro:
      'Das Hotel Burgblick liegt unterhalb der Burg Bentheim: 64 Zimmer, ein Restaurant mit regionaler Küche und Tagungsräume für bis zu 120 Gäste. Viele Gäste kommen aus den Niederlanden.',
    benefits: ['Mitarbeiteressen', 'Trinkgeldbeteiligung', 'Zuschläge für Sonn- und Feiertage'],
    contacts: [
      { name: 'Alexander Voss', jobTitle: 'Hoteldirektor', email: 'direktion@hotel-burgblick.demo', phone: '+49 5922 77881' },
      { name: 'Julia Gerdes', jobTitle: 'Personal und Ausbildung', email: 'jobs@hotel-burgblick.demo', phone: '+49 5922 77885' },
    ],
    vacancies: [
      { job: 'servicekraft', status: 'open', positions: 2 },
      { job: 'kuechenhilfe', status: 'open', positions: 1 },
      { job: 'koch', status: 'draft', positions: 1 },
      { job: 'zimmerreinigung', status: 'open', positions: 1 },
    ],
  },
  {
    key: 'vechtetal',
    name: 'Vechtetal Kunststofftechnik GmbH',
    place: 'Nordhorn',
    street: 'Denekamper Straße 95',
    sector: 'production',
    domain: 'vechtetal-kunststoff.demo',
    phone: '+49 5921 71900',
    description: 'Kunststoffspritzguss für die Automobil- und Medizintechnik, 230 Beschäftigte.',
    intro:
      'Vechtetal Kunststofftechnik fertigt in Nordhorn mit 230 Beschäftigten Spritzgussteile für die Automobil- und Medizintechnik, 35 Minuten von Enschede.',
    benefits: ['Schichtzulagen und Urlaubsgeld', 'Übernahme in Festanstellung', 'Betriebliche Gesundheitsförderung'],
    contacts: [
      { name: 'Heiko Ekkel', jobTitle: 'Produktionsleiter', email: 'h.ekkel@vechtetal-kunststoff.demo', phone: '+49 5921 719020' },
      { name: 'Anja Sager', jobTitle: 'Personalabteilung', email: 'karriere@vechtetal-kunststoff.demo', phone: '+49 5921 719010' },
    ],
    vacancies: [
      { job: 'produktionshelfer', status: 'filled', positions: 2, filled: 2 },
      { job: 'maschinenfuehrer', status: 'draft', positions: 1 },
    ],
  },
];

/** Staff of employers other than the demo employer who also sign in (German, employer role). */
export const demoEmployerUsers: ReadonlyArray<{ employer: string; email: string; name: string }> = [
  { employer: 'vechteblick', email: 'jens.bruening@haus-vechteblick.demo', name: 'Jens Brüning' },
  { employer: 'hasepark', email: 'k.hoelscher@klinikum-hasepark.demo', name: 'Katrin Hölscher' },
];

/** More Werkplein staff, so that caseloads and reports have more than one name in them. */
export const demoStaff: ReadonlyArray<{ email: string; name: string; role: 'caseworker' | 'manager' }> = [
  { email: 'ilse.nijhuis@grenzeloos.demo', name: 'Ilse Nijhuis', role: 'caseworker' },
  { email: 'mehmet.kaya@grenzeloos.demo', name: 'Mehmet Kaya', role: 'caseworker' },
  { email: 'annelies.terhorst@grenzeloos.demo', name: 'Annelies ter Horst', role: 'manager' },
];

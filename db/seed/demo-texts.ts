import type { PlacementEndReason, Sector } from '@/db/schema/enums';
import type { QualificationCode } from '@/lib/domain/qualifications';

/**
 * Free texts people type into Grenzeloos, in the language of whoever types them:
 * caseworkers write notes and end reasons in Dutch, employers give German reasons, and a
 * caseworker's motivation for a proposal is written in German because an employer reads it.
 */

export const qualificationNl: Record<QualificationCode, string> = {
  mbo2_helpende_zw: 'Helpende Zorg & Welzijn (mbo 2)',
  mbo3_verzorgende_ig: 'Verzorgende IG (mbo 3)',
  mbo4_verpleegkundige: 'Verpleegkundige (mbo 4)',
  hbo_verpleegkunde: 'hbo-Verpleegkunde',
  mbo4_maatschappelijke_zorg: 'Maatschappelijke Zorg (mbo 4)',
  mbo2_logistiek: 'Logistiek medewerker (mbo 2)',
  mbo2_horeca: 'Horeca (mbo 2)',
  mbo2_retail: 'Verkoopmedewerker (mbo 2)',
  mbo3_techniek: 'Techniek (mbo 3)',
  other: 'overig diploma',
};

export const qualificationDe: Record<QualificationCode, string> = {
  mbo2_helpende_zw: 'Helpende Zorg & Welzijn (MBO 2, Pflegehilfe)',
  mbo3_verzorgende_ig: 'Verzorgende IG (MBO 3, vergleichbar Pflegeassistenz)',
  mbo4_verpleegkundige: 'Verpleegkundige (MBO 4, Pflegefachkraft)',
  hbo_verpleegkunde: 'Bachelor Verpleegkunde (HBO)',
  mbo4_maatschappelijke_zorg: 'Maatschappelijke Zorg (MBO 4, Heilerziehungspflege)',
  mbo2_logistiek: 'Logistiek (MBO 2)',
  mbo2_horeca: 'Horeca (MBO 2, Gastronomie)',
  mbo2_retail: 'Retail (MBO 2, Einzelhandel)',
  mbo3_techniek: 'Techniek (MBO 3)',
  other: 'weitere Qualifikation',
};

export const sectorNl: Record<Sector, string> = {
  elderly_care: 'de ouderenzorg',
  nursing: 'de verpleging',
  care_assistance: 'de zorg (helpende)',
  disability_care: 'de gehandicaptenzorg',
  logistics: 'de logistiek',
  production: 'de productie',
  retail: 'de detailhandel',
  hospitality: 'de horeca',
  cleaning: 'de schoonmaak',
  construction: 'de bouw',
  agriculture: 'de land- en tuinbouw',
  other: 'een andere sector',
};

export const experienceDe: Record<Sector, string> = {
  elderly_care: 'in der Altenpflege (Thuiszorg und Verpleeghuis)',
  nursing: 'in der Krankenpflege',
  care_assistance: 'in der Pflege',
  disability_care: 'in der Begleitung von Menschen mit Behinderung',
  logistics: 'in Lager und Logistik',
  production: 'in der Produktion',
  retail: 'im Einzelhandel',
  hospitality: 'in der Gastronomie',
  cleaning: 'in der Gebäudereinigung',
  construction: 'auf dem Bau',
  agriculture: 'in der Landwirtschaft',
  other: 'in verschiedenen Tätigkeiten',
};

/** Why an employer said no, as employers write it. */
export const rejectionReasonsDe = [
  'Die Deutschkenntnisse reichen für die Dokumentation noch nicht aus.',
  'Wir haben uns für eine Bewerberin mit mehr Erfahrung entschieden.',
  'Die Anerkennung liegt noch nicht vor; bitte in einem halben Jahr erneut vorschlagen.',
  'Wochenenddienste sind leider Voraussetzung für die Stelle.',
  'Nach dem Probearbeiten passt es im Team leider nicht.',
  'Die gewünschte Stundenzahl können wir nicht anbieten.',
] as const;

export const positionTakenDe = 'Die Stelle wurde inzwischen besetzt.';

/** Why a caseworker withdrew a candidate. */
export const withdrawalReasonsNl = [
  'Kandidaat heeft een baan in Hengelo aangenomen.',
  'Reisafstand bleek zonder auto te groot.',
  'Kandidaat trekt zich terug om gezondheidsredenen.',
  'Kandidaat wil eerst de taalcursus Duits afronden.',
] as const;

/** Why a placement ended, as a caseworker records it: the code and the text beside it. */
export const placementEndReasonsNl = [
  { code: 'probation_failed', text: 'Proeftijd niet doorgekomen.' },
  { code: 'contract_ended', text: 'Tijdelijk contract niet verlengd.' },
  { code: 'commute', text: 'Eigen ontslag: reistijd naar Duitsland te zwaar.' },
  { code: 'health', text: 'Uitgevallen om gezondheidsredenen.' },
  { code: 'other_job', text: 'Overgestapt naar een werkgever in Nederland.' },
  { code: 'moved', text: 'Verhuisd buiten de regio.' },
  { code: 'other_job', text: 'Andere baan in Duitsland gevonden.' },
  { code: 'family', text: 'Eigen ontslag: combinatie met zorg voor kinderen lukte niet.' },
] as const satisfies readonly { code: PlacementEndReason; text: string }[];

export const checkNotesNl = {
  still_working: [
    'Telefonisch contact met werkgever: gaat goed.',
    'Gesproken met werkzoekende: tevreden, wil meer uren.',
    'Loonstrook gezien.',
    'Werkgever tevreden; contract wordt omgezet naar vast.',
  ],
  ended: ['Dienstverband beëindigd, zie einddatum.', 'Werkgever meldt uitdiensttreding.'],
} as const;

export const withdrawnFromProgrammeNl = [
  'verhuisd naar Zwolle',
  'werk gevonden in Nederland',
  'wil voorlopig niet in Duitsland werken vanwege mantelzorg',
  'geen contact meer na drie uitnodigingen',
  'gestart met een opleiding in Hengelo',
] as const;

export function recognitionAuthorityNl(state: 'NW' | 'NI'): string {
  return state === 'NW' ? 'de Bezirksregierung Münster' : 'het Niedersächsisches Landesamt für Soziales, Jugend und Familie';
}

const germanNumbers = ['null', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];

/** '1 Jahr', 'drei Jahre' (accusative: "bringt drei Jahre Erfahrung mit"). */
export function yearsDe(n: number): string {
  return n === 1 ? 'ein Jahr' : `${germanNumbers[n] ?? String(n)} Jahre`;
}

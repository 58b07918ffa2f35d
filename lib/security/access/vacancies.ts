import type { FeatureAccess, SampleIds } from '../access-matrix';

/**
 * Employers' company profiles and vacancies: vacancies are read by employer users (their own company's) and all
 * staff, written by employer users, caseworkers and admins (managers only read); employer
 * profiles are kept by caseworkers and admins, and by employer users for their own company
 * (/company). Written inline: this file must not import values from the matrix.
 */
const readers = ['employer', 'caseworker', 'admin', 'manager'] as const;
const editors = ['employer', 'caseworker', 'admin'] as const;
const employerStaff = ['caseworker', 'admin'] as const;

/** A complete vacancy as the form sends it (everything a published vacancy needs). */
const vacancyForm = (ids: SampleIds) => ({
  title: `Pflegefachkraft (m/w/d) ${ids.unique}`,
  description: 'Wir suchen Verstärkung für unser Team in Gronau.',
  textLanguage: 'de',
  sector: 'elderly_care',
  occupationCode: '82101',
  placeId: String(ids.placeId),
  hoursMin: '30',
  hoursMax: '38',
  contract: 'permanent',
  payMin: '2600',
  payMax: '3000',
  germanLevel: 'B1',
  qualificationRequired: '',
  recognitionRequired: false,
  drivingLicenceRequired: false,
  shifts: ['early', 'late'],
  startDate: '',
  positions: '2',
  closingDate: '',
});

/** A company profile as the form sends it, with one new contact person. */
const profileForm = (ids: SampleIds, name: string) => ({
  name,
  street: 'Hauptstraße 1',
  postcode: '48599',
  placeId: String(ids.placeId),
  sector: 'elderly_care',
  website: '',
  phone: '02562 12345',
  email: `info-${ids.unique}@pflege.example`,
  description: 'Ambulanter Pflegedienst im Kreis Borken.',
  contacts: [{ id: '', name: 'Birgit Schulte', jobTitle: 'Pflegedienstleitung', email: '', phone: '' }],
});

const own = (ids: SampleIds) => ids.more.vacancyOfOwnCompany!;
const foreign = (ids: SampleIds) => ids.more.vacancyOfOtherCompany!;

export const vacancyAccess: FeatureAccess = {
  pages: [
    { route: '/[lng]/vacancies', access: readers, sample: '/vacancies', emptySample: '/vacancies?q=gibt-es-nicht-xyz&status=all' },
    { route: '/[lng]/vacancies/new', access: editors, sample: '/vacancies/new' },
    { route: '/[lng]/vacancies/[id]', access: readers, ownership: 'own-employer', sample: '/vacancies/:vacancyId' },
    { route: '/[lng]/vacancies/[id]/edit', access: editors, ownership: 'own-employer', sample: '/vacancies/:vacancyId/edit' },
    { route: '/[lng]/company', access: ['employer'], sample: '/company' },
    { route: '/[lng]/employers', access: employerStaff, sample: '/employers', emptySample: '/employers?q=gibt-es-nicht-xyz' },
    { route: '/[lng]/employers/new', access: employerStaff, sample: '/employers/new' },
    { route: '/[lng]/employers/[id]', access: employerStaff, sample: '/employers/:employerId' },
  ],
  actions: [
    {
      module: 'lib/actions/vacancies',
      export: 'createVacancyAction',
      name: 'vacancy.create',
      roles: editors,
      // Employer users always post for their own company (employerId is ignored for them).
      sample: (ids) => ({ ...vacancyForm(ids), employerId: String(ids.employerId), intent: 'draft' }),
    },
    {
      module: 'lib/actions/vacancies',
      export: 'updateVacancyAction',
      name: 'vacancy.update',
      roles: editors,
      sample: (ids) => ({ ...vacancyForm(ids), id: own(ids), version: 1, intent: 'save' }),
      ownership: {
        rule: 'own-employer',
        foreign: (ids) => ({ ...vacancyForm(ids), id: foreign(ids), version: 1, intent: 'save' }),
        missing: (ids) => ({ ...vacancyForm(ids), id: ids.missingId, version: 1, intent: 'save' }),
      },
    },
    {
      module: 'lib/actions/vacancies',
      export: 'changeVacancyStatusAction',
      name: 'vacancy.status',
      roles: editors,
      sample: (ids) => ({ id: own(ids), version: 1, action: 'pause' }),
      ownership: {
        rule: 'own-employer',
        foreign: (ids) => ({ id: foreign(ids), version: 1, action: 'pause' }),
        missing: (ids) => ({ id: ids.missingId, version: 1, action: 'pause' }),
      },
    },
    {
      module: 'lib/actions/vacancies',
      export: 'duplicateVacancyAction',
      name: 'vacancy.duplicate',
      roles: editors,
      sample: (ids) => ({ id: own(ids) }),
      ownership: {
        rule: 'own-employer',
        foreign: (ids) => ({ id: foreign(ids) }),
        missing: (ids) => ({ id: ids.missingId }),
      },
    },
    {
      module: 'lib/actions/employers',
      export: 'createEmployerAction',
      name: 'employer.create',
      roles: employerStaff,
      sample: (ids) => profileForm(ids, `Messe-Kontakt ${ids.unique} GmbH`),
    },
    {
      module: 'lib/actions/employers',
      export: 'updateEmployerAction',
      name: 'employer.update',
      roles: ['employer', ...employerStaff],
      sample: (ids) => ({ ...profileForm(ids, 'Eigene Pflege GmbH'), id: ids.employerId, version: 1 }),
      ownership: {
        rule: 'own-employer',
        foreign: (ids) => ({ ...profileForm(ids, 'Fremde Pflege GmbH'), id: ids.otherEmployerId, version: 1 }),
        missing: (ids) => ({ ...profileForm(ids, 'Niemand GmbH'), id: ids.missingId, version: 1 }),
      },
    },
  ],
  routeHandlers: [],
};

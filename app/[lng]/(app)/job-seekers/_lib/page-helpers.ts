import type { JobSeekerPerson } from '@/db/queries/job-seekers';
import type { JobSeekerFormInput } from '@/lib/validation/job-seekers';

/** The stored person as the form's input (strings for text inputs, '' for empty). */
export function formInputOf(
  person: JobSeekerPerson,
  languages: { language: string; level: string }[],
  qualifications: { qualification: string; title: string | null; obtainedYear: number | null; recognitionStatus: string; recognitionState: string | null }[],
): JobSeekerFormInput {
  const text = (v: string | number | null) => (v === null ? '' : String(v));
  return {
    clientNumber: text(person.clientNumber),
    firstName: text(person.firstName),
    lastName: text(person.lastName),
    email: text(person.email),
    phone: text(person.phone),
    dateOfBirth: text(person.dateOfBirth),
    postcode: text(person.postcode),
    placeId: text(person.placeId),
    languages: languages.map((l) => ({ language: l.language, level: l.level })),
    qualifications: qualifications.map((q) => ({
      qualification: q.qualification,
      title: text(q.title),
      obtainedYear: text(q.obtainedYear),
      recognitionStatus: q.recognitionStatus,
      recognitionState: text(q.recognitionState),
    })),
    drivingLicence: person.drivingLicence,
    hasCar: person.hasCar,
    maxCommuteKm: text(person.maxCommuteKm),
    wantedSectors: [...person.wantedSectors],
    hoursMin: text(person.hoursMin),
    hoursMax: text(person.hoursMax),
    availableFrom: text(person.availableFrom),
    sibCohort: person.sibCohort,
    consentGivenOn: text(person.consentGivenOn),
    consentScope: [...person.consentScope],
    consentUntil: text(person.consentUntil),
  };
}

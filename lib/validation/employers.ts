import { z } from 'zod';
import { sectors } from '@/db/schema/enums';
import {
  dutchPostcode,
  emailAddress,
  germanPostcode,
  lngField,
  MAX_DB_ID,
  firstPasswordOrInvitation,
  optionalText,
  recordId,
  requiredText,
  selectedId,
  websiteUrl,
} from './fields';
import { validationMessage } from './messages';

/** An employer organisation created by an admin together with its first employer user. */
export const createEmployerWithUserSchema = z.object({
  name: requiredText(200),
  street: optionalText(200),
  postcode: germanPostcode,
  placeId: selectedId,
  sector: z.enum(sectors, { error: 'chooseOne' }),
  website: websiteUrl,
  userName: requiredText(120),
  userEmail: emailAddress,
  userLocale: lngField,
  userPassword: firstPasswordOrInvitation,
});
export type CreateEmployerWithUserInput = z.input<typeof createEmployerWithUserSchema>;

/** Empty or a valid e-mail address. */
const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, validationMessage('tooLong', { max: 254 }))
  .refine((v) => v === '' || z.email().safeParse(v).success, 'email');

const optionalPhone = z
  .string()
  .trim()
  .max(40, validationMessage('tooLong', { max: 40 }))
  // A German or Dutch number starts with "+" (+49, +31), "00" or a 0 area code, maybe in brackets:
  // "+49 2562 70810", "(02562) 70810", "053-4802200". Digits alone that start otherwise (a date,
  // an order number) are not a phone number.
  .refine((v) => v === '' || /^(\+|\(?0)[0-9 ()/.-]{4,39}$/.test(v), 'phone');

export const employerContactSchema = z.object({
  /** Existing contact's id as a string, or '' for a new one. */
  id: z.string().regex(/^([1-9][0-9]{0,9})?$/, 'invalid'),
  name: requiredText(120),
  jobTitle: optionalText(120),
  email: optionalEmail,
  phone: optionalPhone,
});

export const MAX_CONTACTS = 10;

const postcodeCharacters = /^[0-9A-Z ]*$/;

/**
 * The company profile, edited by the company's own employer users and by staff. The postcode
 * must fit the country of the chosen place: 5 digits in Germany, "7511 AB" in the Netherlands.
 */
export const employerProfileFields = {
  name: requiredText(200),
  street: optionalText(200),
  // Digits, letters and a space only; which shape (DE "48599" or NL "7511 AB") is checked against the place's country.
  postcode: z.string().trim().toUpperCase().min(1, 'required').max(10, 'postcode').regex(postcodeCharacters, 'postcode'),
  placeId: selectedId,
  sector: z.enum(sectors, { error: 'chooseOne' }),
  website: websiteUrl,
  phone: optionalPhone,
  email: optionalEmail,
  description: optionalText(2000, { multiline: true }),
  contacts: z.array(employerContactSchema).max(MAX_CONTACTS, validationMessage('tooManyContacts', { max: MAX_CONTACTS })),
};

/** Which postcode rule a place's country asks for; null when the postcode fits. */
export function postcodeProblem(country: string | undefined, postcode: string): 'germanPostcode' | 'dutchPostcode' | null {
  if (country === 'NL') return dutchPostcode.safeParse(postcode).success ? null : 'dutchPostcode';
  return germanPostcode.safeParse(postcode).success ? null : 'germanPostcode';
}

/** A Dutch postcode is stored as "7511 AB"; a German one as typed (5 digits). */
export function normalisedPostcode(country: string | undefined, postcode: string): string {
  const dutch = country === 'NL' ? dutchPostcode.safeParse(postcode) : null;
  return dutch?.success ? dutch.data : postcode.trim();
}

function profileRules(countryOf: (placeId: string) => string | undefined) {
  return (v: { placeId: string; postcode: string }, ctx: z.RefinementCtx) => {
    if (!v.postcode || !postcodeCharacters.test(v.postcode)) return;
    const problem = postcodeProblem(countryOf(v.placeId), v.postcode);
    if (problem) ctx.addIssue({ code: 'custom', path: ['postcode'], message: problem });
  };
}

/** The profile form's schema; the form knows the places' countries, the server looks them up. */
export function buildEmployerProfileSchema(countryOf: (placeId: string) => string | undefined = () => undefined) {
  return z.object({ ...employerProfileFields, version: z.number().int().nonnegative().max(MAX_DB_ID) }).superRefine(profileRules(countryOf));
}

/** Parsed by the actions; the postcode's country rule is checked there with the place from the database. */
export const createEmployerSchema = z.object(employerProfileFields);
export const updateEmployerSchema = z.object({ ...employerProfileFields, id: recordId, version: recordId });
export type EmployerProfileInput = z.input<typeof createEmployerSchema> & { version: number };
export type EmployerProfileValues = z.output<typeof createEmployerSchema>;

/** The form's values for a stored profile (or an empty one for a new employer). */
export function employerProfileInput(
  profile?: {
    name: string;
    street: string | null;
    postcode: string;
    placeId: number;
    sector: (typeof sectors)[number];
    website: string | null;
    phone: string | null;
    email: string | null;
    description: string | null;
    version: number;
    contacts: { id: number; name: string; jobTitle: string | null; email: string | null; phone: string | null }[];
  } | null,
): EmployerProfileInput {
  if (!profile) {
    return {
      name: '',
      street: '',
      postcode: '',
      placeId: '',
      sector: '' as EmployerProfileInput['sector'],
      website: '',
      phone: '',
      email: '',
      description: '',
      contacts: [],
      version: 0,
    };
  }
  return {
    name: profile.name,
    street: profile.street ?? '',
    postcode: profile.postcode,
    placeId: profile.placeId ? String(profile.placeId) : '',
    sector: profile.sector,
    website: profile.website ?? '',
    phone: profile.phone ?? '',
    email: profile.email ?? '',
    description: profile.description ?? '',
    contacts: profile.contacts.map((c) => ({ id: String(c.id), name: c.name, jobTitle: c.jobTitle ?? '', email: c.email ?? '', phone: c.phone ?? '' })),
    version: profile.version,
  };
}

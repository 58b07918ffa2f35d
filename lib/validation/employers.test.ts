import { describe, expect, it } from 'vitest';
import { buildEmployerProfileSchema, normalisedPostcode, postcodeProblem, updateEmployerSchema, type EmployerProfileInput } from './employers';

const countries: Record<string, string> = { '1': 'NL', '2': 'DE' };
const schema = buildEmployerProfileSchema((id) => countries[id]);

const valid: EmployerProfileInput = {
  name: 'Seniorenzentrum Sonnenhof Gronau',
  street: 'Enscheder Straße 112',
  postcode: '48599',
  placeId: '2',
  sector: 'elderly_care',
  website: 'https://sonnenhof-gronau.demo',
  phone: '+49 2562 70810',
  email: 'info@sonnenhof-gronau.demo',
  description: '',
  contacts: [{ id: '', name: 'Birgit Schulte', jobTitle: 'Pflegedienstleitung', email: 'PFLEGE@sonnenhof-gronau.demo', phone: '' }],
  version: 1,
};

function errors(input: EmployerProfileInput): Record<string, string> {
  const result = schema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('employer profile schema', () => {
  it('accepts a German company and normalises e-mails', () => {
    const parsed = schema.parse(valid);
    expect(parsed.contacts[0]!.email).toBe('pflege@sonnenhof-gronau.demo');
  });

  it('wants a 5-digit postcode for a German place and a Dutch one for a Dutch place', () => {
    expect(errors({ ...valid, postcode: '4859' })).toEqual({ postcode: 'germanPostcode' });
    expect(errors({ ...valid, postcode: '7547 TD' })).toEqual({ postcode: 'germanPostcode' });
    expect(errors({ ...valid, placeId: '1', postcode: '7547td' })).toEqual({});
    expect(errors({ ...valid, placeId: '1', postcode: '48599' })).toEqual({ postcode: 'dutchPostcode' });
    expect(errors({ ...valid, postcode: '' })).toEqual({ postcode: 'required' });
    expect(postcodeProblem('DE', '48599')).toBeNull();
    expect(normalisedPostcode('NL', '7547td')).toBe('7547 TD');
  });

  it('checks contacts, website, e-mail and phone with message keys', () => {
    expect(
      errors({
        ...valid,
        website: 'sonnenhof.de',
        email: 'kein-email',
        phone: 'abc',
        contacts: [{ id: 'x', name: '', jobTitle: '', email: 'nope', phone: '' }],
      }),
    ).toEqual({ website: 'url', email: 'email', phone: 'phone', 'contacts.0.id': 'invalid', 'contacts.0.name': 'required', 'contacts.0.email': 'email' });
  });

  it('refuses more than ten contacts', () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ id: '', name: `Kontakt ${i}`, jobTitle: '', email: '', phone: '' }));
    expect(errors({ ...valid, contacts: many })).toEqual({ contacts: 'tooManyContacts|{"max":10}' });
  });

  it('takes phone numbers as people write them, but not digits that are no phone number', () => {
    for (const phone of ['+49 2562 70810', '(02562) 70810', '053-4802200', '0049 2562 70810', '+31 (0)53 480 2200']) {
      expect(errors({ ...valid, phone }), phone).toEqual({});
    }
    for (const phone of ['2026-02-30', '12345', '+49', '0']) expect(errors({ ...valid, phone }), phone).toEqual({ phone: 'phone' });
  });

  it('refuses a postcode with characters no postcode has, before the country rule', () => {
    expect(errors({ ...valid, postcode: '2026-02-30' })).toEqual({ postcode: 'postcode' });
    expect(errors({ ...valid, postcode: '48599\u0000' })).toEqual({ postcode: 'postcode' });
  });

  it('refuses ids and versions beyond the database integer range', () => {
    const { version: _v, ...fields } = valid;
    const result = updateEmployerSchema.safeParse({ ...fields, id: 2 ** 31, version: 2 ** 31 });
    expect(result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))).toEqual({
      id: 'invalid',
      version: 'invalid',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { createAccountSchema } from './accounts';

const valid = { name: 'Sanne Kuipers', email: ' Sanne@Werkplein.NL ', role: 'caseworker', employerId: '', locale: 'nl', password: 'lang genoeg wachtwoord' };

describe('createAccountSchema', () => {
  it('accepts a staff account and normalises the e-mail', () => {
    const parsed = createAccountSchema.parse(valid);
    expect(parsed.email).toBe('sanne@werkplein.nl');
  });
  it('requires an employer for an employer account', () => {
    const result = createAccountSchema.safeParse({ ...valid, role: 'employer' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['employerId'], message: 'employerRequired' });
    expect(createAccountSchema.safeParse({ ...valid, role: 'employer', employerId: '3' }).success).toBe(true);
  });
  it('refuses short passwords, bad e-mails and unknown roles with message keys', () => {
    const result = createAccountSchema.safeParse({ ...valid, password: 'kort', email: 'geen-email', role: 'root' });
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages).toEqual({ password: 'passwordTooShort', email: 'email', role: 'chooseOne' });
  });
});

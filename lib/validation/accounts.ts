import { z } from 'zod';
import { roles, staffRoles } from '@/db/schema/enums';
import { emailAddress, firstPasswordOrInvitation, lngField, recordId, requiredText, selectedId } from './fields';

export const createAccountSchema = z
  .object({
    name: requiredText(120),
    email: emailAddress,
    role: z.enum(roles, { error: 'chooseOne' }),
    // Only an employer account names its employer; otherwise the select sends ''.
    employerId: z.string().refine((v) => v === '' || selectedId.safeParse(v).success, 'chooseOne'),
    locale: lngField,
    password: firstPasswordOrInvitation,
  })
  .superRefine((value, ctx) => {
    if (value.role === 'employer' && !selectedId.safeParse(value.employerId).success) {
      ctx.addIssue({ code: 'custom', path: ['employerId'], message: 'employerRequired' });
    }
  });
export type CreateAccountInput = z.input<typeof createAccountSchema>;

export const setAccountActiveSchema = z.object({ userId: recordId, active: z.boolean() });

// Staff roles only: an employer account belongs to its company and stays an employer account.
export const changeAccountRoleSchema = z.object({ userId: recordId, role: z.enum(staffRoles, { error: 'chooseOne' }) });

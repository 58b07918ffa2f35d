import { z } from 'zod';
import { optionalText, recordId, selectedId } from './fields';
import { addDays, isIsoDay } from '@/lib/time/days';
import { todayInAppZone } from '@/lib/time/zoned';

/** Who an API key is for: its organisation decides which rows and scopes it may have. */
export const apiOrganisations = ['municipality', 'investor', 'employer'] as const;
export type ApiOrganisation = (typeof apiOrganisations)[number];

export const apiScopes = ['vacancies:read', 'vacancies:write', 'placements:read', 'outcomes:read'] as const;
export type ApiScope = (typeof apiScopes)[number];

/** Scopes an organisation may be given (the database checks the same: api_keys_employer_scopes_ck). */
export const scopesOf: Record<ApiOrganisation, readonly ApiScope[]> = {
  municipality: ['vacancies:read', 'placements:read', 'outcomes:read'],
  investor: ['vacancies:read', 'placements:read', 'outcomes:read'],
  employer: ['vacancies:read', 'vacancies:write'],
};

/** A key lives at most two years: a forgotten key in some system should not work for ever. */
export const MAX_KEY_DAYS = 2 * 366;

export const createApiKeySchema = z
  .object({
    organisation: z.enum(apiOrganisations, { error: 'chooseOne' }),
    // Only an employer key names its company; otherwise the select sends ''.
    employerId: z.string().refine((v) => v === '' || selectedId.safeParse(v).success, 'chooseOne'),
    scopes: z.array(z.enum(apiScopes, { error: 'chooseOne' })).max(apiScopes.length, 'chooseOne'),
    expiresOn: z.string().trim().refine(isIsoDay, 'date'),
    note: optionalText(500),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.organisation === 'employer' && !selectedId.safeParse(v.employerId).success) issue('employerId', 'apiEmployerRequired');
    if (v.scopes.length === 0) issue('scopes', 'apiScopeRequired');
    else if (v.scopes.some((s) => !scopesOf[v.organisation].includes(s))) issue('scopes', 'apiScopeNotForOrganisation');
    if (isIsoDay(v.expiresOn)) {
      const today = todayInAppZone();
      if (v.expiresOn <= today) issue('expiresOn', 'apiExpiryInPast');
      else if (v.expiresOn > addDays(today, MAX_KEY_DAYS)) issue('expiresOn', 'apiExpiryTooLate');
    }
  });
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ keyId: recordId });

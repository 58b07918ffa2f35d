import { roles } from '@/db/schema/enums';
import type { FeatureAccess } from '../access-matrix';

/**
 * Accounts that people own: "forgot password" and the page an invitation or reset link opens
 * are for visitors (the link itself is the proof, single use, stored hashed); "My account"
 * is for every signed-in user and only ever changes their own account (the actions take no
 * user id: it is the session's). See lib/security/access-matrix.ts.
 */
export const myAccountAccess: FeatureAccess = {
  pages: [
    { route: '/[lng]/forgot-password', access: 'guest', sample: '/forgot-password' },
    // A made-up link: the page answers "this link does not work", never who it was for.
    { route: '/[lng]/password/[token]', access: 'public', sample: '/password/kein-gueltiger-link' },
    { route: '/[lng]/account', access: roles, sample: '/account' },
  ],
  actions: [
    {
      module: 'lib/actions/my-account',
      export: 'changePasswordAction',
      name: 'account.change_password',
      roles,
      // The test users' password (lib/testing/users.ts TEST_PASSWORD).
      sample: () => ({ currentPassword: 'Test-Konto-Passwort-2026', password: 'Nieuw-Wachtwoord-2026', confirmPassword: 'Nieuw-Wachtwoord-2026' }),
    },
    {
      module: 'lib/actions/my-account',
      export: 'changeLanguageAction',
      name: 'account.change_language',
      roles,
      sample: () => ({ locale: 'de' }),
    },
  ],
  routeHandlers: [
    {
      route: '/api/account/password-reset',
      methods: ['POST'],
      access: 'public',
      why: '"forgot password": queues a reset mail for an active account; the same answer for any address; throttled per client address (10 per 15 min) and one mail per account a minute',
    },
    {
      route: '/api/account/password',
      methods: ['POST'],
      access: 'public',
      why: 'sets a password through an invitation or reset link (single use, hashed, 48 h / 30 min); the link is the proof; weak or common passwords refused',
    },
  ],
};

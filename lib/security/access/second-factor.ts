import { roles } from '@/db/schema/enums';
import type { FeatureAccess } from '../access-matrix';

/**
 * The second factor (TOTP): every signed-in user enrols for their own account on "My account"
 * (the actions take no user id); only an admin resets someone else's (audited). Users whose
 * role requires a factor and who have none may use only the enrolment actions (authorizedAction).
 */
export const secondFactorAccess: FeatureAccess = {
  pages: [],
  actions: [
    { module: 'lib/actions/second-factor', export: 'startSecondFactorAction', name: 'account.second_factor_start', roles, sample: () => ({ start: true }) },
    {
      module: 'lib/actions/second-factor',
      export: 'confirmSecondFactorAction',
      name: 'account.second_factor_confirm',
      roles,
      sample: () => ({ code: '123456' }),
    },
    {
      module: 'lib/actions/second-factor',
      export: 'resetSecondFactorAction',
      name: 'account.second_factor_reset',
      roles: ['admin'],
      sample: (ids) => ({ userId: ids.userId }),
    },
  ],
  routeHandlers: [],
};

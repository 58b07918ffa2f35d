import type { FeatureAccess } from '../access-matrix';

/** Pages, server actions and route handlers of this feature: see lib/security/access-matrix.ts. */
export const vacancyAccess: FeatureAccess = {
  pages: [],
  actions: [],
  routeHandlers: [],
};

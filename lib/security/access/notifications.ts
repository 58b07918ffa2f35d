import { roles } from '@/db/schema/enums';
import type { FeatureAccess } from '../access-matrix';

/**
 * In-app notifications. Every signed-in user sees only their own (the queries take the
 * session's user id, never one from the request): an employer never sees another company's,
 * nor anyone else's. Marking another user's notification read changes nothing and answers
 * like marking an already-read one. See lib/security/access-matrix.ts.
 */
export const notificationAccess: FeatureAccess = {
  pages: [{ route: '/[lng]/notifications', access: roles, sample: '/notifications' }],
  actions: [
    {
      module: 'lib/actions/notifications',
      export: 'markNotificationReadAction',
      name: 'notification.mark_read',
      roles,
      sample: (ids) => ({ id: ids.missingId }),
    },
    {
      module: 'lib/actions/notifications',
      export: 'markAllNotificationsReadAction',
      name: 'notification.mark_all_read',
      roles,
      sample: () => ({ all: true }),
    },
  ],
  routeHandlers: [],
};

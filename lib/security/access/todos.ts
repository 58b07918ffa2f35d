import type { FeatureAccess } from '../access-matrix';

/**
 * The home page's to-dos (db/queries/todos.ts): each role's are read for the session's own
 * user (an employer: its own company's vacancies; a caseworker: their own caseload) and only
 * that user ticks them off. Admins have none. See lib/security/access-matrix.ts.
 */
export const todoAccess: FeatureAccess = {
  pages: [],
  actions: [
    {
      module: 'lib/actions/todos',
      export: 'dismissTodoAction',
      name: 'todo.dismiss',
      roles: ['employer', 'caseworker', 'manager'],
      sample: (ids) => ({ key: `candidate:${ids.missingId}`, how: 'dismissed' }),
    },
  ],
  routeHandlers: [],
};

import type { FeatureAccess } from '../access-matrix';

/**
 * The BA vacancy import (Jobsuche API of the Bundesagentur für Arbeit): admins keep the
 * search slices, start a run and read the run log. Imported postings are public job ads,
 * no personal data; starting runs and changing slices are audited all the same.
 */
export const baImportAccess: FeatureAccess = {
  pages: [{ route: '/[lng]/admin/ba-import', access: ['admin'], sample: '/admin/ba-import' }],
  actions: [
    {
      module: 'lib/actions/ba-import',
      export: 'addBaSliceAction',
      name: 'ba_import.add_slice',
      roles: ['admin'],
      sample: (ids) => ({ keyword: `Pflege ${ids.unique}`, place: 'Gronau', radiusKm: '25' }),
    },
    {
      module: 'lib/actions/ba-import',
      export: 'setBaSliceActiveAction',
      name: 'ba_import.set_slice_active',
      roles: ['admin'],
      sample: (ids) => ({ id: ids.more.baSliceId, active: false }),
    },
  ],
  routeHandlers: [
    {
      route: '/api/ba-import/runs',
      methods: ['POST'],
      access: ['admin'],
      why: 'admin: queue an import run now (all active slices, or one); 409 while one runs, 503 without a configured API',
    },
    {
      route: '/api/ba-import/runs/[id]',
      methods: ['GET'],
      access: ['admin'],
      sample: '/api/ba-import/runs/1',
      why: "admin: a run's progress and log as JSON, polled by the admin page",
    },
  ],
};

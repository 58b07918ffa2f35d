import type { FeatureAccess } from '../access-matrix';

/**
 * Imported BA postings as caseworkers work with them: the list of postings waiting for an
 * employer, one posting, and linking it (to an existing employer or one made from the posting's
 * firma), which makes it a vacancy of that employer. Managers read; employers never see
 * postings (a linked one reaches its employer only as that employer's vacancy).
 */
const readers = ['caseworker', 'admin', 'manager'] as const;
const linkers = ['caseworker', 'admin'] as const;

export const baPostingAccess: FeatureAccess = {
  pages: [
    { route: '/[lng]/ba-postings', access: readers, sample: '/ba-postings', emptySample: '/ba-postings?q=gibt-es-nicht-xyz' },
    { route: '/[lng]/ba-postings/[id]', access: readers, sample: '/ba-postings/:baPostingId' },
  ],
  actions: [
    {
      module: 'lib/actions/ba-postings',
      export: 'linkBaPostingAction',
      name: 'ba_posting.link',
      roles: linkers,
      sample: (ids) => ({ postingId: ids.more.baPostingId, employerId: String(ids.otherEmployerId) }),
    },
    {
      module: 'lib/actions/ba-postings',
      export: 'createEmployerFromBaPostingAction',
      name: 'ba_posting.create_employer',
      roles: linkers,
      sample: (ids) => ({ postingId: ids.more.baPostingId, sector: 'elderly_care' }),
    },
    {
      module: 'lib/actions/ba-postings',
      export: 'unlinkBaPostingAction',
      name: 'ba_posting.unlink',
      roles: linkers,
      sample: (ids) => ({ postingId: ids.more.baLinkedPostingId }),
    },
  ],
  routeHandlers: [],
};

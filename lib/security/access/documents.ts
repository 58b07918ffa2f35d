import { staffRoles } from '@/db/schema/enums';
import type { FeatureAccess } from '../access-matrix';

/**
 * Documents. They show on pages of other features (the profile, the proposal, the
 * placement); what belongs to this feature is the upload and download routes and the delete
 * action. Staff see a person's documents by the profile's rule (every staff member);
 * an employer downloads only through db/queries/documents.ts documentForEmployer: a document
 * whose kind lies inside the current consent of a candidate proposed to its own vacancies.
 * Every other id answers 404 like a missing one. See lib/security/access-matrix.ts.
 */
const staff = staffRoles;

export const documentAccess: FeatureAccess = {
  pages: [],
  actions: [
    {
      module: 'lib/actions/documents',
      export: 'deleteDocumentAction',
      name: 'document.delete',
      roles: staff,
      sample: (ids) => ({ id: ids.more.documentId }),
    },
  ],
  routeHandlers: [
    {
      route: '/api/job-seekers/[id]/documents',
      methods: ['POST'],
      access: staff,
      why: 'staff: upload of a document for a person (multipart, up to DOCUMENT_MAX_MB, type from the bytes), audited; employers 403',
    },
    {
      route: '/api/documents/[id]',
      methods: ['GET'],
      access: [...staffRoles, 'employer'],
      why: "download as an attachment, audited; an employer only within the candidate's current consent for its own vacancies' proposals, else 404 like a missing id",
    },
    {
      route: '/api/documents/[id]/preview',
      methods: ['GET'],
      access: [...staffRoles, 'employer'],
      why: 'inline preview of a JPEG or PNG for an <img> on the app pages, by the download rule, audited as a view; PDFs and other types 404',
    },
  ],
};

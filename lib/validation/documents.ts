import { z } from 'zod';
import { documentKinds } from '@/lib/domain/documents';
import { optionalIsoDate, recordId, requiredText, selectedId } from './fields';

/**
 * The fields of the upload form besides the file itself (the file is checked from its bytes
 * in lib/documents/file-check.ts). The form and the upload route parse the same schema.
 */
export const documentMetaSchema = z.object({
  kind: z.enum(documentKinds, { error: 'chooseOne' }),
  title: requiredText(200),
  documentDate: optionalIsoDate.transform((v) => (v === '' ? null : v)),
  // Set when the document belongs to a placement (SIB evidence), empty otherwise.
  placementId: z.union([z.literal(''), selectedId]).transform((v) => (v === '' ? null : Number(v))),
});
export type DocumentMetaInput = z.input<typeof documentMetaSchema>;

export const deleteDocumentSchema = z.object({ id: recordId });

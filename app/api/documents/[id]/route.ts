import { authorizeDocumentRead } from '@/lib/documents/authorized-read';
import { storedDocumentResponse } from '@/lib/documents/document-response';
import { auditedRoute } from '@/lib/reports/route-guard';

/**
 * Download of one document, for whoever authorizeDocumentRead lets read it (staff under
 * need-to-know, counted as an export; an employer inside the candidate's current consent).
 * Always an attachment, so a browser never renders it inline (headers: storedDocumentResponse).
 */
export const GET = auditedRoute('document.download', async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const read = await authorizeDocumentRead({ rawId: (await params).id, route: '/api/documents/[id]', action: 'document.download' });
  if (!read.ok) return read.response;
  return storedDocumentResponse(read.db, read.doc, 'attachment');
});

import { authorizeDocumentRead } from '@/lib/documents/authorized-read';
import { storedDocumentResponse } from '@/lib/documents/document-response';
import { hasPreview } from '@/lib/domain/documents';
import { auditedRoute } from '@/lib/reports/route-guard';

/**
 * The preview of an image document, for an <img> on the app's own pages: the same reader
 * rule as the download (and counted the same way), audited as a view. Only JPEG and PNG, with
 * the type read from the bytes at upload (anything else answers 404: see previewTypes for why
 * a PDF has no preview). Inline, with the download's other headers (storedDocumentResponse).
 */
export const GET = auditedRoute('document.view', async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const read = await authorizeDocumentRead({
    rawId: (await params).id,
    route: '/api/documents/[id]/preview',
    action: 'document.view',
    accepts: (doc) => hasPreview(doc.contentType),
  });
  if (!read.ok) return read.response;
  return storedDocumentResponse(read.db, read.doc, 'inline');
});

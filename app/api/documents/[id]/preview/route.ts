import { authorizeDocumentRead } from '@/lib/documents/authorized-read';
import { contentDisposition } from '@/lib/documents/file-check';
import { extensionOfType, hasPreview, type DocumentType } from '@/lib/domain/documents';
import { documentStorage } from '@/db/document-storage';
import { auditedRoute } from '@/lib/reports/route-guard';

/**
 * The preview of an image document, for an <img> on the app's own pages: the same reader
 * rule as the download (and counted the same way), audited as a view. Only JPEG and PNG, with
 * the type read from the bytes at upload (anything else answers 404: see previewTypes for why
 * a PDF has no preview). Inline, but still nosniff, no-store and a `sandbox` CSP, and only for
 * pages of this site (Cross-Origin-Resource-Policy), so another site cannot embed it.
 */
export const GET = auditedRoute('document.view', async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const read = await authorizeDocumentRead({
    rawId: (await params).id,
    route: '/api/documents/[id]/preview',
    action: 'document.view',
    accepts: (doc) => hasPreview(doc.contentType),
  });
  if (!read.ok) return read.response;
  const { db, doc } = read;
  return new Response(documentStorage().open(db, doc.storageKey), {
    status: 200,
    headers: {
      'cache-control': 'no-store',
      'content-type': doc.contentType,
      'content-length': String(doc.byteSize),
      'content-disposition': contentDisposition(doc.fileName, extensionOfType[doc.contentType as DocumentType] ?? 'bin', 'inline'),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cross-origin-resource-policy': 'same-origin',
    },
  });
});

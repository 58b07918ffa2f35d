import { authorizeDocumentRead } from '@/lib/documents/authorized-read';
import { contentDisposition } from '@/lib/documents/file-check';
import { extensionOfType, type DocumentType } from '@/lib/domain/documents';
import { documentStorage } from '@/db/document-storage';
import { auditedRoute } from '@/lib/reports/route-guard';

/**
 * Download of one document, for whoever authorizeDocumentRead lets read it (staff under
 * need-to-know, counted as an export; an employer inside the candidate's current consent).
 * Always an attachment with the type read from the bytes at upload, nosniff and no-store, so
 * a browser never renders it inline; the bytes are streamed chunk by chunk.
 */
export const GET = auditedRoute('document.download', async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const read = await authorizeDocumentRead({ rawId: (await params).id, route: '/api/documents/[id]', action: 'document.download' });
  if (!read.ok) return read.response;
  const { db, doc } = read;
  return new Response(documentStorage().open(db, doc.storageKey), {
    status: 200,
    headers: {
      'cache-control': 'no-store',
      'content-type': doc.contentType,
      'content-length': String(doc.byteSize),
      'content-disposition': contentDisposition(doc.fileName, extensionOfType[doc.contentType as DocumentType] ?? 'bin'),
      'x-content-type-options': 'nosniff',
      // A document never runs anything, even if a browser were to open it.
      'content-security-policy': "default-src 'none'; sandbox",
    },
  });
});

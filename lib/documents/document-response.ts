import 'server-only';
import type { Database } from '@/db/client';
import { documentStorage } from '@/db/document-storage';
import { extensionOfType, type DocumentType } from '@/lib/domain/documents';
import { contentDisposition } from './file-check';

/**
 * A stored document as the answer of its authorised route (download or preview): streamed chunk
 * by chunk, with the type read from its bytes at upload, nosniff and no-store, under a CSP in
 * which it never runs anything. Inline (an image preview) it may be shown by this site's own
 * pages only (Cross-Origin-Resource-Policy), so another site cannot embed it.
 */
export function storedDocumentResponse(
  db: Database,
  doc: { storageKey: string; contentType: string; byteSize: number; fileName: string },
  disposition: 'attachment' | 'inline',
): Response {
  const extension = extensionOfType[doc.contentType as DocumentType] ?? 'bin';
  return new Response(documentStorage().open(db, doc.storageKey), {
    status: 200,
    headers: {
      'cache-control': 'no-store',
      'content-type': doc.contentType,
      'content-length': String(doc.byteSize),
      'content-disposition': contentDisposition(doc.fileName, extension, disposition),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      ...(disposition === 'inline' ? { 'cross-origin-resource-policy': 'same-origin' } : {}),
    },
  });
}

import { createHash } from 'node:crypto';
import type { DocumentKind, DocumentType } from '@/lib/domain/documents';
import { typeAllowedFor } from '@/lib/domain/documents';
import { checkFileName, sniffDocument } from './file-check';

/**
 * Reads a request body whole, but never more than `maxBytes`: a client that sends more (or
 * lies in Content-Length) is cut off at the limit instead of filling the server's memory.
 * A dropped connection rejects; nothing has been stored at that point.
 */
export async function readBodyLimited(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; code: 'tooLarge' | 'broken' }> {
  if (!body) return { ok: true, bytes: new Uint8Array() };
  const reader = body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => {});
        return { ok: false, code: 'tooLarge' };
      }
      parts.push(value);
    }
  } catch {
    return { ok: false, code: 'broken' };
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.byteLength;
  }
  return { ok: true, bytes };
}

export type FileCheckOutcome =
  | { ok: true; fileName: string; contentType: DocumentType; sha256: string }
  | { ok: false; code: 'badFileName' | 'emptyFile' | 'fileTooLarge' | 'wrongType' | 'docxOnlyForCv' };

/** Everything about the file itself, in the order a user would want to hear it. */
export async function checkUploadedFile(input: { name: string; bytes: Uint8Array; kind: DocumentKind; maxBytes: number }): Promise<FileCheckOutcome> {
  const name = checkFileName(input.name);
  if (!name.ok) return name;
  if (input.bytes.byteLength === 0) return { ok: false, code: 'emptyFile' };
  if (input.bytes.byteLength > input.maxBytes) return { ok: false, code: 'fileTooLarge' };
  const sniffed = await sniffDocument(input.bytes);
  if (!sniffed.ok) return sniffed;
  if (!typeAllowedFor(input.kind, sniffed.type)) return { ok: false, code: 'docxOnlyForCv' };
  return { ok: true, fileName: name.name, contentType: sniffed.type, sha256: createHash('sha256').update(input.bytes).digest('hex') };
}

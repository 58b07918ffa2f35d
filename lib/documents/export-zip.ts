import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { Database } from '@/db/client';
import { extensionOfType, type DocumentType } from '@/lib/domain/documents';
import type { DocumentStorage } from '@/db/document-storage';

export interface ZipDocument {
  id: number;
  fileName: string;
  contentType: string;
  storageKey: string;
}

/** The name of a document inside the export: its id first, so two files called cv.pdf never collide. */
function zipEntryName(doc: ZipDocument): string {
  const ext = extensionOfType[doc.contentType as DocumentType] ?? 'bin';
  return `documents/${doc.id}-${doc.fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '')}.${ext}`;
}

/**
 * One ZIP of the person's data (person.json) and every document, built as a stream: the
 * files are copied chunk by chunk from the store (stored, not compressed again: PDF, JPEG and
 * PNG are compressed already), so the server holds one chunk per file at a time.
 */
export function personExportZip(db: Database, storage: DocumentStorage, json: string, docs: readonly ZipDocument[]): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const zip = new Zip((error, chunk, final) => {
        if (error) {
          controller.error(error);
          return;
        }
        controller.enqueue(chunk);
        if (final) controller.close();
      });
      const person = new ZipDeflate('person.json', { level: 6 });
      zip.add(person);
      person.push(strToU8(json), true);
      try {
        for (const doc of docs) {
          const entry = new ZipPassThrough(zipEntryName(doc));
          zip.add(entry);
          const reader = storage.open(db, doc.storageKey).getReader();
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            entry.push(value);
          }
          entry.push(new Uint8Array(), true);
        }
        zip.end();
      } catch (error) {
        controller.error(error);
      }
    },
  });
}

import { sql } from 'drizzle-orm';
import { check, customType, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { jobSeekers } from './job-seekers';
import { placements } from './placements';
import { users } from './users';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  // postgres.js recognises a Buffer as bytea; PGlite takes any Uint8Array (a Buffer is one).
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  // postgres.js answers a Buffer, PGlite a Uint8Array: both are Uint8Array.
  fromDriver: (value) => (value instanceof Uint8Array ? value : new Uint8Array(value as ArrayBufferLike)),
});

/**
 * A paper about a person (CV, diploma, recognition letter, language certificate, signed
 * consent) or about a placement (SIB evidence). The bytes live behind db/document-storage.ts
 * under storage_key; this row is what the app knows about them. The type is the one read from
 * the bytes, never the browser's claim.
 */
export const documents = pgTable(
  'documents',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    jobSeekerId: integer('job_seeker_id')
      .notNull()
      .references(() => jobSeekers.id, { onDelete: 'cascade' }),
    // Evidence of a placement (SIB outcome) is also the person's: the person's limit and erasure apply.
    placementId: integer('placement_id').references(() => placements.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    documentDate: date('document_date', { mode: 'string' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: integer('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('documents_seeker_idx').on(t.jobSeekerId, t.kind),
    index('documents_placement_idx').on(t.placementId),
    uniqueIndex('documents_storage_key_uq').on(t.storageKey),
    // The same file twice for one person is one document.
    uniqueIndex('documents_same_file_uq').on(t.jobSeekerId, t.sha256),
    check('documents_kind_ck', sql`${t.kind} in ('cv', 'diploma', 'recognition_letter', 'language_certificate', 'signed_consent', 'evidence')`),
    check(
      'documents_type_ck',
      sql`${t.contentType} in ('application/pdf', 'image/jpeg', 'image/png') or (${t.contentType} = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' and ${t.kind} = 'cv')`,
    ),
    check('documents_size_ck', sql`${t.byteSize} > 0`),
    check('documents_title_ck', sql`length(${t.title}) between 1 and 200`),
    check('documents_file_name_ck', sql`length(${t.fileName}) between 1 and 200 and ${t.fileName} !~ '[/\\\\[:cntrl:]]'`),
    check('documents_sha256_ck', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check('documents_evidence_ck', sql`${t.kind} <> 'evidence' or ${t.placementId} is not null`),
  ],
);

/**
 * The database store of db/document-storage.ts: a file as rows of 256 kB, so a download
 * reads one row at a time and memory does not grow with the file size.
 */
export const storedFileChunks = pgTable(
  'stored_file_chunks',
  {
    storageKey: text('storage_key').notNull(),
    seq: integer('seq').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.storageKey, t.seq] }), check('stored_file_chunks_seq_ck', sql`${t.seq} >= 0`)],
);

export type DocumentRow = typeof documents.$inferSelect;

import type { ConsentScope } from '@/db/schema/enums';

/** What a document is; the words live in locales/{nl,de}/documents.json (kind.*). */
export const documentKinds = ['cv', 'diploma', 'recognition_letter', 'language_certificate', 'signed_consent', 'evidence'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/**
 * The consent scope that lets a German employer see a kind of document. The consent form
 * offers 'cv' for the CV; diplomas and the recognition authority's letters belong to the
 * qualifications a person shares; a language certificate to the languages. The signed consent
 * and SIB evidence are the job centre's own papers: never shown to an employer (null).
 */
export const employerScopeOfKind: Record<DocumentKind, ConsentScope | null> = {
  cv: 'cv',
  diploma: 'qualifications',
  recognition_letter: 'qualifications',
  language_certificate: 'languages',
  signed_consent: null,
  evidence: null,
};

/** The kinds an employer may see, given the consent scope that holds for it right now. */
export function kindsVisibleWith(scope: readonly string[]): DocumentKind[] {
  return documentKinds.filter((k) => {
    const needed = employerScopeOfKind[k];
    return needed !== null && scope.includes(needed);
  });
}

/** Types a document may have (from its bytes). DOCX only for a CV: employers ask CVs in Word. */
export const documentTypes = ['application/pdf', 'image/jpeg', 'image/png', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'] as const;
export type DocumentType = (typeof documentTypes)[number];
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function typeAllowedFor(kind: DocumentKind, type: DocumentType): boolean {
  return type !== DOCX || kind === 'cv';
}

/**
 * Types the app shows a preview of: images, as an <img> from /api/documents/[id]/preview. PDFs
 * have none: the browser's own viewer is the only renderer without new dependencies, and
 * Chromium refuses to run it in a sandboxed frame or under a `sandbox` CSP (crbug 413851);
 * served unsandboxed, an uploaded PDF's scripts, forms and links would run in the viewer on our
 * origin's behalf. Rendering a first page on the server would mean a PDF renderer parsing
 * untrusted files there. A PDF is downloaded and opened outside the app.
 */
const previewTypes: readonly DocumentType[] = ['image/jpeg', 'image/png'];

export function hasPreview(type: string): boolean {
  return (previewTypes as readonly string[]).includes(type);
}

export const extensionOfType: Record<DocumentType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  [DOCX]: 'docx',
};

/** How long SIB evidence is kept after the placement's start (DOCUMENT_EVIDENCE_KEEP_YEARS, default 7). */
export function evidenceKeepYearsFromEnv(env: Record<string, string | undefined> = process.env): number {
  const years = Number(env.DOCUMENT_EVIDENCE_KEEP_YEARS ?? 7);
  return Number.isFinite(years) && years > 0 ? years : 7;
}

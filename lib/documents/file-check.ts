import { fileTypeFromBuffer } from 'file-type';
import { strFromU8, unzipSync } from 'fflate';
import { DOCX, documentTypes, type DocumentType } from '@/lib/domain/documents';

export type SniffResult = { ok: true; type: DocumentType } | { ok: false; code: 'emptyFile' | 'wrongType' };

const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

/**
 * The type of a file from its bytes alone: the name and the browser's claim prove nothing
 * (an .exe named .pdf, an HTML page named .png). SVG and HTML are text and are never
 * recognised, so they are refused like any other unknown type.
 */
export async function sniffDocument(bytes: Uint8Array): Promise<SniffResult> {
  if (bytes.byteLength === 0) return { ok: false, code: 'emptyFile' };
  const found = await fileTypeFromBuffer(bytes);
  if (!found || !(documentTypes as readonly string[]).includes(found.mime)) return { ok: false, code: 'wrongType' };
  if (found.mime === DOCX && !isWordDocument(bytes)) return { ok: false, code: 'wrongType' };
  return { ok: true, type: found.mime as DocumentType };
}

/**
 * A DOCX is a ZIP; any ZIP with a word/ folder would pass a signature check. This opens only
 * the package's [Content_Types].xml (small, so a zip bomb inflates nothing) and asks for a
 * real Word main part, and refuses macro-enabled documents (a vbaProject part).
 */
function isWordDocument(bytes: Uint8Array): boolean {
  const names: string[] = [];
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return file.name === '[Content_Types].xml' && file.originalSize <= 256 * 1024;
      },
    });
  } catch {
    return false;
  }
  const types = entries['[Content_Types].xml'];
  if (!types) return false;
  const xml = strFromU8(types);
  if (!xml.includes(WORD_MAIN)) return false;
  if (!names.includes('word/document.xml')) return false;
  return !names.some((n) => /vbaProject\.bin$/i.test(n)) && !xml.includes('macroEnabled');
}

export type NameCheck = { ok: true; name: string } | { ok: false; code: 'badFileName' };

/**
 * The name a file was uploaded with is shown and used for its download; it is refused when it
 * carries a path (someone's folder names, or ../ tricks), control characters, or is longer
 * than 200 characters. Only the last part of what a browser sends is ever a name.
 */
export function checkFileName(raw: string): NameCheck {
  const name = raw.normalize('NFC').trim();
  if (name.length === 0 || name.length > 200) return { ok: false, code: 'badFileName' };
  if (/[/\\]/.test(name) || /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(name)) return { ok: false, code: 'badFileName' };
  if (name === '.' || name === '..') return { ok: false, code: 'badFileName' };
  return { ok: true, name };
}

/**
 * Content-Disposition for a download (RFC 6266 / RFC 8187): attachment (inline only for an
 * image's preview), an ASCII fallback for old clients and the real name as UTF-8 in filename*.
 * The stored name carries
 * the checked type's extension, so a browser never guesses from a misleading one.
 */
export function contentDisposition(name: string, extension: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const base = name.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const full = `${base}.${extension}`;
  const ascii =
    full
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\%;]/g, '_')
      .trim() || `document.${extension}`;
  const encoded = encodeURIComponent(full).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

import { strToU8, zipSync } from 'fflate';

/** Small real files for the document tests: each is what its name says, byte for byte. */
export const TINY_PNG = new Uint8Array(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'),
);

export const TINY_JPEG = new Uint8Array(
  Buffer.from(
    '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
    'base64',
  ),
);

/** A PDF of about `bytes` bytes (padding in a comment), with a marker so two are different. */
export function pdfOf(bytes = 1024, marker = 'x'): Uint8Array {
  const head = `%PDF-1.4\n% ${marker}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n`;
  const tail = 'trailer << /Root 1 0 R >>\n%%EOF\n';
  const pad = Math.max(0, bytes - head.length - tail.length);
  return strToU8(`${head}${'%'.padEnd(pad, 'p')}\n${tail}`);
}

const contentTypes = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${main}"/></Types>`;

/** A minimal real Word document (OOXML). */
export function docxOf(text = 'Lebenslauf'): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(contentTypes('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')),
    '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
    ),
  });
}

/** A ZIP that looks like Office from outside (a word/ folder) but is no Word document. */
export function fakeDocx(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(contentTypes('application/vnd.ms-excel.sheet.macroEnabled.main+xml')),
    'word/document.xml': strToU8('<x/>'),
    'word/vbaProject.bin': strToU8('MZ'),
  });
}

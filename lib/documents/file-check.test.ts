import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { docxOf, fakeDocx, pdfOf, TINY_JPEG, TINY_PNG } from '@/lib/testing/documents';
import { checkFileName, contentDisposition, sniffDocument } from './file-check';
import { hasPreview, kindsVisibleWith, typeAllowedFor } from '@/lib/domain/documents';
import { checkUploadedFile, readBodyLimited } from './upload';

describe('type from the bytes', () => {
  it('recognises PDF, JPEG, PNG and a real Word document', async () => {
    expect(await sniffDocument(pdfOf())).toEqual({ ok: true, type: 'application/pdf' });
    expect(await sniffDocument(TINY_JPEG)).toEqual({ ok: true, type: 'image/jpeg' });
    expect(await sniffDocument(TINY_PNG)).toEqual({ ok: true, type: 'image/png' });
    expect(await sniffDocument(docxOf())).toEqual({ ok: true, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  });

  it('refuses empty files, executables, SVG, HTML, plain ZIPs and disguised Office files', async () => {
    expect(await sniffDocument(new Uint8Array())).toEqual({ ok: false, code: 'emptyFile' });
    expect(await sniffDocument(strToU8('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00PE\x00\x00'))).toEqual({ ok: false, code: 'wrongType' });
    expect(await sniffDocument(strToU8('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toEqual({ ok: false, code: 'wrongType' });
    expect(await sniffDocument(strToU8('<!doctype html><html><body>hi</body></html>'))).toEqual({ ok: false, code: 'wrongType' });
    expect(await sniffDocument(zipSync({ 'a.txt': strToU8('hello') }))).toEqual({ ok: false, code: 'wrongType' });
    expect(await sniffDocument(fakeDocx())).toEqual({ ok: false, code: 'wrongType' });
    // A broken ZIP that starts like one.
    expect(await sniffDocument(docxOf().subarray(0, 60))).toEqual({ ok: false, code: 'wrongType' });
  });

  it('allows DOCX only for a CV', () => {
    expect(typeAllowedFor('cv', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(true);
    expect(typeAllowedFor('diploma', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(false);
    expect(typeAllowedFor('diploma', 'application/pdf')).toBe(true);
  });
});

describe('file names', () => {
  it('keeps ordinary names, umlauts and spaces', () => {
    expect(checkFileName('Lebenslauf Jörg Müller.pdf')).toEqual({ ok: true, name: 'Lebenslauf Jörg Müller.pdf' });
  });
  it('refuses paths, control characters, direction tricks and overlong names', () => {
    for (const bad of [
      '../../etc/passwd',
      'C:\\Users\\an\\cv.pdf',
      'map/cv.pdf',
      'cv\u0000.pdf',
      'cv\n.pdf',
      'cv\u202egpj.exe',
      `${'a'.repeat(300)}.pdf`,
      '',
      '   ',
      '..',
    ]) {
      expect(checkFileName(bad), JSON.stringify(bad)).toEqual({ ok: false, code: 'badFileName' });
    }
  });
  it('gives an attachment header with an ASCII fallback and the UTF-8 name (RFC 6266)', () => {
    expect(contentDisposition('Zeugnis "Müller"; 100%.jpg', 'pdf')).toBe(
      `attachment; filename="Zeugnis _Muller__ 100_.pdf"; filename*=UTF-8''Zeugnis%20%22M%C3%BCller%22%3B%20100%25.pdf`,
    );
    // The extension is always the checked type's.
    expect(contentDisposition('cv.html', 'png')).toMatch(/filename="cv\.png"/);
    // Inline only when asked (an image's preview), with the same safe names.
    expect(contentDisposition('Zeugnis.png', 'png', 'inline')).toBe(`inline; filename="Zeugnis.png"; filename*=UTF-8''Zeugnis.png`);
  });
  it('previews images only: no PDF, no Word file', () => {
    expect(['image/png', 'image/jpeg'].map(hasPreview)).toEqual([true, true]);
    expect(
      ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'image/svg+xml', 'text/html'].map(hasPreview),
    ).toEqual([false, false, false, false]);
  });
});

describe('upload checks and limits', () => {
  it('reports the first problem of a file in a fixed order', async () => {
    const max = 2048;
    expect(await checkUploadedFile({ name: 'a/b.pdf', bytes: pdfOf(100), kind: 'cv', maxBytes: max })).toEqual({ ok: false, code: 'badFileName' });
    expect(await checkUploadedFile({ name: 'b.pdf', bytes: new Uint8Array(), kind: 'cv', maxBytes: max })).toEqual({ ok: false, code: 'emptyFile' });
    expect(await checkUploadedFile({ name: 'b.pdf', bytes: pdfOf(4096), kind: 'cv', maxBytes: max })).toEqual({ ok: false, code: 'fileTooLarge' });
    expect(await checkUploadedFile({ name: 'foto.jpg', bytes: pdfOf(500), kind: 'diploma', maxBytes: max })).toMatchObject({
      ok: true,
      contentType: 'application/pdf',
    });
    expect(await checkUploadedFile({ name: 'cv.docx', bytes: docxOf(), kind: 'diploma', maxBytes: 1e6 })).toEqual({ ok: false, code: 'docxOnlyForCv' });
    const ok = await checkUploadedFile({ name: 'cv.pdf', bytes: pdfOf(500), kind: 'cv', maxBytes: max });
    expect(ok.ok && /^[0-9a-f]{64}$/.test(ok.sha256)).toBe(true);
  });

  it('stops reading a body at the limit and reports a broken one', async () => {
    const stream = (parts: Uint8Array[], fail = false) =>
      new ReadableStream<Uint8Array>({
        start(c) {
          for (const p of parts) c.enqueue(p);
          if (fail) c.error(new Error('aborted'));
          else c.close();
        },
      });
    expect(await readBodyLimited(stream([new Uint8Array(600), new Uint8Array(600)]), 1000)).toEqual({ ok: false, code: 'tooLarge' });
    expect(await readBodyLimited(stream([new Uint8Array(100)], true), 1000)).toEqual({ ok: false, code: 'broken' });
    const whole = await readBodyLimited(stream([new Uint8Array([1, 2]), new Uint8Array([3])]), 1000);
    expect(whole.ok && [...whole.bytes]).toEqual([1, 2, 3]);
  });
});

describe('kinds inside a consent', () => {
  it('maps the consent scopes to the kinds an employer may see, never the job centre papers', () => {
    expect(kindsVisibleWith(['profile', 'cv'])).toEqual(['cv']);
    expect(kindsVisibleWith(['qualifications'])).toEqual(['diploma', 'recognition_letter']);
    expect(kindsVisibleWith(['profile', 'languages', 'qualifications', 'contact', 'cv'])).not.toContain('evidence');
    expect(kindsVisibleWith([])).toEqual([]);
  });
});

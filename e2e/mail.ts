import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';

/** The e2e server writes every mail as an .eml file here (e2e/serve.ts: MAIL_OUTBOX_DIR). */
const outbox = path.join(process.cwd(), '.data-e2e-mail');

function recipients(mail: ParsedMail): string {
  const to = mail.to;
  if (!to) return '';
  return (Array.isArray(to) ? to : [to]).map((a) => a.text).join(', ');
}

/**
 * The newest mail to `address` whose subject matches (and whose text holds `contains`, when
 * given: other tests mail the same demo users at the same time), waiting for the worker (up to 20 s).
 */
export async function mailTo(address: string, subject: RegExp, contains?: string, timeoutMs = 20_000): Promise<ParsedMail> {
  const start = Date.now();
  for (;;) {
    const files = await readdir(outbox).catch(() => [] as string[]);
    for (const file of files
      .filter((f) => f.endsWith('.eml'))
      .sort()
      .reverse()) {
      const mail = await simpleParser(await readFile(path.join(outbox, file)));
      if (
        recipients(mail).toLowerCase().includes(address.toLowerCase()) &&
        subject.test(mail.subject ?? '') &&
        (contains === undefined || (mail.text ?? '').includes(contains))
      )
        return mail;
    }
    if (Date.now() - start > timeoutMs) throw new Error(`no mail to ${address} matching ${subject} in ${outbox}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The path of the first link into the app in a mail's text (…/password/<token>). */
export function passwordLinkPath(mail: ParsedMail): string {
  const match = mail.text?.match(/https?:\/\/[^\s/]+(\/(?:nl|de)\/password\/[A-Za-z0-9_-]{43})/);
  if (!match) throw new Error(`no password link in: ${mail.text}`);
  return match[1]!;
}

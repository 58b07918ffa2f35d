import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';

/**
 * How mail leaves Grenzeloos: over SMTP when SMTP_URL is set (smtp://user:pass@host:587, or
 * smtps:// for TLS from the start), otherwise as one .eml file per mail in MAIL_OUTBOX_DIR
 * (default: the folder `outbox` in the data folder), which any mail program opens.
 */

interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Content-Language of the mail (nl, de). */
  lng: string;
  attachments?: { filename: string; content: string; contentType: string }[];
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  /** Where mail goes, for the log: 'smtp://host:port' or the outbox folder. */
  describe(): string;
  close(): void;
}

const DEFAULT_FROM = 'Grenzeloos <no-reply@grenzeloos.invalid>';

function outboxDirFromEnv(env: Record<string, string | undefined> = process.env): string {
  const configured = env.MAIL_OUTBOX_DIR?.trim();
  if (configured) return path.resolve(configured);
  return path.resolve(env.PGLITE_DIR?.trim() || '.data', 'outbox');
}

function message(from: string, mail: OutgoingMail) {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: { 'Content-Language': mail.lng, 'Auto-Submitted': 'auto-generated' },
    attachments: mail.attachments,
  };
}

export function mailerFromEnv(env: Record<string, string | undefined> = process.env): Mailer {
  const from = env.MAIL_FROM?.trim() || DEFAULT_FROM;
  const smtpUrl = env.SMTP_URL?.trim();
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpUrl);
    const where = new URL(smtpUrl);
    return {
      async send(mail) {
        const info = await transport.sendMail(message(from, mail));
        return { messageId: info.messageId };
      },
      describe: () => `${where.protocol}//${where.hostname}:${where.port || '(default port)'}`,
      close: () => transport.close(),
    };
  }
  const dir = outboxDirFromEnv(env);
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      const info = await transport.sendMail(message(from, mail));
      await mkdir(dir, { recursive: true });
      // Sortable by time; the message id keeps two mails of one millisecond apart.
      const id = info.messageId.replace(/[^A-Za-z0-9.-]/g, '');
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${id}.eml`;
      await writeFile(path.join(dir, name), info.message as Buffer);
      return { messageId: info.messageId };
    },
    describe: () => dir,
    close: () => {},
  };
}

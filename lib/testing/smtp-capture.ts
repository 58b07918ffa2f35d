import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on a free local port that keeps every mail it receives, parsed: tests
 * send through nodemailer exactly as production does and look at what arrived. `refuse`
 * makes it answer every mail with a temporary failure (a mail server that is down or full).
 */
export interface SmtpCapture {
  url: string;
  mails: ParsedMail[];
  /** Mails whose data has started to arrive, accepted or not (yet). */
  received: number;
  refuse: boolean;
  /** Resolves when `count` mails have arrived (or rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

export async function startSmtpCapture(options: { delayMs?: (index: number) => number } = {}): Promise<SmtpCapture> {
  const mails: ParsedMail[] = [];
  const capture: SmtpCapture = {
    url: '',
    mails,
    received: 0,
    refuse: false,
    async waitFor(count, timeoutMs = 20_000) {
      const start = Date.now();
      while (mails.length < count) {
        if (Date.now() - start > timeoutMs) throw new Error(`expected ${count} mails, got ${mails.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return mails;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      if (capture.refuse) {
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('Mailbox temporarily unavailable'), { responseCode: 451 })));
        return;
      }
      // A delay per mail stands for a real mail server's round trip, or holds one mail unanswered
      // so that a crash falls while it is being sent.
      const delay = options.delayMs?.(capture.received) ?? 0;
      capture.received += 1;
      simpleParser(stream)
        .then((mail) => new Promise<ParsedMail>((resolve) => setTimeout(() => resolve(mail), delay)))
        .then((mail) => {
          mails.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  capture.url = `smtp://127.0.0.1:${port}`;
  return capture;
}

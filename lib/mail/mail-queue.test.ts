import { testAudit } from '@/lib/testing/audit';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '@/db/client';
import { enqueueMail, QUEUE, startJobQueue, stopJobQueue, type JobQueue } from '@/db/job-queue';
import { hashToken } from '@/db/queries/account-tokens';
import { accountTokens, users } from '@/db/schema';
import { createTestDatabase, resetDatabase } from '@/db/testing';
import { startSmtpCapture, type SmtpCapture } from '@/lib/testing/smtp-capture';
import { makeEmployer, makeUser } from '@/lib/testing/users';
import { makeJobSeeker } from '@/lib/testing/fixtures';
import { makeVacancy } from '@/lib/testing/vacancies';
import { moveProposal, proposeCandidate } from '@/db/queries/proposals';
import { jobSeekers, proposals } from '@/db/schema';
import { handleMailJob, startMailWorker } from './worker';
import { mailerFromEnv } from './transport';

let handle: DatabaseHandle;
let smtp: SmtpCapture;
const base = 'https://grenzeloos.example';

beforeAll(async () => {
  handle = await createTestDatabase();
  smtp = await startSmtpCapture();
}, 60_000);
afterAll(async () => {
  await stopJobQueue();
  await smtp.close();
  await handle.close();
});
beforeEach(async () => {
  await stopJobQueue();
  await resetDatabase(handle);
  smtp.mails.length = 0;
  smtp.refuse = false;
});

const mailer = () => mailerFromEnv({ SMTP_URL: smtp.url, MAIL_FROM: 'Grenzeloos <noreply@grenzeloos.example>' });

async function jobs(name: string = QUEUE.mail) {
  const queue = await startJobQueue(handle);
  return queue.boss.findJobs(name);
}

describe('mail through the job queue and SMTP', () => {
  it('sends a reset link to an employer user in German, with a working single-use link', async () => {
    const user = await makeUser(handle.db, 'employer', { name: 'Erika <b>Muster</b>' });
    await handleMailJob(handle.db, mailer(), { kind: 'passwordReset', userId: user.id }, base);
    const [mail] = await smtp.waitFor(1);
    expect(mail!.subject).toBe('Ihr Passwort für Grenzeloos neu festlegen');
    expect(mail!.to && 'text' in mail!.to ? mail!.to.text : '').toBe(user.email);
    expect(mail!.headers.get('content-language')).toBe('de');
    expect(mail!.text).toContain('Guten Tag Erika <b>Muster</b>,');
    // The HTML part shows typed markup as text.
    expect(mail!.html).toContain('Erika &lt;b&gt;Muster&lt;/b&gt;');
    expect(mail!.html).not.toContain('<b>Muster</b>');
    const link = mail!.text!.match(/https:\/\/grenzeloos\.example\/de\/password\/([A-Za-z0-9_-]{43})/);
    expect(link).not.toBeNull();
    expect(mail!.html).toContain(link![0]);
    // Only the hash of the token is stored.
    const [row] = await handle.db.select().from(accountTokens).where(eq(accountTokens.userId, user.id));
    expect(row!.tokenHash).toBe(hashToken(link![1]!));
    expect(row!.purpose).toBe('reset');
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(30 * 60_000);
  });

  it('invites a caseworker in Dutch, naming who invited them, with a 48-hour link', async () => {
    const admin = await makeUser(handle.db, 'admin', { name: 'Anna Beheer' });
    const user = await makeUser(handle.db, 'caseworker', { name: 'Kees Klant' });
    await handleMailJob(handle.db, mailer(), { kind: 'accountInvite', userId: user.id, invitedBy: admin.id }, base);
    const [mail] = await smtp.waitFor(1);
    expect(mail!.subject).toBe('Uw account voor Grenzeloos');
    expect(mail!.headers.get('content-language')).toBe('nl');
    expect(mail!.text).toContain('Anna Beheer heeft een Grenzeloos-account voor u aangemaakt');
    expect(mail!.text).toMatch(/https:\/\/grenzeloos\.example\/nl\/password\/[A-Za-z0-9_-]{43}/);
    const [row] = await handle.db.select().from(accountTokens).where(eq(accountTokens.userId, user.id));
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(48 * 3_600_000);
  });

  it('sends nothing to an account deactivated since the job was queued', async () => {
    const user = await makeUser(handle.db, 'caseworker');
    await handle.db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await handleMailJob(handle.db, mailer(), { kind: 'passwordReset', userId: user.id }, base)).toBe('skipped');
    expect(await handle.db.select().from(accountTokens)).toEqual([]);
  });

  it('a rolled-back transaction leaves no job; a committed one leaves exactly one', async () => {
    const user = await makeUser(handle.db, 'caseworker');
    await startJobQueue(handle);
    await expect(
      handle.db.transaction(async (tx) => {
        await tx.update(users).set({ name: 'Changed' }).where(eq(users.id, user.id));
        await enqueueMail(tx, { kind: 'passwordReset', userId: user.id });
        throw new Error('the change fails after the job was sent');
      }),
    ).rejects.toThrow('the change fails');
    expect(await jobs()).toHaveLength(0);
    await handle.db.transaction(async (tx) => {
      await enqueueMail(tx, { kind: 'passwordReset', userId: user.id });
    });
    const queued = await jobs();
    expect(queued.map((j) => j.data)).toEqual([{ kind: 'passwordReset', userId: user.id }]);
  });

  it('the worker keeps the nightly retention schedules (leads 03:15, documents 03:30, German time), once however many start', async () => {
    const first = await startMailWorker(handle, { mailer: mailer(), pollingSeconds: 0.5 });
    const second = await startMailWorker(handle, { mailer: mailer(), pollingSeconds: 0.5 });
    const schedules = (await first.boss.getSchedules()).map((s) => [s.name, s.cron, s.timezone]).sort();
    expect(schedules).toEqual([
      ['document-retention', '30 3 * * *', 'Europe/Berlin'],
      ['event-lead-retention', '15 3 * * *', 'Europe/Berlin'],
    ]);
    await second.stop();
    await first.stop();
  }, 40_000);

  it('one job gives one mail, even with two workers polling', async () => {
    const user = await makeUser(handle.db, 'caseworker');
    const workers: JobQueue[] = [];
    workers.push(await startMailWorker(handle, { mailer: mailer(), pollingSeconds: 0.5 }));
    workers.push(await startMailWorker(handle, { mailer: mailer(), pollingSeconds: 0.5 }));
    const sender = workers[1]!;
    await handle.db.transaction(async (tx) => {
      for (let i = 0; i < 3; i++) await enqueueMail(tx, { kind: 'passwordReset', userId: user.id });
    });
    await smtp.waitFor(3);
    // Give both workers time to (wrongly) take a job twice.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(smtp.mails).toHaveLength(3);
    const done = await sender.boss.findJobs(QUEUE.mail);
    expect(done.every((j) => j.state === 'completed')).toBe(true);
    await workers[0]!.stop();
  }, 40_000);

  it('a mail server that refuses: the job waits for a retry, nothing is lost', async () => {
    const user = await makeUser(handle.db, 'caseworker');
    smtp.refuse = true;
    const worker = await startMailWorker(handle, { mailer: mailer(), pollingSeconds: 0.5 });
    await handle.db.transaction(async (tx) => {
      await enqueueMail(tx, { kind: 'passwordReset', userId: user.id });
    });
    let state = '';
    for (let i = 0; i < 100 && state !== 'retry'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      state = (await worker.boss.findJobs(QUEUE.mail))[0]?.state ?? '';
    }
    expect(state).toBe('retry');
    const [job] = await worker.boss.findJobs(QUEUE.mail);
    // The reason is kept on the job (admins see it), and the next try is later, not now.
    expect(JSON.stringify(job!.output)).toContain('Mailbox temporarily unavailable');
    expect(job!.startAfter.getTime()).toBeGreaterThan(Date.now());
    expect(smtp.mails).toHaveLength(0);
  }, 30_000);

  it('without SMTP_URL every mail is an .eml file in MAIL_OUTBOX_DIR', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gz-outbox-'));
    try {
      const user = await makeUser(handle.db, 'employer');
      await handleMailJob(handle.db, mailerFromEnv({ MAIL_OUTBOX_DIR: dir }), { kind: 'passwordReset', userId: user.id }, base);
      const files = await readdir(dir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/\.eml$/);
      const mail = await simpleParser(await readFile(path.join(dir, files[0]!)));
      expect(mail.subject).toBe('Ihr Passwort für Grenzeloos neu festlegen');
      expect(mail.text).toMatch(/\/de\/password\/[A-Za-z0-9_-]{43}/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a new proposal: one mail job per user of that company, in German, with only what was consented, never the client number', async () => {
    await startJobQueue(handle);
    const caseworker = await makeUser(handle.db, 'caseworker');
    const employerId = await makeEmployer(handle.db, 'Haus <i>Vechteblick</i>', 'Nordhorn');
    const first = await makeUser(handle.db, 'employer', { employerId, name: 'Jens Brüning' });
    const second = await makeUser(handle.db, 'employer', { employerId });
    const outsider = await makeUser(handle.db, 'employer');
    const seekerId = await makeJobSeeker(handle.db, { caseworkerId: caseworker.id, lastName: 'Jansen' });
    const vacancyId = await makeVacancy(handle.db, employerId, { title: 'Pflegehilfskraft <script>x</script>', place: 'Nordhorn' });
    const proposed = await proposeCandidate(
      handle.db,
      { vacancyId, jobSeekerId: seekerId, motivation: 'Erfahren & zuverlässig', actorId: caseworker.id },
      testAudit,
    );
    expect(proposed.ok).toBe(true);
    const queued = (await jobs()).map((j) => j.data as { kind: string; userId: number });
    expect(queued.map((j) => j.userId).sort()).toEqual([first.id, second.id].sort());
    expect(queued.some((j) => j.userId === outsider.id)).toBe(false);

    await handleMailJob(handle.db, mailer(), { kind: 'proposalNew', userId: first.id, proposalId: (proposed as { id: number }).id }, base);
    const [mail] = await smtp.waitFor(1);
    expect(mail!.subject).toBe('Neuer Vorschlag für Ihre Stelle „Pflegehilfskraft <script>x</script>“');
    expect(mail!.headers.get('content-language')).toBe('de');
    expect(mail!.text).toContain('Werkplein Twente schlägt Ihnen Test J. für Ihre Stelle');
    expect(mail!.text).toContain(`${base}/de/proposals/${(proposed as { id: number }).id}`);
    expect(mail!.html).toContain('Pflegehilfskraft &lt;script&gt;x&lt;/script&gt;');
    expect(mail!.html).toContain('Erfahren &amp; zuverlässig');
    const [seeker] = await handle.db.select().from(jobSeekers).where(eq(jobSeekers.id, seekerId));
    for (const part of [mail!.text!, String(mail!.html)]) {
      expect(part).not.toContain(seeker!.clientNumber!);
      expect(part).not.toContain('Jansen');
    }
    // A user of another company never gets this mail, even if a job named them.
    expect(await handleMailJob(handle.db, mailer(), { kind: 'proposalNew', userId: outsider.id, proposalId: (proposed as { id: number }).id }, base)).toBe(
      'skipped',
    );
  });

  it("the employer's steps reach the owning caseworker in Dutch, with date and reason; the caseworker's own steps do not", async () => {
    await startJobQueue(handle);
    const caseworker = await makeUser(handle.db, 'caseworker', { name: 'Kees Klant' });
    const employerId = await makeEmployer(handle.db, 'Seniorenzentrum Sonnenhof', 'Gronau (Westf.)');
    const employer = await makeUser(handle.db, 'employer', { employerId });
    const seekerId = await makeJobSeeker(handle.db, { caseworkerId: caseworker.id, lastName: 'Jansen' });
    const vacancyId = await makeVacancy(handle.db, employerId, { title: 'Altenpflegehelfer (m/w/d)' });
    const proposed = (await proposeCandidate(handle.db, { vacancyId, jobSeekerId: seekerId, motivation: null, actorId: caseworker.id }, testAudit)) as {
      id: number;
    };
    const version = async () => (await handle.db.select({ v: proposals.version }).from(proposals).where(eq(proposals.id, proposed.id)))[0]!.v;
    const stepJobs = async () => (await jobs()).map((j) => j.data as { kind: string; userId: number; stage?: string }).filter((j) => j.kind === 'proposalStep');

    await moveProposal(handle.db, { proposalId: proposed.id, expectedVersion: await version(), to: 'seen', reason: null, actorId: employer.id }, testAudit);
    const when = new Date('2026-12-15T09:30:00Z');
    await moveProposal(
      handle.db,
      {
        proposalId: proposed.id,
        expectedVersion: await version(),
        to: 'interview',
        reason: null,
        actorId: employer.id,
        interviewAt: when,
      },
      testAudit,
    );
    // The interview reaches both sides: the employer's user too.
    expect((await stepJobs()).map((j) => `${j.userId}:${j.stage}`).sort()).toEqual(
      [`${caseworker.id}:seen`, `${caseworker.id}:interview`, `${employer.id}:interview`].sort(),
    );
    // The caseworker withdrawing is their own step: no mail to themselves.
    await moveProposal(
      handle.db,
      {
        proposalId: proposed.id,
        expectedVersion: await version(),
        to: 'withdrawn',
        reason: 'Heeft elders werk',
        actorId: caseworker.id,
      },
      testAudit,
    );
    expect(await stepJobs()).toHaveLength(3);

    const interviewFor = (userId: number) =>
      jobs().then(
        (all) => all.find((j) => (j.data as { stage?: string; userId: number }).stage === 'interview' && (j.data as { userId: number }).userId === userId)!,
      );
    await handleMailJob(handle.db, mailer(), (await interviewFor(employer.id)).data as never, base);
    const [germanMail] = await smtp.waitFor(1);
    expect(germanMail!.subject).toBe('Seniorenzentrum Sonnenhof: Vorstellungsgespräch – Test J.');
    expect(germanMail!.headers.get('content-language')).toBe('de');
    expect(germanMail!.text).toContain('Termin: 15.12.2026');
    expect(germanMail!.text).not.toContain('Jansen');
    expect(germanMail!.attachments.map((a) => a.filename)).toEqual(['termin.ics']);
    expect(germanMail!.attachments[0]!.content.toString('utf8')).toContain('DTSTART:20261215T093000Z');
    smtp.mails.length = 0;

    const job = await interviewFor(caseworker.id);
    await handleMailJob(handle.db, mailer(), job.data as never, base);
    const [mail] = await smtp.waitFor(1);
    expect(mail!.subject).toBe('Seniorenzentrum Sonnenhof: Sollicitatiegesprek – Test Jansen');
    expect(mail!.headers.get('content-language')).toBe('nl');
    expect(mail!.text).toContain('Nieuwe fase: Sollicitatiegesprek.');
    expect(mail!.text).toContain('Afspraak: 15 dec 2026');
    expect(mail!.text).toContain('10:30');
    expect(mail!.text).toContain(`${base}/nl/proposals/${proposed.id}`);
    // The calendar invitation: the moment in UTC, one UID per proposal (a move replaces it).
    expect(mail!.attachments.map((a) => a.filename)).toEqual(['afspraak.ics']);
    const ics = mail!.attachments[0]!.content.toString('utf8');
    expect(ics).toContain('DTSTART:20261215T093000Z');
    expect(ics).toContain(`UID:proposal-${proposed.id}@grenzeloos`);
    expect(ics).toContain('SUMMARY:Sollicitatiegesprek: Test Jansen – Seniorenzentrum Sonnenhof');
  });
});

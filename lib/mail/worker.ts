import { eq } from 'drizzle-orm';
import type { Database, DatabaseHandle } from '@/db/client';
import { startJobQueue, type JobQueue, type MailJob } from '@/db/job-queue';
import { eraseExpiredLeads } from '@/db/queries/events';
import { applyDocumentRetention } from '@/db/queries/documents';
import { documentStorage } from '@/db/document-storage';
import { evidenceKeepYearsFromEnv } from '@/lib/domain/documents';
import { todayInAppZone } from '@/lib/time/zoned';
import { createAccountToken, TOKEN_LIFETIME_MINUTES } from '@/db/queries/account-tokens';
import { employers, jobSeekers, proposals, users, vacancies } from '@/db/schema';
import { sharedCandidates } from '@/db/queries/proposals';
import { readLimitsFromEnv } from '@/lib/domain/read-limits';
import { accountInviteMail, passwordResetMail, proposalNewMail, proposalStepMail, readLimitMail, type RenderedMail } from './templates';
import { mailerFromEnv, type Mailer } from './transport';
import { baImportCron, handleBaImportJob } from '@/lib/ba/jobs';

/** The app's public address, for links in mails (NEXTAUTH_URL, as for sign-in). */
function appBaseUrl(env: Record<string, string | undefined> = process.env): string {
  const configured = env.NEXTAUTH_URL?.trim();
  return (configured || `http://localhost:${env.PORT?.trim() || '3000'}`).replace(/\/+$/, '');
}

/**
 * One mail job: reads the recipient now (address and language as they are at sending time),
 * makes the link's token (only its hash is stored, so the token exists nowhere but in the
 * mail), renders and hands the mail to the mailer. A throw makes pg-boss retry the job
 * (backoff) and, after the last retry, move it to the dead-letter queue.
 */
export async function handleMailJob(db: Database, mailer: Mailer, job: MailJob, baseUrl = appBaseUrl()): Promise<'sent' | 'skipped'> {
  const [user] = await db.select().from(users).where(eq(users.id, job.userId));
  // An account deactivated or gone since: nothing to send.
  if (!user?.active) return 'skipped';
  let mail: RenderedMail;
  if (job.kind === 'passwordReset') {
    const { token } = await createAccountToken(db, { userId: user.id, purpose: 'reset' });
    mail = passwordResetMail({ lng: user.locale, name: user.name, url: `${baseUrl}/${user.locale}/password/${token}`, minutes: TOKEN_LIFETIME_MINUTES.reset });
  } else if (job.kind === 'proposalStep') {
    const rendered = await proposalStepMailFor(db, user, job, baseUrl);
    if (!rendered) return 'skipped';
    mail = rendered;
  } else if (job.kind === 'readLimit') {
    // Only to someone who still supervises; the person blocked is named, no job seeker is.
    if (user.role !== 'manager' && user.role !== 'admin') return 'skipped';
    const [actor] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, job.actorId));
    const limits = readLimitsFromEnv();
    mail = readLimitMail({
      lng: user.locale,
      name: user.name,
      actor: actor?.name ?? `#${job.actorId}`,
      email: actor?.email ?? '',
      readKind: job.readKind,
      limit: job.readKind === 'profile' ? limits.profileViewsPerHour : limits.exportsPerHour,
      until: new Date(job.until),
      url: `${baseUrl}/${user.locale}/audit?action=job_seeker.read_limit`,
    });
  } else if (job.kind === 'proposalNew') {
    const rendered = await proposalMail(db, user, job.proposalId, baseUrl);
    if (!rendered) return 'skipped';
    mail = rendered;
  } else {
    const [inviter] = await db.select({ name: users.name }).from(users).where(eq(users.id, job.invitedBy));
    const { token } = await createAccountToken(db, { userId: user.id, purpose: 'invite' });
    mail = accountInviteMail({
      lng: user.locale,
      name: user.name,
      email: user.email,
      inviter: inviter?.name ?? 'Werkplein Twente',
      url: `${baseUrl}/${user.locale}/password/${token}`,
      hours: TOKEN_LIFETIME_MINUTES.invite / 60,
    });
  }
  await mailer.send({ to: user.email, subject: mail.subject, text: mail.text, html: mail.html, lng: mail.lng, attachments: mail.attachments });
  return 'sent';
}

/**
 * The new-candidate mail: only what the person agreed to share with employers, as the
 * employer's own candidate page shows it (name or initial, never the client number), and only
 * to a user of the vacancy's own company. Withdrawn consent or a moved account: no mail.
 */
async function proposalMail(db: Database, user: typeof users.$inferSelect, proposalId: number, baseUrl: string): Promise<RenderedMail | null> {
  const [row] = await db
    .select({
      jobSeekerId: proposals.jobSeekerId,
      sharedScope: proposals.sharedScope,
      motivation: proposals.motivation,
      title: vacancies.title,
      employerId: vacancies.employerId,
    })
    .from(proposals)
    .innerJoin(vacancies, eq(vacancies.id, proposals.vacancyId))
    .where(eq(proposals.id, proposalId));
  if (!row || user.role !== 'employer' || user.employerId !== row.employerId) return null;
  const candidate = (await sharedCandidates(db, [{ jobSeekerId: row.jobSeekerId, sharedScope: row.sharedScope }], { audience: 'employer' })).get(
    row.jobSeekerId,
  );
  if (!candidate || candidate.consentWithdrawn) return null;
  return proposalNewMail({
    lng: user.locale,
    name: user.name,
    candidate: candidate.displayName,
    title: row.title,
    motivation: row.motivation,
    url: `${baseUrl}/${user.locale}/proposals/${proposalId}`,
  });
}

/**
 * A step on a proposal: for the caseworker who owns the person (the full name), or, for an
 * interview or trial day, for the employer's users (the consented view only), with the .ics.
 */
async function proposalStepMailFor(
  db: Database,
  user: typeof users.$inferSelect,
  job: Extract<MailJob, { kind: 'proposalStep' }>,
  baseUrl: string,
): Promise<RenderedMail | null> {
  const [row] = await db
    .select({
      jobSeekerId: proposals.jobSeekerId,
      sharedScope: proposals.sharedScope,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
      erasedAt: jobSeekers.erasedAt,
      title: vacancies.title,
      employerId: vacancies.employerId,
      employer: employers.name,
    })
    .from(proposals)
    .innerJoin(jobSeekers, eq(jobSeekers.id, proposals.jobSeekerId))
    .innerJoin(vacancies, eq(vacancies.id, proposals.vacancyId))
    .innerJoin(employers, eq(employers.id, vacancies.employerId))
    .where(eq(proposals.id, job.proposalId));
  if (!row || row.erasedAt) return null;
  let candidate = `${row.firstName ?? ''} ${row.lastName ?? ''}`.trim();
  if (user.role === 'employer') {
    // An employer user: only its own company's proposals, only what the person shares.
    if (user.employerId !== row.employerId) return null;
    const shared = (await sharedCandidates(db, [{ jobSeekerId: row.jobSeekerId, sharedScope: row.sharedScope }], { audience: 'employer' })).get(
      row.jobSeekerId,
    );
    if (!shared || shared.consentWithdrawn) return null;
    candidate = shared.displayName;
  }
  return proposalStepMail({
    lng: user.locale,
    name: user.name,
    employer: row.employer,
    candidate,
    title: row.title,
    stage: job.stage,
    reason: job.reason,
    interviewAt: job.interviewAt ? new Date(job.interviewAt) : null,
    proposalId: job.proposalId,
    url: `${baseUrl}/${user.locale}/proposals/${job.proposalId}`,
  });
}

/** Starts this process's queue as a worker that sends mail. */
export function startMailWorker(handle: DatabaseHandle, options: { mailer?: Mailer; pollingSeconds?: number } = {}): Promise<JobQueue> {
  const mailer = options.mailer ?? mailerFromEnv();
  return startJobQueue(handle, {
    pollingSeconds: options.pollingSeconds,
    handlers: {
      mail: async (job) => {
        await handleMailJob(handle.db, mailer, job.data);
      },
      // Not mail, but the same worker: the one process that runs jobs (PGlite allows one).
      leadRetention: async () => {
        const erased = await eraseExpiredLeads(handle.db, todayInAppZone());
        if (erased.length > 0) console.log(`Event leads past their erase-after date erased: ${erased.length}.`);
      },
      documentRetention: async () => {
        const deleted = await applyDocumentRetention(handle.db, documentStorage(), { today: todayInAppZone(), evidenceKeepYears: evidenceKeepYearsFromEnv() });
        if (deleted.length > 0) console.log(`Documents past retention deleted: ${deleted.length}.`);
      },
      baImport: { handle: (job) => handleBaImportJob(handle.db, job), cron: baImportCron() },
    },
  });
}

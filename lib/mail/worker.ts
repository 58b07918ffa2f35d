import { eq } from 'drizzle-orm';
import type { Database, DatabaseHandle } from '@/db/client';
import { startJobQueue, type JobQueue, type MailJob } from '@/db/job-queue';
import { createAccountToken, TOKEN_LIFETIME_MINUTES } from '@/db/queries/account-tokens';
import { users } from '@/db/schema';
import { accountInviteMail, passwordResetMail, type RenderedMail } from './templates';
import { mailerFromEnv, type Mailer } from './transport';

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
  await mailer.send({ to: user.email, subject: mail.subject, text: mail.text, html: mail.html, lng: mail.lng });
  return 'sent';
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
    },
  });
}

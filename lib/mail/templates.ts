import type { TFunction } from 'i18next';
import { createI18n } from '@/lib/i18n/create-instance';
import { formatDateTime } from '@/lib/i18n/format';
import { appointmentIcs } from './calendar';
import type { Lng } from '@/lib/i18n/settings';

/**
 * E-mails in the recipient's language, as plain text and as HTML. Every value that a person
 * typed (names, e-mail addresses, titles) is escaped in the HTML part by i18next's own
 * escaping of interpolated values, and kept on one line in the subject.
 */

export interface RenderedMail {
  lng: Lng;
  subject: string;
  text: string;
  html: string;
  attachments?: { filename: string; content: string; contentType: string }[];
}

const i18n = createI18n();

function translators(lng: Lng): { t: TFunction; tHtml: (key: string, values?: Record<string, unknown>) => string } {
  const t = i18n.getFixedT(lng, 'mail');
  return { t, tHtml: (key, values = {}) => t(key, { ...values, interpolation: { escapeValue: true } }) };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

const oneLine = (value: string) => value.replace(/[\r\n\t]+/g, ' ').trim();

interface MailParts {
  lng: Lng;
  name: string;
  subjectKey: string;
  subjectValues?: Record<string, unknown>;
  /** Keys of the paragraphs before the button, with their values. */
  before: { key: string; values?: Record<string, unknown> }[];
  action?: { key: string; url: string };
  after: { key: string; values?: Record<string, unknown> }[];
}

function compose(parts: MailParts): RenderedMail {
  const { t, tHtml } = translators(parts.lng);
  const subject = oneLine(t(parts.subjectKey, parts.subjectValues ?? {}));
  const textParagraphs = [
    t('greeting', { name: parts.name }),
    ...parts.before.map((p) => t(p.key, p.values ?? {})),
    ...(parts.action ? [`${t(parts.action.key)}:\n${parts.action.url}`] : []),
    ...parts.after.map((p) => t(p.key, p.values ?? {})),
    t('signature'),
    '--',
    t('footer'),
  ];
  const p = (html: string) => `<p style="margin:0 0 16px">${html.replace(/\n/g, '<br>')}</p>`;
  const htmlBody = [
    p(tHtml('greeting', { name: parts.name })),
    ...parts.before.map((x) => p(tHtml(x.key, x.values))),
    ...(parts.action
      ? [
          `<p style="margin:24px 0"><a href="${escapeHtml(parts.action.url)}" style="background:#154273;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;display:inline-block">${escapeHtml(t(parts.action.key))}</a></p>`,
          p(`${escapeHtml(t('linkFallback'))}<br><a href="${escapeHtml(parts.action.url)}">${escapeHtml(parts.action.url)}</a>`),
        ]
      : []),
    ...parts.after.map((x) => p(tHtml(x.key, x.values))),
    p(escapeHtml(t('signature'))),
    `<p style="margin:32px 0 0;color:#555555;font-size:13px">${escapeHtml(t('footer'))}</p>`,
  ].join('\n');
  const html = `<!doctype html>
<html lang="${parts.lng}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:40rem;margin:0 auto;padding:16px">
${htmlBody}
</body></html>
`;
  return { lng: parts.lng, subject, text: `${textParagraphs.join('\n\n')}\n`, html };
}

export function passwordResetMail(input: { lng: Lng; name: string; url: string; minutes: number }): RenderedMail {
  return compose({
    lng: input.lng,
    name: input.name,
    subjectKey: 'passwordReset.subject',
    before: [{ key: 'passwordReset.intro' }],
    action: { key: 'passwordReset.action', url: input.url },
    after: [{ key: 'passwordReset.validity', values: { minutes: input.minutes } }, { key: 'passwordReset.notYou' }],
  });
}

export function accountInviteMail(input: { lng: Lng; name: string; email: string; inviter: string; url: string; hours: number }): RenderedMail {
  return compose({
    lng: input.lng,
    name: input.name,
    subjectKey: 'accountInvite.subject',
    before: [{ key: 'accountInvite.intro', values: { inviter: input.inviter, email: input.email } }],
    action: { key: 'accountInvite.action', url: input.url },
    after: [{ key: 'accountInvite.validity', values: { hours: input.hours } }, { key: 'accountInvite.expired' }],
  });
}

export function proposalNewMail(input: { lng: Lng; name: string; candidate: string; title: string; motivation: string | null; url: string }): RenderedMail {
  return compose({
    lng: input.lng,
    name: input.name,
    subjectKey: 'proposalNew.subject',
    subjectValues: { title: input.title },
    before: [
      { key: 'proposalNew.intro', values: { candidate: input.candidate, title: input.title } },
      ...(input.motivation ? [{ key: 'proposalNew.motivation', values: { motivation: input.motivation } }] : []),
    ],
    action: { key: 'proposalNew.action', url: input.url },
    after: [{ key: 'proposalNew.consent' }],
  });
}

export function proposalStepMail(input: {
  lng: Lng;
  name: string;
  employer: string;
  candidate: string;
  title: string;
  stage: string;
  reason: string | null;
  interviewAt: Date | null;
  proposalId: number;
  url: string;
}): RenderedMail {
  const stage = i18n.getFixedT(input.lng, 'domain')(`proposalStage.${input.stage}`);
  const values = { employer: input.employer, candidate: input.candidate, title: input.title, stage };
  const mail = compose({
    lng: input.lng,
    name: input.name,
    subjectKey: 'proposalStep.subject',
    subjectValues: values,
    before: [
      { key: 'proposalStep.intro', values },
      ...(input.interviewAt ? [{ key: 'proposalStep.appointment', values: { when: formatDateTime(input.lng, input.interviewAt) } }] : []),
      ...(input.reason ? [{ key: 'proposalStep.reason', values: { reason: input.reason } }] : []),
    ],
    action: { key: 'proposalStep.action', url: input.url },
    after: [],
  });
  if (!input.interviewAt || (input.stage !== 'interview' && input.stage !== 'trial_day')) return mail;
  const t = i18n.getFixedT(input.lng, 'mail');
  const ics = appointmentIcs({
    proposalId: input.proposalId,
    start: input.interviewAt,
    title: `${stage}: ${input.candidate} – ${input.employer}`,
    description: `${input.title}\n${input.url}`,
    url: input.url,
  });
  return {
    ...mail,
    attachments: [{ filename: `${t('proposalStep.icsName')}.ics`, content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
  };
}

/** To a manager or admin: a user reached a read limit (no job seeker is named). */
export function readLimitMail(input: {
  lng: Lng;
  name: string;
  actor: string;
  email: string;
  readKind: 'profile' | 'export';
  limit: number;
  until: Date;
  url: string;
}): RenderedMail {
  const { t } = translators(input.lng);
  const limit = `${input.limit} ${t(`readLimit.${input.readKind}`)}`;
  return compose({
    lng: input.lng,
    name: input.name,
    subjectKey: 'readLimit.subject',
    subjectValues: { actor: input.actor },
    before: [
      { key: 'readLimit.intro', values: { actor: input.actor, email: input.email, limit, until: formatDateTime(input.lng, input.until) } },
      { key: 'readLimit.why' },
    ],
    action: { key: 'readLimit.action', url: input.url },
    after: [],
  });
}

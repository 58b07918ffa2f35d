'use client';

import { useState } from 'react';
import Link from 'next/link';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { z } from 'zod';
import { FormMessage } from '@/app/_components/ui/fields';
import { TextAreaField } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { proposeCandidatesAction } from '@/lib/actions/proposals';
import { useLng, useT } from '@/lib/i18n/client';
import { proposeCandidatesSchema } from '@/lib/validation/proposals';

interface Row {
  id: number;
  name: string;
  place: string;
  distance: string;
  score: number;
  reasons: { tone: 'good' | 'warn' | 'bad'; text: string }[];
}

// The form holds the checked ids as strings (checkbox values); the action gets numbers.
const formSchema = proposeCandidatesSchema.extend({ jobSeekerIds: z.array(z.string()).min(1, 'chooseCandidates').max(20, 'tooManyCandidates|{"max":20}') });
type FormValues = z.input<typeof formSchema>;

export function ProposeJobSeekersForm({ vacancyId, rows, canPropose }: { vacancyId: number; rows: Row[]; canPropose: boolean }) {
  const lng = useLng();
  const t = useT('pipeline');
  const errorText = useErrorText();
  const router = useRouter();
  const [messages, setMessages] = useState<{ kind: 'error' | 'success'; text: string }[]>([]);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({ resolver: zodResolver(formSchema), defaultValues: { vacancyId, jobSeekerIds: [], motivation: '' } });

  async function onSubmit(values: FormValues) {
    setMessages([]);
    const result = await proposeCandidatesAction({ ...values, jobSeekerIds: values.jobSeekerIds.map(Number) });
    if (!result.ok) {
      setMessages([{ kind: 'error', text: errorText(result.fieldErrors ? Object.values(result.fieldErrors)[0] : result.code)! }]);
      return;
    }
    const name = (id: number) => rows.find((r) => r.id === id)?.name ?? String(id);
    const out: { kind: 'error' | 'success'; text: string }[] = [];
    if (result.data.proposed.length) out.push({ kind: 'success', text: t('matches.proposed', { count: result.data.proposed.length }) });
    for (const refused of result.data.refused) {
      out.push({ kind: 'error', text: t('matches.refused', { name: name(refused.jobSeekerId), reason: errorText(refused.code) }) });
    }
    setMessages(out);
    if (result.data.refused.length === 0) reset({ vacancyId, jobSeekerIds: [], motivation: '' });
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {messages.map((m, i) => (
        <FormMessage key={i} kind={m.kind} testId="propose-message">
          {m.text}
        </FormMessage>
      ))}
      {errors.jobSeekerIds ? <FormMessage kind="error">{errorText(errors.jobSeekerIds.message)}</FormMessage> : null}
      {canPropose ? (
        // Fifty rows are a hundred tab stops: keyboard users can jump to the proposal itself.
        <p>
          <a href="#motivation">{t('matches.skipToPropose')}</a>
        </p>
      ) : null}
      <div className="table-wrap" tabIndex={0}>
        <table>
          <caption>{t('matches.caption', { count: rows.length })}</caption>
          <thead>
            <tr>
              {canPropose ? <th scope="col">{t('matches.select')}</th> : null}
              <th scope="col">{t('matches.person')}</th>
              <th scope="col">{t('matches.place')}</th>
              <th scope="col" className="numeric">
                {t('matches.distance')}
              </th>
              <th scope="col">{t('matches.score')}</th>
              <th scope="col">{t('matches.why')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-testid={`match-${row.id}`}>
                {canPropose ? (
                  <td className="checkbox-cell">
                    <input type="checkbox" value={String(row.id)} aria-label={t('matches.selectPerson', { name: row.name })} {...register('jobSeekerIds')} />
                  </td>
                ) : null}
                <th scope="row">
                  <Link href={`/${lng}/job-seekers/${row.id}`}>{row.name}</Link>
                </th>
                <td>{row.place}</td>
                <td className="numeric">{row.distance}</td>
                <td>
                  <div className="score">
                    <meter min={0} max={100} low={50} high={75} optimum={100} value={row.score} aria-label={t('matches.scoreOf', { score: row.score })} />
                    <span aria-hidden="true">{row.score}</span>
                  </div>
                </td>
                <td>
                  <ul className="reason-list">
                    {row.reasons.map((r, i) => (
                      <li key={i} className={`reason reason-${r.tone}`}>
                        <span className="visually-hidden">{t(`matching:tone.${r.tone}`)}: </span>
                        {r.text}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canPropose ? (
        <>
          <TextAreaField
            schema={formSchema}
            id="motivation"
            label={t('matches.motivation')}
            hint={t('matches.motivationHint')}
            lang="de"
            registration={register('motivation')}
            error={errorText(errors.motivation?.message)}
          />
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? t('matches.proposing') : t('matches.propose')}
          </button>
        </>
      ) : null}
    </form>
  );
}

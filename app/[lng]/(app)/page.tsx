import { loadPage } from '@/lib/pages/load-page';
import type { TFunction } from 'i18next';
import { getDb } from '@/db/client';
import { accountsSummary, caseloadByStatus, employerVacanciesByStatus, yearCountsByStream } from '@/db/queries/home-summary';
import type { SessionUser } from '@/lib/auth/current-user';
import { formatNumber } from '@/lib/i18n/format';
import type { Lng } from '@/lib/i18n/settings';
import { openTodos } from '@/db/queries/todos';
import { todayInAppZone } from '@/lib/time/zoned';
import { TodoList } from './_components/todo-list';

export default async function HomePage({ params }: { params: Promise<{ lng: string }> }) {
  const { lng, t, user, db, audit } = await loadPage(params, '/[lng]');
  const hour = Number(new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: 'Europe/Amsterdam' }).format(new Date()));
  const greetingKey = hour < 12 ? 'home.title' : hour < 18 ? 'home.titleAfternoon' : 'home.titleEvening';
  // Admins have no to-dos here: their work waits on the admin pages.
  const today = todayInAppZone();
  const todos = user.role === 'admin' ? null : await openTodos(db, user, today);
  // Caseworkers see names of their own caseload here: one audit row naming who was shown.
  const shown = [...new Set((todos ?? []).flatMap((todo) => ('jobSeekerId' in todo && todo.jobSeekerId ? [todo.jobSeekerId] : [])))];
  if (shown.length > 0) await audit({ action: 'home.todos', details: { shown } });
  return (
    <>
      <h1>{t(greetingKey, { name: user.name.split(' ')[0] })}</h1>
      {todos ? <TodoList todos={todos} lng={lng} t={t} today={today} /> : null}
      <HomeSummary user={user} lng={lng} t={t} />
    </>
  );
}

async function HomeSummary({ user, lng, t }: { user: SessionUser; lng: Lng; t: TFunction }) {
  const db = await getDb();
  const year = new Date().getFullYear();
  const cards: React.ReactNode[] = [];

  if (user.role === 'manager' || user.role === 'admin' || user.role === 'caseworker') {
    const streams = await yearCountsByStream(db, year);
    cards.push(
      <section key="progress" className="card" aria-labelledby="home-progress">
        <h2 id="home-progress">{t('home.yearProgress', { year })}</h2>
        <dl className="stat-list">
          {streams.map((s) => (
            <div key={s.funding}>
              <dt>{t(`domain:funding.${s.funding}`)}</dt>
              <dd>
                {t('home.counted', { counted: formatNumber(lng, s.counted), target: formatNumber(lng, s.target) })}
                <progress max={s.target} value={Math.min(s.counted, s.target)} aria-label={t(`domain:funding.${s.funding}`)} />
              </dd>
            </div>
          ))}
        </dl>
      </section>,
    );
  }
  if (user.role === 'caseworker') {
    const rows = await caseloadByStatus(db, user.id);
    cards.push(
      <section key="caseload" className="card" aria-labelledby="home-caseload">
        <h2 id="home-caseload">{t('home.caseload')}</h2>
        {rows.length === 0 ? (
          <p>{t('home.caseloadEmpty')}</p>
        ) : (
          <dl className="stat-list">
            {rows.map((r) => (
              <div key={r.status}>
                <dt>{t(`domain:jobSeekerStatus.${r.status}`)}</dt>
                <dd>{formatNumber(lng, r.n)}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>,
    );
  }
  if (user.role === 'employer' && user.employerId) {
    const rows = await employerVacanciesByStatus(db, user.employerId);
    cards.push(
      <section key="vacancies" className="card" aria-labelledby="home-vacancies">
        <h2 id="home-vacancies">{t('home.ourVacancies')}</h2>
        {rows.length === 0 ? (
          <p>{t('home.ourVacanciesEmpty')}</p>
        ) : (
          <dl className="stat-list">
            {rows.map((r) => (
              <div key={r.status}>
                <dt>{t(`domain:vacancyStatus.${r.status}`)}</dt>
                <dd>{formatNumber(lng, r.n)}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>,
    );
  }
  if (user.role === 'admin') {
    const summary = await accountsSummary(db);
    cards.push(
      <section key="accounts" className="card" aria-labelledby="home-accounts">
        <h2 id="home-accounts">{t('home.accountsSummary')}</h2>
        <ul className="plain-list">
          <li>{t('home.activeAccounts', { n: formatNumber(lng, summary.active) })}</li>
          <li>{t('home.inactiveAccounts', { n: formatNumber(lng, summary.inactive) })}</li>
          <li>{t('home.employersSummary', { n: formatNumber(lng, summary.employers) })}</li>
        </ul>
      </section>,
    );
  }
  return <div className="card-grid">{cards}</div>;
}

import type { TFunction } from 'i18next';
import type { BreakdownKind } from '@/db/queries/target-dashboard';
import { formatNumber, formatPercent } from '@/lib/i18n/format';
import type { Lng } from '@/lib/i18n/settings';
import type { Breakdown, YearSummary } from '@/lib/reports/year-summary';
import type { Forecast } from '@/lib/targets/seasonal-forecast';
import type { Progress, ProgressStatus } from '@/lib/targets/target-progress';

/**
 * The sections of a year's summary, shared by the dashboard and the printable summary for the
 * council. Server components: the numbers arrive computed, nothing runs in the browser.
 */

const statusClass: Record<ProgressStatus, string> = {
  notStarted: 'badge',
  onTrack: 'badge badge-ok',
  reached: 'badge badge-ok',
  met: 'badge badge-ok',
  behind: 'badge badge-off',
  missed: 'badge badge-off',
};

function StatusBadge({ progress, t, testId }: { progress: Progress; t: TFunction; testId?: string }) {
  return (
    <span className={statusClass[progress.status]} data-testid={testId}>
      {t(`status.${progress.status}`)}
    </span>
  );
}

function StreamCard({
  id,
  title,
  progress,
  forecast,
  ended,
  people,
  note,
  lng,
  t,
}: {
  id: string;
  title: string;
  progress: Progress;
  forecast: Forecast;
  ended: number;
  people: number;
  /** A word the card must say beside its own signal (the total met while a stream is not). */
  note?: string;
  lng: Lng;
  t: TFunction;
}) {
  const n = (v: number) => formatNumber(lng, v);
  return (
    <section className="card stream-card" aria-labelledby={`${id}-title`} data-testid={`stream-${id}`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="stream-count">
        <span data-testid={`stream-${id}-counted`}>{n(progress.counted)}</span>
        <span className="stream-of"> {t('cards.of', { target: n(progress.target) })}</span>
      </p>
      <progress
        max={Math.max(progress.target, 1)}
        value={Math.min(progress.counted, Math.max(progress.target, 1))}
        aria-label={t('cards.progressLabel', { title, percent: formatPercent(lng, progress.progressFraction) })}
      />
      <StatusBadge progress={progress} t={t} testId={`stream-${id}-status`} />
      <dl className="stat-list">
        <div>
          <dt>{t('cards.people')}</dt>
          <dd data-testid={`stream-${id}-people`}>{n(people)}</dd>
        </div>
        <div>
          <dt>{t('cards.expectedToday')}</dt>
          <dd>{progress.phase === 'future' ? '–' : formatNumber(lng, progress.expectedToDate, { maximumFractionDigits: 1 })}</dd>
        </div>
        <div>
          <dt>{t('cards.aheadOfProRata')}</dt>
          <dd>{progress.phase === 'future' ? '–' : formatNumber(lng, progress.aheadOfProRata, { signDisplay: 'exceptZero' })}</dd>
        </div>
        <div>
          <dt>{progress.phase === 'over' ? t('cards.final') : t('cards.forecast')}</dt>
          <dd data-testid={`stream-${id}-forecast`}>
            {progress.forecast === null ? '–' : n(progress.forecast)}
            {progress.phase === 'running' && forecast.low !== null && forecast.high !== null && forecast.low !== forecast.high ? (
              <span className="stat-range" data-testid={`stream-${id}-forecast-range`}>
                {' '}
                {t('cards.forecastRange', { low: n(forecast.low), high: n(forecast.high) })}
              </span>
            ) : null}
          </dd>
        </div>
        {forecast.neededPerMonth !== null && progress.phase === 'running' ? (
          <div>
            <dt>{t('cards.neededPerMonth')}</dt>
            <dd data-testid={`stream-${id}-needed`}>{formatNumber(lng, forecast.neededPerMonth, { maximumFractionDigits: 1 })}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('cards.remaining')}</dt>
          <dd>{n(progress.remaining)}</dd>
        </div>
        <div>
          <dt>{t('cards.ended')}</dt>
          <dd>{n(ended)}</dd>
        </div>
      </dl>
      {progress.phase === 'running' ? (
        <p className="field-hint" data-testid={`stream-${id}-method`}>
          {forecast.method === 'seasonal'
            ? t('cards.methodSeasonal', { years: forecast.years.map(String).join(', ') })
            : id === 'total'
              ? t('cards.methodSum')
              : t('cards.methodLinear')}
        </p>
      ) : null}
      {note ? (
        <p className="field-hint stream-note" data-testid={`stream-${id}-note`}>
          {note}
        </p>
      ) : null}
      {progress.early ? <p className="field-hint">{t('cards.early')}</p> : null}
    </section>
  );
}

const good: ReadonlySet<ProgressStatus> = new Set(['onTrack', 'reached', 'met']);

/** The total can be met while a stream is not: the SIB's 30 do not come from extra regular placements. */
function totalNote(summary: YearSummary, t: TFunction): string | undefined {
  if (!good.has(summary.total.progress.status)) return undefined;
  const short = summary.streams.filter((s) => !good.has(s.progress.status) && s.progress.status !== 'notStarted');
  if (short.length === 0) return undefined;
  return t('cards.totalButStream', { streams: short.map((s) => t(`domain:funding.${s.funding}`)).join(', ') });
}

export function StreamCards({ summary, lng, t }: { summary: YearSummary; lng: Lng; t: TFunction }) {
  return (
    <div className="card-grid">
      {summary.streams.map((s) => (
        <StreamCard
          key={s.funding}
          id={s.funding}
          title={t(`domain:funding.${s.funding}`)}
          progress={s.progress}
          forecast={s.forecast}
          ended={s.ended}
          people={s.people}
          lng={lng}
          t={t}
        />
      ))}
      <StreamCard
        id="total"
        title={t('cards.total')}
        progress={summary.total.progress}
        forecast={summary.total.forecast}
        ended={summary.total.ended}
        people={summary.total.people}
        note={totalNote(summary, t)}
        lng={lng}
        t={t}
      />
    </div>
  );
}

function breakdownLabel(kind: BreakdownKind, key: string | null, label: string | null, t: TFunction): string {
  if (kind === 'sector') return key ? t(`domain:sector.${key}`) : t('breakdown.unknown');
  if (kind === 'district') return key ?? t('breakdown.noPlace');
  if (kind === 'caseworker') return label ?? t('breakdown.noCaseworker');
  if (kind === 'event') return label ?? t('breakdown.notViaEvent');
  return label ?? t('breakdown.unknown');
}

export function BreakdownTable({ kind, data, lng, t }: { kind: BreakdownKind; data: Breakdown; lng: Lng; t: TFunction }) {
  const n = (v: number) => formatNumber(lng, v);
  return (
    <div className="table-wrap" tabIndex={0}>
      <table data-testid={`breakdown-${kind}`}>
        <caption>{t(`breakdown.${kind}`)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`breakdown.${kind}Column`)}</th>
            <th scope="col" className="numeric">
              {t('domain:funding.regular')}
            </th>
            <th scope="col" className="numeric">
              {t('domain:funding.sib')}
            </th>
            <th scope="col" className="numeric">
              {t('breakdown.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.rows.length === 0 ? (
            <tr>
              <td colSpan={4}>{t('breakdown.empty')}</td>
            </tr>
          ) : (
            data.rows.map((r) => (
              <tr key={r.key ?? 'none'}>
                <th scope="row">{breakdownLabel(kind, r.key, r.label, t)}</th>
                <td className="numeric">{n(r.regular)}</td>
                <td className="numeric">{n(r.sib)}</td>
                <td className="numeric">{n(r.total)}</td>
              </tr>
            ))
          )}
          {data.others ? (
            <tr>
              <th scope="row">{t('breakdown.others', { n: n(data.others.groups) })}</th>
              <td className="numeric">{n(data.others.regular)}</td>
              <td className="numeric">{n(data.others.sib)}</td>
              <td className="numeric">{n(data.others.total)}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

export function RetentionTable({ summary, lng, t }: { summary: YearSummary; lng: Lng; t: TFunction }) {
  const cell = (months: number, funding: string) => {
    const r = summary.retention.find((x) => x.months === months && x.funding === funding)!;
    if (r.eligible === 0) return <td className="numeric">–</td>;
    return (
      <td className="numeric" data-testid={`retention-${months}-${funding}`}>
        {t('retention.cell', {
          lasted: formatNumber(lng, r.lasted),
          eligible: formatNumber(lng, r.eligible),
          percent: formatPercent(lng, r.lasted / r.eligible),
        })}
      </td>
    );
  };
  return (
    <div className="table-wrap" tabIndex={0}>
      <table>
        <caption>{t('retention.caption', { year: summary.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('retention.after')}</th>
            <th scope="col" className="numeric">
              {t('domain:funding.regular')}
            </th>
            <th scope="col" className="numeric">
              {t('domain:funding.sib')}
            </th>
            <th scope="col" className="numeric">
              {t('breakdown.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {[3, 6, 12].map((months) => (
            <tr key={months}>
              <th scope="row">{t(`retention.months.${months}`)}</th>
              {cell(months, 'regular')}
              {cell(months, 'sib')}
              {cell(months, 'total')}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PipelineTable({ summary, lng, t }: { summary: YearSummary; lng: Lng; t: TFunction }) {
  const p = summary.pipeline;
  const rate = (part: number, whole: number) => (whole > 0 ? formatPercent(lng, part / whole) : '–');
  return (
    <div className="table-wrap" tabIndex={0}>
      <table data-testid="pipeline">
        <caption>{t('pipeline.caption', { year: summary.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pipeline.step')}</th>
            <th scope="col" className="numeric">
              {t('pipeline.count')}
            </th>
            <th scope="col" className="numeric">
              {t('pipeline.ofProposed')}
            </th>
            <th scope="col" className="numeric">
              {t('pipeline.ofPrevious')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('pipeline.proposed')}</th>
            <td className="numeric">{formatNumber(lng, p.proposed)}</td>
            <td className="numeric">{p.proposed > 0 ? formatPercent(lng, 1) : '–'}</td>
            <td className="numeric">–</td>
          </tr>
          <tr>
            <th scope="row">{t('pipeline.interviewed')}</th>
            <td className="numeric">{formatNumber(lng, p.interviewed)}</td>
            <td className="numeric">{rate(p.interviewed, p.proposed)}</td>
            <td className="numeric">{rate(p.interviewed, p.proposed)}</td>
          </tr>
          <tr>
            <th scope="row">{t('pipeline.hired')}</th>
            <td className="numeric">{formatNumber(lng, p.hired)}</td>
            <td className="numeric">{rate(p.hired, p.proposed)}</td>
            <td className="numeric">{rate(p.hired, p.interviewed)}</td>
          </tr>
        </tbody>
      </table>
      <p className="field-hint table-note">{t('pipeline.note', { rejected: formatNumber(lng, p.rejected), withdrawn: formatNumber(lng, p.withdrawn) })}</p>
    </div>
  );
}

export function ProgrammeTable({ summary, lng, t }: { summary: YearSummary; lng: Lng; t: TFunction }) {
  if (summary.programmes.length === 0) return <p>{t('programmes.none')}</p>;
  const n = (v: number) => formatNumber(lng, v);
  return (
    <div className="table-wrap" tabIndex={0}>
      <table data-testid="programmes">
        <caption>{t('programmes.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('programmes.name')}</th>
            <th scope="col">{t('programmes.years')}</th>
            <th scope="col">{t('programmes.funding')}</th>
            <th scope="col" className="numeric">
              {t('programmes.counted')}
            </th>
            <th scope="col" className="numeric">
              {t('programmes.expected')}
            </th>
            <th scope="col" className="numeric">
              {t('programmes.forecast')}
            </th>
            <th scope="col">{t('programmes.status')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.programmes.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.name}</th>
              <td>{p.fromYear === p.toYear ? p.fromYear : `${p.fromYear}–${p.toYear}`}</td>
              <td>{p.funding ? t(`domain:funding.${p.funding}`) : t('programmes.allFunding')}</td>
              <td className="numeric">{t('cards.countOf', { counted: n(p.counted), target: n(p.target) })}</td>
              <td className="numeric">{p.progress.phase === 'future' ? '–' : formatNumber(lng, p.progress.expectedToDate, { maximumFractionDigits: 0 })}</td>
              <td className="numeric">{p.progress.forecast === null ? '–' : n(p.progress.forecast)}</td>
              <td>
                <StatusBadge progress={p.progress} t={t} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { type Column, DataTable } from '@/app/_components/ui/data-table';
import { type BadgeStatus, StatusBadge } from '@/app/_components/ui/status-badge';
import type { BreakdownKind } from '@/db/queries/target-dashboard';
import { formatNumber, formatPercent } from '@/lib/i18n/format';
import type { Lng } from '@/lib/i18n/settings';
import type { Breakdown, YearSummary } from '@/lib/reports/year-summary';
import type { Forecast } from '@/lib/targets/seasonal-forecast';
import type { Progress, ProgressStatus } from '@/lib/targets/target-progress';
import './summary.css';

/**
 * The sections of a year's summary, shared by the dashboard and the printable summary for the
 * council. Server components: the numbers arrive computed, nothing runs in the browser.
 */

const statusTone: Record<ProgressStatus, BadgeStatus> = {
  notStarted: 'neutral',
  onTrack: 'safe',
  reached: 'safe',
  met: 'safe',
  behind: 'danger',
  missed: 'danger',
};

function ProgressBadge({ progress, t, testId }: { progress: Progress; t: TFunction; testId?: string }) {
  return (
    <StatusBadge status={statusTone[progress.status]} testId={testId}>
      {t(`status.${progress.status}`)}
    </StatusBadge>
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
      <ProgressBadge progress={progress} t={t} testId={`stream-${id}-status`} />
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
  if (kind === 'cohort') return label ?? t('breakdown.notViaCohort');
  return label ?? t('breakdown.unknown');
}

interface BreakdownRow {
  key: string;
  label: string;
  regular: number;
  sib: number;
  total: number;
}

/** Regular, SIB and total: the three number columns of every breakdown and of the retention table. */
function fundingColumns<R>(t: TFunction, value: (row: R, funding: 'regular' | 'sib' | 'total') => ReactNode): Column<R>[] {
  return [
    { key: 'regular', header: t('domain:funding.regular'), numeric: true, cell: (r) => value(r, 'regular') },
    { key: 'sib', header: t('domain:funding.sib'), numeric: true, cell: (r) => value(r, 'sib') },
    { key: 'total', header: t('breakdown.total'), numeric: true, cell: (r) => value(r, 'total') },
  ];
}

export function BreakdownTable({ kind, data, lng, t }: { kind: BreakdownKind; data: Breakdown; lng: Lng; t: TFunction }) {
  const n = (v: number) => formatNumber(lng, v);
  const rows: BreakdownRow[] = data.rows.map((r) => ({
    key: r.key ?? 'none',
    label: breakdownLabel(kind, r.key, r.label, t),
    regular: r.regular,
    sib: r.sib,
    total: r.total,
  }));
  if (data.others)
    rows.push({
      key: '__others',
      label: t('breakdown.others', { n: n(data.others.groups) }),
      regular: data.others.regular,
      sib: data.others.sib,
      total: data.others.total,
    });
  return (
    <DataTable
      lng={lng}
      caption={t(`breakdown.${kind}`)}
      testId={`breakdown-${kind}`}
      className="summary-table"
      compact
      rows={rows}
      rowKey={(r) => r.key}
      empty={t('breakdown.empty')}
      columns={[
        { key: 'label', header: t(`breakdown.${kind}Column`), rowHeader: true, cell: (r) => r.label },
        ...fundingColumns<BreakdownRow>(t, (r, funding) => n(r[funding])),
      ]}
    />
  );
}

export function RetentionTable({ summary, lng, t }: { summary: YearSummary; lng: Lng; t: TFunction }) {
  const cell = (months: number, funding: string) => {
    const r = summary.retention.find((x) => x.months === months && x.funding === funding)!;
    if (r.eligible === 0) return '–';
    return (
      <span data-testid={`retention-${months}-${funding}`}>
        {t('retention.cell', {
          lasted: formatNumber(lng, r.lasted),
          eligible: formatNumber(lng, r.eligible),
          percent: formatPercent(lng, r.lasted / r.eligible),
        })}
      </span>
    );
  };
  return (
    <DataTable
      lng={lng}
      caption={t('retention.caption', { year: summary.year })}
      className="summary-table"
      rows={[3, 6, 12]}
      rowKey={(months) => months}
      empty={null}
      columns={[
        { key: 'after', header: t('retention.after'), rowHeader: true, cell: (months) => t(`retention.months.${months}`) },
        ...fundingColumns<number>(t, (months, funding) => cell(months, funding)),
      ]}
    />
  );
}

interface PipelineRow {
  step: 'proposed' | 'interviewed' | 'hired';
  count: number;
  ofProposed: string;
  ofPrevious: string;
}

export function PipelineTable({ summary, lng, t }: { summary: YearSummary; lng: Lng; t: TFunction }) {
  const p = summary.pipeline;
  const rate = (part: number, whole: number) => (whole > 0 ? formatPercent(lng, part / whole) : '–');
  const rows: PipelineRow[] = [
    { step: 'proposed', count: p.proposed, ofProposed: p.proposed > 0 ? formatPercent(lng, 1) : '–', ofPrevious: '–' },
    { step: 'interviewed', count: p.interviewed, ofProposed: rate(p.interviewed, p.proposed), ofPrevious: rate(p.interviewed, p.proposed) },
    { step: 'hired', count: p.hired, ofProposed: rate(p.hired, p.proposed), ofPrevious: rate(p.hired, p.interviewed) },
  ];
  return (
    <>
      <DataTable
        lng={lng}
        caption={t('pipeline.caption', { year: summary.year })}
        testId="pipeline"
        className="summary-table"
        rows={rows}
        rowKey={(r) => r.step}
        empty={null}
        columns={[
          { key: 'step', header: t('pipeline.step'), rowHeader: true, cell: (r) => t(`pipeline.${r.step}`) },
          { key: 'count', header: t('pipeline.count'), numeric: true, cell: (r) => formatNumber(lng, r.count) },
          { key: 'ofProposed', header: t('pipeline.ofProposed'), numeric: true, cell: (r) => r.ofProposed },
          { key: 'ofPrevious', header: t('pipeline.ofPrevious'), numeric: true, cell: (r) => r.ofPrevious },
        ]}
      />
      <p className="field-hint">{t('pipeline.note', { rejected: formatNumber(lng, p.rejected), withdrawn: formatNumber(lng, p.withdrawn) })}</p>
    </>
  );
}

export function ProgrammeTable({ summary, lng, t }: { summary: YearSummary; lng: Lng; t: TFunction }) {
  if (summary.programmes.length === 0) return <p>{t('programmes.none')}</p>;
  const n = (v: number) => formatNumber(lng, v);
  return (
    <DataTable
      lng={lng}
      caption={t('programmes.caption')}
      testId="programmes"
      className="summary-table"
      rows={summary.programmes}
      rowKey={(p) => p.id}
      empty={null}
      columns={[
        { key: 'name', header: t('programmes.name'), rowHeader: true, cell: (p) => p.name },
        { key: 'years', header: t('programmes.years'), cell: (p) => (p.fromYear === p.toYear ? p.fromYear : `${p.fromYear}–${p.toYear}`) },
        { key: 'funding', header: t('programmes.funding'), cell: (p) => (p.funding ? t(`domain:funding.${p.funding}`) : t('programmes.allFunding')) },
        { key: 'counted', header: t('programmes.counted'), numeric: true, cell: (p) => t('cards.countOf', { counted: n(p.counted), target: n(p.target) }) },
        {
          key: 'expected',
          header: t('programmes.expected'),
          numeric: true,
          cell: (p) => (p.progress.phase === 'future' ? '–' : formatNumber(lng, p.progress.expectedToDate, { maximumFractionDigits: 0 })),
        },
        { key: 'forecast', header: t('programmes.forecast'), numeric: true, cell: (p) => (p.progress.forecast === null ? '–' : n(p.progress.forecast)) },
        { key: 'status', header: t('programmes.status'), cell: (p) => <ProgressBadge progress={p.progress} t={t} /> },
      ]}
    />
  );
}

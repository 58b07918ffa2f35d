import type { TFunction } from 'i18next';
import { DataTable } from '@/app/_components/ui/data-table';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import type { Lng } from '@/lib/i18n/settings';
import type { YearSummary } from '@/lib/reports/year-summary';
import './summary.css';

const W = 640;
const H = 260;
const PAD = { left: 44, right: 16, top: 16, bottom: 36 };

/** A round step for the y axis: 1, 2, 5, 10, 20, 50 ... */
function niceStep(max: number): number {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(Math.max(rough, 1)));
  for (const m of [1, 2, 5, 10]) if (m * power >= rough) return m * power;
  return 10 * power;
}

/**
 * The cumulative count per month against the straight target line, as inline SVG (no script,
 * prints, zooms). For screen readers it is one image with a text summary; the numbers are
 * also in the table below it.
 */
export function ProgressChart({ summary, lng, t }: { summary: YearSummary; lng: Lng; t: TFunction }) {
  const points = summary.months;
  const maxValue = Math.max(summary.total.target, ...points.map((p) => p.cumulative ?? 0), 1);
  const step = niceStep(maxValue);
  const top = Math.ceil(maxValue / step) * step;
  const x = (position: number) => PAD.left + ((W - PAD.left - PAD.right) * position) / 12;
  const y = (value: number) => H - PAD.bottom - ((H - PAD.top - PAD.bottom) * value) / top;
  const targetPath = ['M', x(0), y(0), ...points.flatMap((p) => ['L', x(p.month), y(p.targetLine)])].join(' ');
  // The running month's point stands at today, not at the month's end (see monthlySeries).
  const reached = points.filter((p): p is typeof p & { cumulative: number; position: number } => p.cumulative !== null && p.position !== null);
  const countPath = reached.length ? ['M', x(0), y(0), ...reached.flatMap((p) => ['L', x(p.position), y(p.cumulative)])].join(' ') : '';
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);

  const last = reached.at(-1);
  const { progress } = summary.total;
  const target = formatNumber(lng, summary.total.target);
  // While the year runs, the caption says what the pro-rata card says: today's count against today's pro rata.
  const summaryText =
    progress.phase === 'running'
      ? t('chart.summaryToday', {
          date: formatDate(lng, summary.today),
          counted: formatNumber(lng, progress.counted),
          expected: formatNumber(lng, progress.expectedToDate, { maximumFractionDigits: 1 }),
          target,
        })
      : last
        ? t('chart.summary', {
            month: t(`months.${last.month}`),
            counted: formatNumber(lng, last.cumulative),
            expected: formatNumber(lng, last.expectedAsOf ?? last.targetLine, { maximumFractionDigits: 1 }),
            target,
          })
        : t('chart.summaryNotStarted', { target });

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-title chart-desc" className="chart-svg" data-testid="progress-chart">
        <title id="chart-title">{t('chart.title', { year: summary.year })}</title>
        <desc id="chart-desc">{summaryText}</desc>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: nothing in this group is focusable; the grid repeats what <desc> says */}
        <g aria-hidden="true">
          {ticks.map((v) => (
            <g key={v}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="chart-grid" />
              <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="chart-label">
                {formatNumber(lng, v)}
              </text>
            </g>
          ))}
          {points.map((p) => (
            <text key={p.month} x={x(p.month - 0.5)} y={H - PAD.bottom + 18} textAnchor="middle" className="chart-label">
              {t(`months.${p.month}`)}
            </text>
          ))}
          <path d={targetPath} className="chart-target" />
          {countPath ? <path d={countPath} className="chart-count" /> : null}
          {reached.map((p) => (
            <circle key={p.month} cx={x(p.position)} cy={y(p.cumulative)} r={3.5} className="chart-dot" />
          ))}
        </g>
      </svg>
      <figcaption>
        <ul className="chart-legend">
          <li>
            <span className="legend-swatch legend-count" aria-hidden="true" /> {t('chart.counted')}
          </li>
          <li>
            <span className="legend-swatch legend-target" aria-hidden="true" /> {t('chart.targetLine', { target: formatNumber(lng, summary.total.target) })}
          </li>
        </ul>
        <p className="field-hint">{summaryText}</p>
      </figcaption>
    </figure>
  );
}

/** The chart's numbers as a table: month, per stream, cumulative, target line. */
export function MonthTable({ summary, lng, t }: { summary: YearSummary; lng: Lng; t: TFunction }) {
  return (
    <DataTable
      lng={lng}
      caption={t('chart.tableCaption', { year: summary.year })}
      testId="month-table"
      className="summary-table"
      rows={summary.months}
      rowKey={(m) => m.month}
      empty={null}
      columns={[
        {
          key: 'month',
          header: t('chart.month'),
          rowHeader: true,
          cell: (m) =>
            m.asOf === summary.today ? t('chart.monthToDate', { month: t(`months.${m.month}`), date: formatDate(lng, m.asOf) }) : t(`months.${m.month}`),
        },
        { key: 'regular', header: t('domain:funding.regular'), numeric: true, cell: (m) => formatNumber(lng, m.regular) },
        { key: 'sib', header: t('domain:funding.sib'), numeric: true, cell: (m) => formatNumber(lng, m.sib) },
        { key: 'cumulative', header: t('chart.cumulative'), numeric: true, cell: (m) => (m.cumulative === null ? '–' : formatNumber(lng, m.cumulative)) },
        {
          key: 'expected',
          header: t('chart.expected'),
          numeric: true,
          cell: (m) => formatNumber(lng, m.expectedAsOf ?? m.targetLine, { maximumFractionDigits: 1 }),
        },
      ]}
    />
  );
}

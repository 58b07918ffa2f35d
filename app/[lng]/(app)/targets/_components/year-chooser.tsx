import type { TFunction } from 'i18next';

/** A plain GET form: the year lives in the URL, works without script, can be bookmarked. */
export function YearChooser({ action, year, years, t }: { action: string; year: number; years: number[]; t: TFunction }) {
  return (
    <form method="get" action={action} className="filter-bar year-chooser">
      <div className="field">
        <label htmlFor="year-choice">{t('yearChooser.label')}</label>
        <select id="year-choice" name="year" defaultValue={String(year)}>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-actions">
        <button type="submit" className="button button-secondary">
          {t('yearChooser.show')}
        </button>
      </div>
    </form>
  );
}

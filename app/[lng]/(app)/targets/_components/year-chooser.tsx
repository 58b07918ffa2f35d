import type { TFunction } from 'i18next';
import { Button } from '@/app/_components/ui/button';

/** A plain GET form: the year lives in the URL, works without script, can be bookmarked. */
export function YearChooser({ action, year, years, t }: { action: string; year: number; years: number[]; t: TFunction }) {
  return (
    <form method="get" action={action} className="filter-bar year-chooser no-print">
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
        <Button type="submit" appearance="secondary">
          {t('yearChooser.show')}
        </Button>
      </div>
    </form>
  );
}

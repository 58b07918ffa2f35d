import Link from 'next/link';
import { Button } from '@/app/_components/ui/button';
import { FilterSelect, type SelectOption } from '@/app/_components/ui/field-frame';
import { FilterBar } from '@/app/_components/ui/filter-bar';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n/settings';

/**
 * The filters of the SIB ledger and the investor report: a contract and a period (a quarter,
 * or also a year on the report), the ledger adding the milestone's state. One GET form on the
 * kit's FilterBar, so both pages filter, fold on a phone and stay off paper alike.
 */
export function SibFilters({
  lng,
  action,
  title,
  contracts,
  contractId,
  period,
  periodParam,
  periodLabel,
  periods,
  periodName,
  status,
}: {
  lng: Lng;
  action: string;
  title: string;
  contracts: { id: number; name: string }[];
  contractId: number;
  period: string;
  /** The URL key of the period: the ledger's 'quarter', the report's 'period'. */
  periodParam: 'quarter' | 'period';
  periodLabel: string;
  periods: string[];
  periodName: (period: string) => string;
  /** The ledger's state filter, with the link that clears it. */
  status?: { value: string | undefined; options: SelectOption[]; clearHref: string };
}) {
  const t = getT(lng, 'sib');
  const active = status?.value ? 1 : 0;
  return (
    <div className="no-print">
      <FilterBar
        key={`${contractId}-${period}-${status?.value ?? ''}`}
        action={action}
        title={title}
        activeFilters={active}
        testId="sib-filters"
        actions={
          <>
            <Button type="submit">{t('ledger.show')}</Button>
            {status && active > 0 ? <Link href={status.clearHref}>{t('ledger.allStatuses')}</Link> : null}
          </>
        }
      >
        <FilterSelect
          id="sib-contract"
          name="contract"
          label={t('ledger.contract')}
          defaultValue={String(contractId)}
          options={contracts.map((contract) => ({ value: String(contract.id), label: contract.name }))}
        />
        <FilterSelect
          id="sib-period"
          name={periodParam}
          label={periodLabel}
          defaultValue={period}
          options={periods.map((p) => ({ value: p, label: periodName(p) }))}
        />
        {status ? (
          <FilterSelect
            id="sib-status"
            name="status"
            label={t('ledger.status')}
            defaultValue={status.value ?? ''}
            options={[{ value: '', label: t('ledger.allStatuses') }, ...status.options]}
          />
        ) : null}
      </FilterBar>
    </div>
  );
}

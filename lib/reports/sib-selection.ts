import 'server-only';
import type { Database } from '@/db/client';
import { listContracts, type ContractListRow } from '@/db/queries/sib-contracts';
import { investorReport, type InvestorReport } from '@/db/queries/sib-report';
import { periodDays, quarterDays, quarterOf, type LedgerStatus } from '@/lib/domain/sib';
import { ledgerFilterSchema } from '@/lib/validation/sib';

/**
 * What the SIB ledger and the investor's report show for the parameters of a request, worked
 * out once for the page and its Excel export alike: the same contract (the one asked for, else
 * the one in force today, else the first), the same period and the same status filter, so a
 * download always holds exactly what is on screen.
 */
type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function pickContract(contracts: ContractListRow[], wanted: number | undefined, today: string): ContractListRow | null {
  return contracts.find((c) => c.id === wanted) ?? contracts.find((c) => c.startsOn <= today && today <= c.endsOn) ?? contracts[0] ?? null;
}

export interface LedgerSelection {
  contracts: ContractListRow[];
  contract: ContractListRow | null;
  quarter: string;
  from: string;
  to: string;
  status: LedgerStatus | null;
  page: number;
}

export async function ledgerSelection(db: Database, params: Params, today: string): Promise<LedgerSelection> {
  const filters = ledgerFilterSchema.parse({
    contract: one(params.contract),
    quarter: one(params.quarter),
    status: one(params.status),
    page: one(params.page),
  });
  const quarter = filters.quarter ?? quarterOf(today);
  const days = quarterDays(quarter)!;
  const contracts = await listContracts(db);
  return { contracts, contract: pickContract(contracts, filters.contract, today), quarter, ...days, status: filters.status ?? null, page: filters.page };
}

export interface ReportSelection {
  contracts: ContractListRow[];
  contract: ContractListRow | null;
  period: string;
  report: InvestorReport | null;
  /** The page of people shown (1 when all of them are). */
  page: number;
}

/** People per page of the report on screen; the exports hold all of them. */
export const REPORT_PEOPLE_PAGE_SIZE = 50;

/**
 * The investor's report of a contract and a period (a quarter or a year; the current year when
 * none is asked). `paged`: the people one page at a time (the page on screen); else all of them.
 */
export async function reportSelection(db: Database, params: Params, today: string, paged = false): Promise<ReportSelection> {
  const asked = one(params.period) ?? '';
  const period = periodDays(asked) ? asked : today.slice(0, 4);
  const days = periodDays(period)!;
  const contracts = await listContracts(db);
  const contract = pickContract(contracts, Number(one(params.contract)), today);
  const page = paged ? ledgerFilterSchema.shape.page.parse(one(params.page)) : 1;
  // A pseudonym is stable per report (contract and period), unlinkable across reports without the secret.
  const secret = process.env.SIB_PSEUDONYM_SECRET ?? process.env.NEXTAUTH_SECRET ?? '';
  const report = contract
    ? await investorReport(db, {
        contractId: contract.id,
        from: days.from,
        to: days.to,
        today,
        key: `${contract.id}:${period}`,
        secret,
        peoplePage: paged ? { page, size: REPORT_PEOPLE_PAGE_SIZE } : undefined,
      })
    : null;
  return { contracts, contract, period, report, page };
}

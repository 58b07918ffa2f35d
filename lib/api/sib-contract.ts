import 'server-only';
import type { Database } from '@/db/client';
import { listContracts } from '@/db/queries/sib-contracts';

/** The contract asked for, or the one in force today (as the SIB pages choose). */
export async function chosenContract(db: Database, id: number | undefined, today: string) {
  const contracts = await listContracts(db);
  const contract = id ? contracts.find((c) => c.id === id) : (contracts.find((c) => c.startsOn <= today && today <= c.endsOn) ?? contracts[0]);
  return contract
    ? { id: contract.id, name: contract.name, investor: contract.investor, startsOn: contract.startsOn, endsOn: contract.endsOn, capCents: contract.capCents }
    : null;
}

import { z } from 'zod';
import { sectors } from '@/db/schema/enums';
import { defineListParams, listChoice, listFilter } from './list-params';
import { recordId, selectedId } from './fields';

/** Linking a posting to an existing employer (chosen in a select). */
export const linkBaPostingSchema = z.object({ postingId: recordId, employerId: selectedId.transform(Number) });
/** Creating the employer from the posting's firma and place; the sector is the caseworker's pick. */
export const createEmployerFromBaPostingSchema = z.object({ postingId: recordId, sector: z.enum(sectors, { error: 'chooseOne' }) });
export const unlinkBaPostingSchema = z.object({ postingId: recordId });

/** The BA postings list's URL state. */
export const baPostingList = defineListParams(
  z.object({
    q: listFilter(
      z
        .string()
        .trim()
        .max(100)
        .regex(/^[^\u0000-\u001f\u007f-\u009f]*$/),
    ),
    // Postings still waiting for an employer first: that is the caseworker's work list.
    link: listChoice(['unlinked', 'linked', 'all'], 'unlinked'),
    expired: listFilter(z.enum(['1'])),
  }),
  { pageSize: 25 },
);

import { z } from 'zod';
import { sectors } from '@/db/schema/enums';
import { emailAddress, germanPostcode, lngField, newPassword, optionalText, requiredText, selectedId, websiteUrl } from './fields';

/** An employer organisation created by an admin together with its first employer user. */
export const createEmployerWithUserSchema = z.object({
  name: requiredText(200),
  street: optionalText(200),
  postcode: germanPostcode,
  placeId: selectedId,
  sector: z.enum(sectors, { error: 'chooseOne' }),
  website: websiteUrl,
  userName: requiredText(120),
  userEmail: emailAddress,
  userLocale: lngField,
  userPassword: newPassword,
});
export type CreateEmployerWithUserInput = z.input<typeof createEmployerWithUserSchema>;

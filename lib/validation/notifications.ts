import { z } from 'zod';
import { recordId } from './fields';

export const markNotificationReadSchema = z.object({ id: recordId });
export const markAllNotificationsReadSchema = z.object({ all: z.literal(true, { error: 'invalid' }) });

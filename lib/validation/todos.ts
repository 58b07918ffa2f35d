import { z } from 'zod';

/** A to-do's key as the home page builds it (db/queries/todos.ts), ticked off or put aside. */
export const dismissTodoSchema = z.object({
  key: z
    .string()
    .max(80, { error: 'invalid' })
    .regex(/^(candidate|interview|reply|check|consent|stream):[A-Za-z0-9_-]+(:[A-Za-z0-9_-]+){0,2}$/, { error: 'invalid' }),
  how: z.enum(['done', 'dismissed'], { error: 'invalid' }),
});

import { z } from 'zod';
import './zod-setup';

export const signInSchema = z.object({
  email: z.string().trim().min(1, 'required').max(254, 'invalid').email('email'),
  password: z.string().min(1, 'required').max(1024, 'invalid'),
});

export type SignInInput = z.infer<typeof signInSchema>;

import { z } from 'zod';
import './zod-setup';

export const signInSchema = z.object({
  email: z.string().trim().min(1, 'required').max(254, 'invalid').email('email'),
  password: z.string().min(1, 'required').max(1024, 'invalid'),
  /** The second step: a 6-digit code from the authenticator app, or a recovery code. */
  code: z
    .string()
    .trim()
    .max(32, 'invalid')
    .regex(/^[A-Za-z0-9 -]*$/, 'invalid')
    .optional(),
});

export type SignInInput = z.infer<typeof signInSchema>;

/** The second step of the sign-in form: the code alone (email and password stay from step one). */
export const signInCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'required')
    .max(32, 'invalid')
    .regex(/^[A-Za-z0-9 -]*$/, 'invalid'),
});
export type SignInCodeInput = z.infer<typeof signInCodeSchema>;

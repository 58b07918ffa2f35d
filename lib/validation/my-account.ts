import { z } from 'zod';
import { emailAddress, lngField, newPassword } from './fields';

/** "Forgot password": the address only; the answer is the same whether it has an account. */
export const requestPasswordResetSchema = z.object({ email: emailAddress, lng: lngField });
export type RequestPasswordResetInput = z.input<typeof requestPasswordResetSchema>;

const confirmed = <T extends { password: string; confirmPassword: string }>(value: T, ctx: z.RefinementCtx) => {
  if (value.password !== value.confirmPassword) ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'passwordMismatch' });
};

/** A new password through an invitation or reset link. */
export const setPasswordSchema = z
  .object({
    token: z
      .string()
      .max(100, 'invalid')
      .regex(/^[A-Za-z0-9_-]{43}$/, 'invalid'),
    password: newPassword,
    confirmPassword: z
      .string()
      .max(200, 'invalid')
      .refine((v) => !/[\u0000-\u001f]/.test(v), 'invalidCharacters'),
  })
  .superRefine(confirmed);
export type SetPasswordInput = z.input<typeof setPasswordSchema>;

/** "My account": a new password needs the current one. */
export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, 'required')
      .max(1024, 'invalid')
      .refine((v) => !/[\u0000-\u001f]/.test(v), 'invalidCharacters'),
    password: newPassword,
    confirmPassword: z
      .string()
      .max(200, 'invalid')
      .refine((v) => !/[\u0000-\u001f]/.test(v), 'invalidCharacters'),
  })
  .superRefine(confirmed);
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const changeLanguageSchema = z.object({ locale: lngField });
export type ChangeLanguageInput = z.input<typeof changeLanguageSchema>;

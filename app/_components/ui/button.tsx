import Link from 'next/link';
import type { ButtonHTMLAttributes, ComponentProps, ReactNode } from 'react';
import '@utrecht/button-css';
import '@utrecht/button-link-css';
import './button.css';

export type ButtonAppearance = 'primary' | 'secondary' | 'subtle' | 'danger';

const appearanceClass: Record<ButtonAppearance, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
  danger: 'utrecht-button--primary-action utrecht-button--danger',
};

function classes(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/** The NL Design System button; `type` defaults to "button" so that only a submit button submits. */
export function Button({
  appearance = 'primary',
  small,
  className,
  type = 'button',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { appearance?: ButtonAppearance; small?: boolean }) {
  return (
    <button type={type} className={classes('utrecht-button', appearanceClass[appearance], 'gz-button', small && 'gz-button--small', className)} {...props} />
  );
}

/** A link that looks like a button: for navigation (a new page), never for an action. */
export function ButtonLink({
  appearance = 'primary',
  small,
  className,
  ...props
}: ComponentProps<typeof Link> & { appearance?: Exclude<ButtonAppearance, 'danger'>; small?: boolean }) {
  const look = { primary: 'utrecht-button-link--primary-action', secondary: 'utrecht-button-link--secondary-action', subtle: 'utrecht-button-link--subtle' }[
    appearance
  ];
  return (
    <Link className={classes('utrecht-button-link', 'utrecht-button-link--html-a', look, 'gz-button', small && 'gz-button--small', className)} {...props} />
  );
}

/** A file download (a CSV from a route handler) that looks like a button: a plain <a download>. */
export function DownloadLink({ href, children, appearance = 'secondary' }: { href: string; children: ReactNode; appearance?: 'primary' | 'secondary' }) {
  return (
    <a className={classes('utrecht-button-link', 'utrecht-button-link--html-a', `utrecht-button-link--${appearance}-action`, 'gz-button')} href={href} download>
      {children}
    </a>
  );
}

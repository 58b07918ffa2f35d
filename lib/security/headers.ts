/**
 * Security headers of every response. The Content-Security-Policy carries a fresh nonce per
 * request: Next.js reads it from the request's CSP header and puts it on its own scripts, and
 * 'strict-dynamic' lets those load the rest. No 'unsafe-inline' for scripts, so an injected
 * <script> or event handler attribute does not run even if escaping ever failed.
 */

export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(options: { nonce: string; dev?: boolean; https?: boolean }): string {
  const { nonce, dev = false, https = false } = options;
  const directives = [
    "default-src 'self'",
    // React's development build evaluates code for its debugging tools; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ];
  if (https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/** For JSON and other non-HTML answers (route handlers): nothing may load or frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Headers every response gets, whatever it is. */
export const baseSecurityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * Whether the client reached us over HTTPS: directly, through a TLS-terminating proxy that
 * says so (X-Forwarded-Proto), or because the app's public URL is https. HSTS over plain
 * HTTP would be ignored by browsers anyway, and on localhost it would only get in the way.
 */
export function servedOverHttps(input: { protocol?: string; forwardedProto?: string | null; publicUrl?: string | null }): boolean {
  if (input.protocol === 'https:') return true;
  if (input.forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https') return true;
  return Boolean(input.publicUrl?.trim().toLowerCase().startsWith('https://'));
}

import type { NextConfig } from 'next';

// Static files bypass proxy.ts (which sets the headers of pages and route handlers).
const staticHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly from files next to its module; bundling it breaks that at run time.
  // pg-boss (with its pg driver) and nodemailer run as plain Node modules in the server process.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pg-boss', 'nodemailer'],
  poweredByHeader: false,
  experimental: {
    // forbidden() gives a real 403 page instead of a crash or a silent redirect.
    authInterrupts: true,
  },
  // Browsers ask for /favicon.ico on pages whose <link rel="icon"> has not arrived yet (Next
  // streams metadata; the 404 page is one): answer with the app's icon instead of a 404.
  async rewrites() {
    return [{ source: '/favicon.ico', destination: '/icon.svg' }];
  },
  async headers() {
    return [
      { source: '/_next/static/:path*', headers: staticHeaders },
      { source: '/_next/image', headers: staticHeaders },
      {
        source: '/_next/static/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }],
      },
    ];
  },
};

export default nextConfig;

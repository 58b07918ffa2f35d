import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly from files next to its module; bundling it breaks that at run time.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2'],
  poweredByHeader: false,
  experimental: {
    // forbidden() gives a real 403 page instead of a crash or a silent redirect.
    authInterrupts: true,
  },
};

export default nextConfig;

// Empty: lets tests import server-only modules (see vitest.config.ts).
export {};

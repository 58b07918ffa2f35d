import type { SampleIdResolver } from '../sample-ids';

/**
 * Ids for this feature's ':name' placeholders in its access-matrix sample paths, found in the
 * demo data. For ownership pages: 'own' belongs to the demo employer's company, 'foreign' to another.
 */
export const pipelineResolvers: Record<string, SampleIdResolver> = {};

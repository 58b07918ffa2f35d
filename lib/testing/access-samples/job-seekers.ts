import type { FeatureSamples } from '../access-fixtures';

/** Rows this feature's access-matrix samples need, by name (SampleIds.more). */
export const jobSeekerSamples: FeatureSamples = async () => ({});

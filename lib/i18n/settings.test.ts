import { describe, expect, it } from 'vitest';
import { languageFromAcceptHeader } from './settings';

describe('languageFromAcceptHeader', () => {
  it.each([
    [undefined, 'nl'],
    ['', 'nl'],
    ['de-DE,de;q=0.9,en;q=0.8', 'de'],
    ['en-US,en;q=0.9,de;q=0.5', 'de'],
    ['nl-BE', 'nl'],
    ['fr-FR,en;q=0.5', 'nl'],
    ['nl;q=0.2,de;q=0.8', 'de'],
    ['de;q=0,nl;q=0.1', 'nl'],
  ])('%s -> %s', (header, expected) => {
    expect(languageFromAcceptHeader(header)).toBe(expected);
  });
});

import 'server-only';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as de from '@zxcvbn-ts/language-de';
import * as nl from '@zxcvbn-ts/language-nl-be';

/**
 * Refuses passwords that are common or easy to guess: zxcvbn-ts with its common (leaked
 * passwords, keyboard patterns), German and Dutch dictionaries, all local (no network look-up).
 * The person's own name and e-mail count as guessable. Runs on the server only: the
 * dictionaries are megabytes, and a check in the browser proves nothing anyway.
 */
const zxcvbn = new ZxcvbnFactory({
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...de.dictionary, ...nl.dictionary },
});

/** zxcvbn score 0..4: only 4 (about 10^10 guesses or more, "very unguessable") is accepted. */
const MIN_SCORE = 4;

export function isGuessablePassword(password: string, personal: (string | null | undefined)[] = []): boolean {
  const inputs = personal.flatMap((v) => (v ? [v, ...v.split(/[@.\s_-]+/).filter((p) => p.length >= 3)] : []));
  return zxcvbn.check(password, inputs).score < MIN_SCORE;
}

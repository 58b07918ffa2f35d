import { describe, expect, it } from 'vitest';
import { isDeliberateView } from './deliberate-view';

const view = (headers: Record<string, string>) => isDeliberateView((name) => headers[name]);

describe('isDeliberateView: when an employer opening a proposal marks it seen', () => {
  it('counts a click in the app, a typed address or bookmark, and an old browser', () => {
    expect(view({ 'sec-fetch-site': 'same-origin', rsc: '1' })).toBe(true);
    expect(view({ 'sec-fetch-site': 'none' })).toBe(true);
    expect(view({})).toBe(true);
  });

  it('does not count prefetches of the router or the browser', () => {
    expect(view({ 'sec-fetch-site': 'same-origin', 'next-router-prefetch': '1' })).toBe(false);
    expect(view({ 'sec-fetch-site': 'same-origin', 'sec-purpose': 'prefetch;prerender' })).toBe(false);
    expect(view({ purpose: 'prefetch' })).toBe(false);
    expect(view({ 'x-middleware-prefetch': '1' })).toBe(false);
  });

  it('does not count a navigation from another site', () => {
    expect(view({ 'sec-fetch-site': 'cross-site' })).toBe(false);
    expect(view({ 'sec-fetch-site': 'same-site' })).toBe(false);
  });
});

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Pagination } from './pagination';

const href = (page: number) => `/de/x?page=${page}`;

describe('Pagination', () => {
  it('is not there when everything fits on one page', () => {
    expect(renderToStaticMarkup(<Pagination lng="de" page={1} pageCount={1} href={href} />)).toBe('');
  });

  it('links to the pages that exist and shows the others as disabled, in the reader’s language', () => {
    const first = renderToStaticMarkup(<Pagination lng="de" page={1} pageCount={3} href={href} />);
    expect(first).toContain('aria-label="Seitennavigation"');
    expect(first).toMatch(/<span aria-disabled="true"[^>]*>Erste Seite<\/span>/);
    expect(first).toMatch(/<a rel="next"[^>]*href="\/de\/x\?page=2"[^>]*>Nächste Seite<\/a>/);
    expect(first).toMatch(/<a [^>]*href="\/de\/x\?page=3"[^>]*>Letzte Seite<\/a>/);
    expect(first).toContain('<li aria-current="page" class="gz-pagination__current">Seite 1 von 3</li>');

    const last = renderToStaticMarkup(<Pagination lng="nl" page={3} pageCount={3} href={href} label="Paginering" />);
    expect(last).toMatch(/<a rel="prev"[^>]*href="\/de\/x\?page=2"[^>]*>Vorige pagina<\/a>/);
    expect(last).toMatch(/<span aria-disabled="true"[^>]*>Volgende pagina<\/span>/);
  });

  it('shows "page x" without first and last when the list does not count its rows', () => {
    expect(renderToStaticMarkup(<Pagination lng="nl" page={1} hasNext={false} href={href} />)).toBe('');
    const middle = renderToStaticMarkup(<Pagination lng="de" page={2} hasNext href={href} />);
    expect(middle).toContain('<li aria-current="page" class="gz-pagination__current">Seite 2</li>');
    expect(middle).toMatch(/<a rel="prev"[^>]*href="\/de\/x\?page=1"/);
    expect(middle).toMatch(/<a rel="next"[^>]*href="\/de\/x\?page=3"/);
    expect(middle).not.toContain('Erste Seite');
    expect(middle).not.toContain('Letzte Seite');
    const last = renderToStaticMarkup(<Pagination lng="nl" page={4} hasNext={false} href={href} />);
    expect(last).toMatch(/<span aria-disabled="true"[^>]*>Volgende pagina<\/span>/);
  });
});

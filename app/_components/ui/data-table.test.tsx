import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type Column, DataTable } from './data-table';

type Row = { id: number; name: string; place: string };
const columns: Column<Row>[] = [
  { key: 'name', header: 'Naam', sort: 'name', rowHeader: true, cell: (r) => r.name },
  { key: 'place', header: 'Woonplaats', sort: 'place', cell: (r) => r.place },
  { key: 'id', header: 'Nummer', numeric: true, cell: (r) => String(r.id) },
];
const sortHref = (sort: string, dir: string) => `/nl/x?sort=${sort}&dir=${dir}`;

function render(rows: Row[], sort = { sort: 'name', dir: 'asc' as 'asc' | 'desc' }) {
  return renderToStaticMarkup(
    <DataTable
      lng="nl"
      caption="Werkzoekenden"
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      rowTestId={(r) => `row-${r.id}`}
      empty="Niemand gevonden."
      sort={{ ...sort, href: sortHref }}
      actions={(r) => <button type="button">Open {r.name}</button>}
    />,
  );
}

describe('DataTable', () => {
  it('marks the sorted column with aria-sort and links each sortable header to its next order', () => {
    const html = render([{ id: 1, name: 'Anna', place: 'Enschede' }], { sort: 'name', dir: 'asc' });
    expect(html).toMatch(/<th scope="col"[^>]*aria-sort="ascending"[^>]*><a [^>]*href="\/nl\/x\?sort=name&amp;dir=desc"/);
    // Not sorted by place: no aria-sort there, and its link sorts ascending first.
    expect(html).toMatch(/<th scope="col"[^>]*><a [^>]*href="\/nl\/x\?sort=place&amp;dir=asc"/);
    expect(html.match(/aria-sort=/g)).toHaveLength(1);
    expect(render([], { sort: 'place', dir: 'desc' })).toContain('aria-sort="descending"');
  });

  it('has a caption, a row header per row and the column name on every other cell (the phone card labels)', () => {
    const html = render([{ id: 7, name: 'Anna', place: 'Hengelo' }]);
    expect(html).toContain('<caption');
    expect(html).toContain('Werkzoekenden</caption>');
    expect(html).toMatch(/<tr[^>]*data-testid="row-7"><th scope="row"[^>]*>Anna<\/th>/);
    expect(html).toContain('data-label="Woonplaats">Hengelo</td>');
    expect(html).toContain('data-label="Acties"><button type="button">Open Anna</button></td>');
  });

  it('shows the empty state across all columns, actions included', () => {
    const html = render([]);
    expect(html).toContain('<td colSpan="4"');
    expect(html).toContain('Niemand gevonden.');
    expect(html).not.toContain('scope="row"');
  });

  it('stays a table on a phone only when asked to (compact: a name and a few short figures)', () => {
    const plain = render([{ id: 1, name: 'Anna', place: 'Enschede' }]);
    expect(plain).not.toContain('gz-table--compact');
    const compact = renderToStaticMarkup(<DataTable lng="nl" caption="Per sector" columns={columns} rows={[]} rowKey={(r) => r.id} empty="Geen." compact />);
    expect(compact).toContain('class="utrecht-table utrecht-table--html-table gz-table gz-table--compact"');
  });
});

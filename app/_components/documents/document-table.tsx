import type { TFunction } from 'i18next';
import { type Column, DataTable } from '@/app/_components/ui/data-table';
import type { DocumentListItem } from '@/db/queries/documents';
import { employerScopeOfKind, hasPreview, type DocumentKind } from '@/lib/domain/documents';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import type { Lng } from '@/lib/i18n/settings';
import { DeleteDocumentButton } from './delete-document-button';
import { DocumentPreview } from './document-preview';
import './document-table.css';

/**
 * A list of documents with download links (plain links to the download route: it answers
 * with an attachment, so the browser saves the file instead of opening it).
 * Staff also see whether a kind can ever reach an employer, and may delete.
 * On the kit's DataTable: a card per document on a phone instead of a table to scroll sideways.
 * With `pagePath`, images get a preview link: the same page with ?preview=<id>, which shows the
 * image above the table (a link, not a script, so it works like any other page).
 */
export function DocumentTable({
  lng,
  t,
  items,
  staff,
  caption,
  testId,
  pagePath,
  previewId,
}: {
  lng: Lng;
  t: TFunction;
  items: DocumentListItem[];
  staff: boolean;
  caption: string;
  testId: string;
  /** The page the table is on, for the preview links; without it, no previews. */
  pagePath?: string;
  /** The document whose preview is open (from ?preview=); only an image of this table shows. */
  previewId?: number | null;
}) {
  const previewed = pagePath ? items.find((d) => d.id === previewId && hasPreview(d.contentType)) : undefined;
  const columns: Column<DocumentListItem>[] = [
    { key: 'title', header: t('documents:titleLabel'), rowHeader: true, cell: (d) => d.title },
    { key: 'kind', header: t('documents:kindLabel'), cell: (d) => t(`documents:kind.${d.kind}`) },
    { key: 'date', header: t('documents:dateLabel'), cell: (d) => (d.documentDate ? formatDate(lng, d.documentDate) : '—') },
    { key: 'size', header: t('documents:size'), cell: (d) => t('documents:sizeKb', { size: formatNumber(lng, Math.max(1, Math.round(d.byteSize / 1024))) }) },
  ];
  if (staff)
    columns.push(
      { key: 'uploadedBy', header: t('documents:uploadedBy'), cell: (d) => `${d.uploadedByName ?? '—'}, ${formatDate(lng, d.uploadedAt)}` },
      {
        key: 'employerVisible',
        header: t('documents:employerVisible'),
        cell: (d) => (employerScopeOfKind[d.kind as DocumentKind] ? t('documents:employerVisibleYes') : t('documents:employerVisibleNo')),
      },
    );
  return (
    <>
      {previewed && pagePath ? <DocumentPreview t={t} item={previewed} closeHref={pagePath} testId={`${testId}-preview`} /> : null}
      <DataTable
        lng={lng}
        caption={caption}
        captionHidden
        testId={testId}
        className="document-table"
        columns={columns}
        rows={items}
        rowKey={(d) => d.id}
        empty={null}
        actions={(d) => (
          <div className="gz-row-actions">
            <a href={`/api/documents/${d.id}`} download aria-label={t('documents:downloadNamed', { title: d.title })}>
              {t('documents:download')}
            </a>
            {pagePath && hasPreview(d.contentType) ? (
              <a href={`${pagePath}?preview=${d.id}#document-preview`} aria-label={t('documents:previewNamed', { title: d.title })}>
                {t('documents:preview')}
              </a>
            ) : null}
            {staff ? <DeleteDocumentButton id={d.id} title={d.title} /> : null}
          </div>
        )}
      />
    </>
  );
}

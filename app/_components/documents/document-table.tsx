import type { TFunction } from 'i18next';
import type { DocumentListItem } from '@/db/queries/documents';
import { employerScopeOfKind, type DocumentKind } from '@/lib/domain/documents';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import type { Lng } from '@/lib/i18n/settings';
import { DeleteDocumentButton } from './delete-document-button';

/**
 * A list of documents with download links (plain links to the download route: it answers
 * with an attachment, so the browser saves the file instead of opening it).
 * Staff also see whether a kind can ever reach an employer, and may delete.
 */
export function DocumentTable({
  lng,
  t,
  items,
  staff,
  caption,
  testId,
}: {
  lng: Lng;
  t: TFunction;
  items: DocumentListItem[];
  staff: boolean;
  caption: string;
  testId: string;
}) {
  return (
    // Scrollable for keyboards (tabIndex); the table is named by its caption. Not a named section:
    // that would repeat the landmark of the card around it (same heading, same name).
    <div className="table-wrap" tabIndex={0}>
      <table data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('documents:titleLabel')}</th>
            <th scope="col">{t('documents:kindLabel')}</th>
            <th scope="col">{t('documents:dateLabel')}</th>
            <th scope="col">{t('documents:size')}</th>
            {staff ? <th scope="col">{t('documents:uploadedBy')}</th> : null}
            {staff ? <th scope="col">{t('documents:employerVisible')}</th> : null}
            <th scope="col">
              <span className="visually-hidden">{t('documents:download')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.title}</th>
              <td>{t(`documents:kind.${d.kind}`)}</td>
              <td>{d.documentDate ? formatDate(lng, d.documentDate) : '—'}</td>
              <td>{t('documents:sizeKb', { size: formatNumber(lng, Math.max(1, Math.round(d.byteSize / 1024))) })}</td>
              {staff ? (
                <td>
                  {d.uploadedByName ?? '—'}, {formatDate(lng, d.uploadedAt)}
                </td>
              ) : null}
              {staff ? <td>{employerScopeOfKind[d.kind as DocumentKind] ? t('documents:employerVisibleYes') : t('documents:employerVisibleNo')}</td> : null}
              <td>
                <a href={`/api/documents/${d.id}`} download aria-label={t('documents:downloadNamed', { title: d.title })}>
                  {t('documents:download')}
                </a>
                {staff ? (
                  <>
                    {' '}
                    <DeleteDocumentButton id={d.id} title={d.title} />
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { TFunction } from 'i18next';
import type { DocumentListItem } from '@/db/queries/documents';
import './document-preview.css';

/**
 * An image document shown on the page, as a plain <img> from the preview route (which checks
 * the reader again and audits the view): no script, nothing from elsewhere. Closing it is a link
 * back to the page without the preview.
 */
export function DocumentPreview({ t, item, closeHref, testId }: { t: TFunction; item: DocumentListItem; closeHref: string; testId: string }) {
  return (
    <figure className="document-preview" id="document-preview" data-testid={testId}>
      {/* biome-ignore lint/performance/noImgElement: an authorised, uncached file of unknown size; next/image would copy it through its optimiser */}
      <img src={`/api/documents/${item.id}/preview`} alt={t('documents:previewAlt', { title: item.title })} />
      <figcaption>
        <span>{item.title}</span>
        <a href={closeHref}>{t('documents:closePreview')}</a>
      </figcaption>
    </figure>
  );
}

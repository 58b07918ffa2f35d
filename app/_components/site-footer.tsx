import Link from 'next/link';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n/settings';
import './site-footer.css';

/** Who runs Grenzeloos, how to reach them, and the privacy statement: on every page. */
export function SiteFooter({ lng }: { lng: Lng }) {
  const t = getT(lng);
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <div>
          <p className="site-footer-title">{t('footer.contactTitle')}</p>
          <p>{t('footer.address')}</p>
          <p>{t('footer.phone')}</p>
        </div>
        <div>
          <p>{t('footer.programme')}</p>
          <p>
            <Link href={`/${lng}/privacy`}>{t('footer.privacy')}</Link>
          </p>
        </div>
      </div>
    </footer>
  );
}

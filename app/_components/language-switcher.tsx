'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useLng, useT } from '@/lib/i18n/client';
import { languageCookie, languages } from '@/lib/i18n/settings';

/** Links to the same page in the other language; the choice is remembered in a cookie. */
export function LanguageSwitcher() {
  const lng = useLng();
  const t = useT();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const rest = pathname.replace(/^\/(nl|de)(?=\/|$)/, '');
  return (
    <nav aria-label={t('language.label')} className="language-switcher">
      <ul>
        {languages.map((other) => (
          <li key={other}>
            {other === lng ? (
              <span aria-current="true" lang={other}>
                {t(`language.${other}`)}
              </span>
            ) : (
              <a
                href={`/${other}${rest}${search ? `?${search}` : ''}`}
                lang={other}
                hrefLang={other}
                title={t('language.switchTo', { language: t(`language.${other}`) })}
                onClick={() => {
                  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Firefox and Safari; one plain cookie is all we set
                  document.cookie = `${languageCookie}=${other}; path=/; max-age=31536000; samesite=lax`;
                }}
              >
                {t(`language.${other}`)}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

'use client';

import { useEffect } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import { useLng, useT } from '@/lib/i18n/client';
import { languageCookie, languages } from '@/lib/i18n/settings';

/**
 * Forms the user has typed into since they last submitted them. Switching language loads the
 * page anew and drops what was typed, so the switcher asks first. Tracked from input events
 * (not by comparing with default values: react-hook-form fills fields through the DOM, which
 * would make every edit form look changed). A submitted form that came back with invalid fields
 * still holds unsaved input, hence the aria-invalid check.
 */
const typedInto = new WeakSet<HTMLFormElement>();

function markTyped(event: Event) {
  const form = (event.target as HTMLElement | null)?.closest?.('form');
  if (form) typedInto.add(form);
}

function markSubmitted(event: Event) {
  if (event.target instanceof HTMLFormElement) typedInto.delete(event.target);
}

function hasUnsavedInput(doc: Document = document): boolean {
  return Array.from(doc.forms).some((form) => typedInto.has(form) || form.querySelector('[aria-invalid="true"]') !== null);
}

/** Links to the same page in the other language; the choice is remembered in a cookie. */
export function LanguageSwitcher() {
  const lng = useLng();
  const t = useT();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const rest = pathname.replace(/^\/(nl|de)(?=\/|$)/, '');

  useEffect(() => {
    document.addEventListener('input', markTyped, true);
    document.addEventListener('change', markTyped, true);
    document.addEventListener('submit', markSubmitted, true);
    return () => {
      document.removeEventListener('input', markTyped, true);
      document.removeEventListener('change', markTyped, true);
      document.removeEventListener('submit', markSubmitted, true);
    };
  }, []);

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
                title={t('language.switchTo', { language: t(`domain:language.${other}`) })}
                onClick={(event) => {
                  if (hasUnsavedInput() && !window.confirm(t('language.unsavedInput'))) {
                    event.preventDefault();
                    return;
                  }
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

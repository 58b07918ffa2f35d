import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HydrationMarker } from '@/app/_components/hydration-marker';
import { I18nProvider } from '@/lib/i18n/client';
import { resources } from '@/lib/i18n/resources';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import '@/app/_components/ui/tokens.css';
import '../globals.css';
import '@/app/_components/ui/print.css';

export async function generateMetadata({ params }: { params: Promise<{ lng: string }> }): Promise<Metadata> {
  const { lng } = await params;
  const t = getT(isLng(lng) ? lng : 'nl');
  return { title: { default: t('appName'), template: `%s · ${t('appName')}` }, description: t('tagline') };
}

export default async function LanguageLayout({ children, params }: { children: ReactNode; params: Promise<{ lng: string }> }) {
  const { lng } = await params;
  if (!isLng(lng)) notFound();
  const t = getT(lng);
  return (
    <html lang={lng}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <I18nProvider lng={lng} texts={resources[lng]}>
          {children}
        </I18nProvider>
        <HydrationMarker />
      </body>
    </html>
  );
}

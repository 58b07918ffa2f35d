import 'server-only';
import type { TFunction } from 'i18next';
import QRCode from 'qrcode';
import { Alert } from '@/app/_components/ui/alert';
import { Card } from '@/app/_components/ui/card';
import type { SecondFactorState } from '@/lib/auth/second-factor';
import { formatDate } from '@/lib/i18n/format';
import type { Lng } from '@/lib/i18n/settings';
import { ConfirmSecondFactorForm, StartSecondFactorButton } from './second-factor-forms';
import './second-factor.css';

/**
 * "Tweestapsverificatie" on My account: start, scan and confirm, or the state of an active factor.
 * The QR code is an SVG made on the server (paths with fill/stroke attributes, no style attribute,
 * so the nonce CSP allows it); the otpauth URI never leaves this page.
 */
export async function SecondFactorSection({ lng, t, state, required }: { lng: Lng; t: TFunction; state: SecondFactorState; required: boolean }) {
  const qr = state.state === 'pending' ? await QRCode.toString(state.uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }) : null;
  return (
    <Card title={t('secondFactor.title')} id="second-factor" testId="second-factor">
      <p className="field-hint">{t('secondFactor.intro')}</p>
      {required && state.state !== 'active' ? (
        <Alert type="warning" testId="second-factor-required">
          {t('secondFactor.required')}
        </Alert>
      ) : null}
      {state.state === 'none' ? (
        <>
          <p>{t('secondFactor.none')}</p>
          <StartSecondFactorButton label={t('secondFactor.start')} />
        </>
      ) : null}
      {state.state === 'pending' && qr ? (
        <>
          <p>{t('secondFactor.scan')}</p>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: an SVG the qrcode package made on the server from our own URI */}
          <div className="second-factor-qr" role="img" aria-label={t('secondFactor.qrAlt')} dangerouslySetInnerHTML={{ __html: qr }} />
          <p>{t('secondFactor.manual')}</p>
          <p className="second-factor-secret" data-testid="second-factor-secret">
            {state.secret.replace(/(.{4})/g, '$1 ').trim()}
          </p>
          <p>{t('secondFactor.confirmStep')}</p>
          <ConfirmSecondFactorForm lng={lng} />
          <StartSecondFactorButton label={t('secondFactor.restart')} appearance="subtle" />
        </>
      ) : null}
      {state.state === 'active' ? (
        <>
          <p data-testid="second-factor-active">{t('secondFactor.active', { date: formatDate(lng, state.confirmedAt), count: state.recoveryCodesLeft })}</p>
          <p className="field-hint">{t('secondFactor.lostPhone')}</p>
        </>
      ) : null}
    </Card>
  );
}

import type { TFunction } from 'i18next';
import { describeReason } from '@/lib/matching/describe-reason';
import type { Reason } from '@/lib/matching/score';
import type { Lng } from '@/lib/i18n/settings';

/** The "why" of a match: short phrases, each marked as fit, caution or obstacle (in words, not colour alone). */
export function ReasonList({ reasons, t, lng }: { reasons: Reason[]; t: TFunction; lng: Lng }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="reason-list">
      {reasons.map((reason, i) => (
        <li key={`${reason.code}-${i}`} className={`reason reason-${reason.tone}`}>
          <span className="visually-hidden">{t(`matching:tone.${reason.tone}`)}: </span>
          {describeReason(t, lng, reason)}
        </li>
      ))}
    </ul>
  );
}

export function ScoreMeter({ score, label }: { score: number; label: string }) {
  return (
    <div className="score">
      <meter min={0} max={100} low={50} high={75} optimum={100} value={score} aria-label={label} />
      <span aria-hidden="true">{score}</span>
    </div>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, groupDigits, maskDigits } from '../../ui';

/** How long a revealed number stays on screen before it hides again by itself. */
export const REVEAL_MS = 30_000;

interface RevealNumberProps {
  value: string;
  visible: number;
  /** Read for the masked number, e.g. "Resident record code ending in 224". */
  maskedLabel: string;
  showLabel: string;
}

/**
 * A sensitive number masked, shown in full on request, hidden again after REVEAL_MS or as soon
 * as the app goes to the background. Groups never split across lines.
 */
export function RevealNumber({ value, visible, maskedLabel, showLabel }: RevealNumberProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setShown(false), REVEAL_MS);
    const onHide = () => document.visibilityState === 'hidden' && setShown(false);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [shown]);
  const groups = shown ? groupDigits(value) : maskDigits(value, visible).split(' ');
  return (
    <>
      <span className="code" aria-label={shown ? undefined : maskedLabel}>
        {/* A space between groups (a line may break there), never inside one. */}
        {groups.map((group, index) => (
          <span key={index}>
            {index > 0 && ' '}
            <span className="code__group">{group}</span>
          </span>
        ))}
      </span>{' '}
      <Button
        variant="secondary"
        className="btn--small"
        aria-pressed={shown}
        onClick={() => setShown(!shown)}
      >
        {shown ? t('wallet.hide') : showLabel}
      </Button>
      {shown && (
        <span className="meta reveal-note" role="status">
          {t('wallet.hidesAgain', { seconds: REVEAL_MS / 1000 })}
        </span>
      )}
    </>
  );
}

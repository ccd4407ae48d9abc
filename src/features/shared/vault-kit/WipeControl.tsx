import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner, Button, Checkbox } from '../../../ui';
import { wipeAndForget } from './wipe-state';

/** Erases everything, after the person confirms they understand it cannot be undone. */
export function WipeControl() {
  const { t } = useTranslation();
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function wipe() {
    setBusy(true);
    setFailed(false);
    try {
      await wipeAndForget();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }

  return (
    <>
      <p>{t('vault.wipe.body')}</p>
      <Checkbox
        label={t('vault.wipe.understand')}
        checked={understood}
        onCheckedChange={setUnderstood}
      />
      {failed && (
        <Banner tone="error" role="alert">
          <p>{t('vault.wipe.failed')}</p>
        </Banner>
      )}
      <div className="actions">
        <Button variant="secondary" disabled={!understood || busy} onClick={() => void wipe()}>
          {t('vault.wipe.button')}
        </Button>
      </div>
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { deleteDraft } from '../../data';
import { Banner, Button } from '../../ui';

/**
 * Deletes an application that never reached the city hall (a draft, or one it refused), after
 * the person confirms. Anything waiting to send or sent is not offered: it may already be there.
 */
export function DeleteDraftControl({ id }: { id: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState(false);

  async function remove() {
    setFailed(false);
    try {
      await deleteDraft(id);
      navigate('/applications');
    } catch {
      setFailed(true);
    }
  }

  // The button stays where it was (focus too); the question appears right after it.
  return (
    <>
      <div className="actions">
        <Button variant="secondary" aria-expanded={asking} onClick={() => setAsking(!asking)}>
          {t('applications.delete.button')}
        </Button>
      </div>
      {asking && (
        <Banner tone="warning" title={t('applications.delete.confirmTitle')}>
          <p>{t('applications.delete.confirmBody')}</p>
          {failed && (
            <p className="field__error" role="alert">
              {t('applications.delete.failed')}
            </p>
          )}
          <div className="actions">
            <Button onClick={() => void remove()}>{t('applications.delete.confirm')}</Button>
            <Button variant="secondary" onClick={() => setAsking(false)}>
              {t('applications.delete.keep')}
            </Button>
          </div>
        </Banner>
      )}
    </>
  );
}

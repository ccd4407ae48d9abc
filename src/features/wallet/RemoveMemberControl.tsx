import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { applicationsNaming, removeMember } from '../../data';
import { Banner, Button } from '../../ui';

/**
 * Removes a member after a question that says what happens to the requests naming them:
 * nothing — each keeps its own copy of the answers.
 */
export function RemoveMemberControl({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [naming, setNaming] = useState<{ drafts: number; others: number }>();
  const [failed, setFailed] = useState(false);

  async function ask() {
    if (naming) {
      setNaming(undefined);
      return;
    }
    setFailed(false);
    try {
      setNaming(await applicationsNaming(id));
    } catch {
      setFailed(true);
    }
  }

  async function remove() {
    setFailed(false);
    try {
      await removeMember(id);
      navigate('/');
    } catch {
      setFailed(true);
    }
  }

  return (
    <>
      <h2>{t('member.remove.title')}</h2>
      <div className="actions">
        <Button variant="secondary" aria-expanded={naming !== undefined} onClick={() => void ask()}>
          {t('member.remove.button')}
        </Button>
      </div>
      {failed && (
        <p className="field__error" role="alert">
          {t('member.remove.failed')}
        </p>
      )}
      {naming && (
        <Banner tone="warning" title={t('member.remove.confirmTitle', { name })}>
          <p>{t('member.remove.confirmBody')}</p>
          <p>
            {naming.drafts + naming.others === 0
              ? t('member.remove.noRequests')
              : t('member.remove.requestsKeepCopy', {
                  drafts: naming.drafts,
                  others: naming.others,
                })}
          </p>
          <div className="actions">
            <Button onClick={() => void remove()}>{t('member.remove.confirm')}</Button>
            <Button variant="secondary" onClick={() => setNaming(undefined)}>
              {t('member.remove.keep')}
            </Button>
          </div>
        </Banner>
      )}
    </>
  );
}

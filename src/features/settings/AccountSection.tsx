import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSignedIn, signedInAs, signIn, signOut } from '../../sync';
import { Button } from '../../ui';

export function AccountSection() {
  const { t } = useTranslation();
  const [signedIn, setSignedIn] = useState<boolean>();
  const [account, setAccount] = useState<string>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void isSignedIn().then(setSignedIn);
    void signedInAs().then(setAccount);
  }, []);
  if (signedIn === undefined) return null;
  return (
    <>
      <h2>{t('settings.account.title')}</h2>
      {signedIn && account && (
        <p className="card__title">{t('settings.account.signedInAs', { account })}</p>
      )}
      <p>{signedIn ? t('settings.account.signedIn') : t('settings.account.signedOut')}</p>
      {signedIn && <p className="meta">{t('settings.account.signOutNote')}</p>}
      {signedIn ? (
        <Button
          variant="secondary"
          onClick={() =>
            void signOut().then(() => {
              setSignedIn(false);
              setAccount(undefined);
            })
          }
        >
          {t('settings.account.signOut')}
        </Button>
      ) : (
        <Button
          variant="secondary"
          onClick={() => void signIn('/settings').catch(() => setFailed(true))}
        >
          {t('applications.signIn.button')}
        </Button>
      )}
      {failed && <p className="field__error">{t('applications.signIn.unreachable')}</p>}
    </>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { completeSignIn } from '../sync';
import { Banner, LinkButton, PageHeading } from '../ui';

/** Where the identity provider sends the person back after signing in. */
export function AuthCallback() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let active = true;
    completeSignIn(new URL(window.location.href))
      .then((returnTo) => {
        if (active) navigate(returnTo, { replace: true });
      })
      .catch(() => {
        if (active) setFailed(true);
      });
    return () => {
      active = false;
    };
  }, [navigate]);
  return (
    <>
      <PageHeading>{failed ? t('auth.failed.title') : t('auth.signingIn')}</PageHeading>
      {failed && (
        <>
          <Banner tone="error" role="alert">
            <p>{t('auth.failed.body')}</p>
          </Banner>
          <LinkButton href="/applications">{t('applications.backToList')}</LinkButton>
        </>
      )}
    </>
  );
}

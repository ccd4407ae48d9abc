import { useTranslation } from 'react-i18next';
import { Button, PageHeading } from '../../ui';

export function WipedScreen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('vault.wiped.title')}</PageHeading>
      <p>{t('vault.wiped.body')}</p>
      <Button onClick={() => window.location.assign('/')}>{t('vault.wiped.startAgain')}</Button>
    </>
  );
}

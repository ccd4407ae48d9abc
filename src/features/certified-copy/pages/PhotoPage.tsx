import { useTranslation } from 'react-i18next';
import { PhotosPanel } from '../../shared/PhotosPanel';
import { WizardPage } from '../../shared/wizard/WizardPage';
import type { CopyPageProps } from './page-props';

/** Online only: a photo of the ID, which by mail would be a copy in the envelope. */
export function PhotoPage({ app, draft, save, frame }: CopyPageProps) {
  const { t } = useTranslation();
  return (
    <WizardPage
      {...frame}
      title={t('copy.photo.title')}
      intro={<p>{t('copy.photo.intro')}</p>}
      errors={[]}
      submitCount={0}
      onSubmit={() => save({ ...draft, municipalityCode: draft.municipalityCode ?? '' })}
    >
      {app && <PhotosPanel app={app} />}
    </WizardPage>
  );
}

import { useTranslation } from 'react-i18next';
import { Banner } from '../../../ui';
import { useCityHall } from '../../shared/city-halls';
import { MunicipalityPicker } from '../../shared/MunicipalityPicker';
import { inputId, type PageResult } from '../../shared/wizard/field-problems';
import { usePageForm } from '../../shared/wizard/use-page-form';
import { WizardPage } from '../../shared/wizard/WizardPage';
import type { CopyPageProps } from './page-props';

interface CityValues {
  municipalityCode: string | undefined;
}

function parseCity({ municipalityCode }: CityValues): PageResult<string> {
  return municipalityCode
    ? { ok: true, answers: municipalityCode }
    : { ok: false, problems: [{ field: 'municipalityCode', reason: 'required' }] };
}

export function CityPage({ draft, save, frame }: CopyPageProps) {
  const { t } = useTranslation();
  const form = usePageForm<CityValues, string>(
    { municipalityCode: draft.municipalityCode },
    parseCity,
    (municipalityCode) => save({ ...draft, municipalityCode }),
    () => t('copy.city.label'),
  );
  const chosenHall = useCityHall(form.values.municipalityCode);
  return (
    <WizardPage
      {...frame}
      title={t('copy.city.title')}
      intro={<p>{t('copy.city.intro')}</p>}
      errors={form.summary}
      submitCount={form.submitCount}
      saveError={form.saveError}
      onSubmit={form.submit}
    >
      <MunicipalityPicker
        id={inputId('municipalityCode')}
        value={form.values.municipalityCode}
        error={form.errorAt('municipalityCode')}
        onChange={(municipalityCode) => form.update({ municipalityCode })}
      />
      {chosenHall && !chosenHall.hasKnownFacts && (
        <Banner title={t('copy.city.unknownFactsTitle')}>
          <p>{t('copy.city.unknownFacts')}</p>
        </Banner>
      )}
    </WizardPage>
  );
}

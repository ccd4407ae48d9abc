import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui';
import { inputId } from '../../shared/wizard/field-problems';
import { usePageForm } from '../../shared/wizard/use-page-form';
import { WizardPage } from '../../shared/wizard/WizardPage';
import { parsePurpose, purposeValuesFrom } from '../models/purpose-and-channel';
import type { CopyPageProps } from './page-props';

/** Why the copy is needed and where it goes: the form asks both. */
export function PurposePage({ draft, save, frame }: CopyPageProps) {
  const { t } = useTranslation();
  const form = usePageForm(
    purposeValuesFrom(draft),
    parsePurpose,
    (answers) => {
      // A "where to" cleared now must not survive from before.
      const rest = { ...draft };
      delete rest.submitTo;
      return save({ ...rest, municipalityCode: draft.municipalityCode ?? '', ...answers });
    },
    (field) => (field === 'purpose' ? t('copy.purpose.purpose') : t('copy.purpose.submitTo')),
  );
  const { values, update, errorAt } = form;
  return (
    <WizardPage
      {...frame}
      title={t('copy.purpose.title')}
      errors={form.summary}
      submitCount={form.submitCount}
      saveError={form.saveError}
      onSubmit={form.submit}
    >
      <TextField
        id={inputId('purpose')}
        label={t('copy.purpose.purpose')}
        hint={t('copy.purpose.purposeHint')}
        value={values.purpose}
        error={errorAt('purpose')}
        onValueChange={(purpose) => update({ purpose })}
      />
      <TextField
        id={inputId('submitTo')}
        label={t('copy.purpose.submitTo')}
        hint={t('copy.purpose.submitToHint')}
        value={values.submitTo}
        error={errorAt('submitTo')}
        onValueChange={(submitTo) => update({ submitTo })}
      />
    </WizardPage>
  );
}

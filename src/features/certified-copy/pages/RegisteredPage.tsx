import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui';
import { inputId } from '../../shared/wizard/field-problems';
import { PostalAddressFields } from '../../shared/wizard/PostalAddressFields';
import { usePageForm } from '../../shared/wizard/use-page-form';
import { WizardPage } from '../../shared/wizard/WizardPage';
import { parseRegistered, registeredValuesFrom } from '../models/records';
import type { CopyPageProps } from './page-props';

/** Where the record is: the registered address (the copy is mailed only there) and its head. */
export function RegisteredPage({ draft, save, frame }: CopyPageProps) {
  const { t } = useTranslation();
  const form = usePageForm(
    registeredValuesFrom(draft),
    parseRegistered,
    (subject) => save({ ...draft, municipalityCode: draft.municipalityCode ?? '', subject }),
    (field) =>
      field === 'householdHead'
        ? t('copy.registered.head')
        : t(`address.${field.endsWith('postcode') ? 'postcode' : 'address'}`),
  );
  const { values, update, errorAt } = form;
  return (
    <WizardPage
      {...frame}
      title={t('copy.registered.title')}
      intro={<p>{t('copy.registered.intro')}</p>}
      errors={form.summary}
      submitCount={form.submitCount}
      saveError={form.saveError}
      onSubmit={form.submit}
    >
      <PostalAddressFields
        field="address"
        postcode={values.postcode}
        address={values.address}
        errorAt={errorAt}
        onChange={(change) => update(change)}
      />
      <TextField
        id={inputId('householdHead')}
        label={t('copy.registered.head')}
        hint={t('copy.registered.headHint')}
        value={values.householdHead}
        error={errorAt('householdHead')}
        onValueChange={(householdHead) => update({ householdHead })}
      />
    </WizardPage>
  );
}

import { useTranslation } from 'react-i18next';
import { Checkbox, TextField } from '../../../ui';
import { inputId } from '../../shared/wizard/field-problems';
import { usePageForm } from '../../shared/wizard/use-page-form';
import { WizardPage } from '../../shared/wizard/WizardPage';
import { itemsOffered, itemsValuesFrom, parseItems } from '../models/items';
import type { CopyPageProps } from './page-props';

/** What the copy shows beyond the basics, with the law's limits said beside each choice. */
export function ItemsPage({ draft, hall, save, frame }: CopyPageProps) {
  const { t } = useTranslation();
  const form = usePageForm(
    itemsValuesFrom(draft),
    (values) => parseItems(values, draft, hall?.municipality ?? null),
    (answers) => save({ ...draft, municipalityCode: draft.municipalityCode ?? '', ...answers }),
    (field) =>
      field === 'copies'
        ? t('copy.items.copies')
        : t(`copy.items.options.${field.replace('show.', '') as 'domicile'}.label`),
  );
  const { values, update, errorAt } = form;
  const relationship = draft.requester?.relationship;
  return (
    <WizardPage
      {...frame}
      title={t('copy.items.title')}
      intro={<p>{t('copy.items.intro')}</p>}
      errors={form.summary}
      submitCount={form.submitCount}
      saveError={form.saveError}
      onSubmit={form.submit}
    >
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('copy.items.legend')}</legend>
        {itemsOffered(draft.recordHolders).map((item) => (
          <Checkbox
            key={item}
            id={inputId(`show.${item}`)}
            label={t(`copy.items.options.${item}.label`)}
            hint={t(`copy.items.options.${item}.hint`)}
            error={errorAt(`show.${item}`)}
            checked={values.show[item]}
            onCheckedChange={(checked) => update({ show: { ...values.show, [item]: checked } })}
          />
        ))}
      </fieldset>
      {(relationship === 'proxy' || relationship === 'third-party') && (
        <p className="field__hint">{t(`copy.items.limits.${relationship}`)}</p>
      )}
      <TextField
        id={inputId('copies')}
        label={t('copy.items.copies')}
        hint={t('copy.items.copiesHint')}
        inputMode="numeric"
        value={values.copies}
        error={errorAt('copies')}
        onValueChange={(copies) => update({ copies })}
      />
    </WizardPage>
  );
}

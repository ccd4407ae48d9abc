import { useTranslation } from 'react-i18next';
import { recordHolderNationalities } from '../../../domain';
import { Banner, Checkbox, LinkButton, RadioGroup } from '../../../ui';
import { inputId } from '../../shared/wizard/field-problems';
import { usePageForm } from '../../shared/wizard/use-page-form';
import { WizardPage } from '../../shared/wizard/WizardPage';
import { parseRecords, recordsValuesFrom } from '../models/records';
import type { CopyPageProps } from './page-props';

const LABELS = {
  scope: 'copy.records.scope',
  persons: 'copy.records.persons',
  recordHolders: 'copy.records.recordHolders',
} as const;

/** Whose record: the whole household (謄本) or chosen members (抄本), from the household list. */
export function RecordsPage({ draft, members, save, frame }: CopyPageProps) {
  const { t } = useTranslation();
  const form = usePageForm(
    recordsValuesFrom(draft, members),
    (values) => parseRecords(values, members),
    (answers) => save({ ...draft, municipalityCode: draft.municipalityCode ?? '', ...answers }),
    (field) => t(LABELS[field as keyof typeof LABELS] ?? LABELS.persons),
  );
  const { values, update, errorAt } = form;
  const personsError = errorAt('persons');
  return (
    <WizardPage
      {...frame}
      title={t('copy.records.title')}
      errors={form.summary}
      submitCount={form.submitCount}
      saveError={form.saveError}
      onSubmit={form.submit}
    >
      <RadioGroup
        id={inputId('scope')}
        legend={t('copy.records.scope')}
        error={errorAt('scope')}
        options={(['members', 'household'] as const).map((scope) => ({
          value: scope,
          label: t(`copy.records.scopes.${scope}.label`),
          hint: t(`copy.records.scopes.${scope}.hint`),
        }))}
        value={values.scope}
        onValueChange={(scope) => update({ scope })}
      />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('copy.records.persons')}</legend>
        <span className="field__hint">
          {values.scope === 'household'
            ? t('copy.records.personsHintHousehold')
            : t('copy.records.personsHint')}
        </span>
        {personsError && <span className="field__error">{personsError}</span>}
        {members.map((member, index) => (
          <Checkbox
            key={member.id}
            id={index === 0 ? inputId('persons') : undefined}
            label={member.name}
            checked={values.memberIds.includes(member.id)}
            onCheckedChange={(checked) =>
              update({
                memberIds: checked
                  ? [...values.memberIds, member.id]
                  : values.memberIds.filter((id) => id !== member.id),
              })
            }
          />
        ))}
      </fieldset>
      {members.length === 0 && (
        <Banner title={t('copy.records.noMembersTitle')}>
          <p>{t('copy.records.noMembers')}</p>
          <LinkButton href="/members/new" variant="secondary">
            {t('wallet.add')}
          </LinkButton>
        </Banner>
      )}
      <RadioGroup
        id={inputId('recordHolders')}
        legend={t('copy.records.recordHolders')}
        hint={t('copy.records.recordHoldersHint')}
        error={errorAt('recordHolders')}
        options={recordHolderNationalities.map((holders) => ({
          value: holders,
          label: t(`copy.records.holders.${holders}`),
        }))}
        value={values.recordHolders}
        onValueChange={(recordHolders) => update({ recordHolders })}
      />
    </WizardPage>
  );
}

import { useTranslation } from 'react-i18next';
import { copyRequesterRelationships } from '../../../domain';
import { RadioGroup, TextField } from '../../../ui';
import { inputId } from '../../shared/wizard/field-problems';
import { PostalAddressFields } from '../../shared/wizard/PostalAddressFields';
import { usePageForm } from '../../shared/wizard/use-page-form';
import { WizardPage } from '../../shared/wizard/WizardPage';
import { membersMatching } from '../models/records';
import { parseRequester, requesterValuesFrom, type RequesterValues } from '../models/requester';
import type { CopyPageProps } from './page-props';

const FIELD_LABELS = {
  relationship: 'copy.requester.relationship',
  name: 'copy.requester.name',
  furigana: 'copy.requester.furigana',
  dateOfBirth: 'copy.requester.dateOfBirth',
  'address.postcode': 'address.postcode',
  'address.address': 'address.address',
  daytimePhone: 'copy.requester.daytimePhone',
  relationToSubject: 'copy.requester.relationToSubject',
  thirdPartyReason: 'copy.requester.thirdPartyReason',
} as const;

/** Who is asking, and how the city hall reaches them: the person on the form who signs it. */
export function RequesterPage({ draft, members, save, frame }: CopyPageProps) {
  const { t } = useTranslation();
  const form = usePageForm(
    requesterValuesFrom(draft),
    parseRequester,
    (requester) => save({ ...draft, municipalityCode: draft.municipalityCode ?? '', requester }),
    (field) => t(FIELD_LABELS[field as keyof typeof FIELD_LABELS] ?? 'copy.requester.name'),
  );
  const { values, update, errorAt } = form;
  const text = (field: keyof RequesterValues & keyof typeof FIELD_LABELS) => ({
    id: inputId(field),
    label: t(FIELD_LABELS[field]),
    value: String(values[field] ?? ''),
    error: errorAt(field),
    onValueChange: (value: string) => update({ [field]: value }),
  });
  const chosen = membersMatching(members, [values])[0];
  return (
    <WizardPage
      {...frame}
      title={t('copy.requester.title')}
      errors={form.summary}
      submitCount={form.submitCount}
      saveError={form.saveError}
      onSubmit={form.submit}
    >
      <RadioGroup
        id={inputId('relationship')}
        legend={t('copy.requester.relationship')}
        error={errorAt('relationship')}
        options={copyRequesterRelationships.map((relationship) => ({
          value: relationship,
          label: t(`copy.requester.relationships.${relationship}.label`),
          hint: t(`copy.requester.relationships.${relationship}.hint`),
        }))}
        value={values.relationship}
        onValueChange={(relationship) => update({ relationship })}
      />
      {members.length > 0 && values.relationship && values.relationship !== 'third-party' && (
        <RadioGroup
          legend={t('copy.requester.pickMember')}
          hint={t('copy.requester.pickMemberHint')}
          options={members.map((member) => ({ value: member.id, label: member.name }))}
          value={chosen?.id}
          onValueChange={(id) => {
            const member = members.find((m) => m.id === id);
            if (member) {
              update({
                name: member.name,
                dateOfBirth: member.dateOfBirth,
                ...(member.furigana ? { furigana: member.furigana } : {}),
              });
            }
          }}
        />
      )}
      <TextField {...text('name')} hint={t('copy.requester.nameHint')} autoComplete="off" />
      <TextField {...text('furigana')} hint={t('copy.requester.furiganaHint')} lang="ja" />
      <TextField {...text('dateOfBirth')} type="date" autoComplete="off" />
      <PostalAddressFields
        field="address"
        postcode={values.postcode}
        address={values.address}
        errorAt={errorAt}
        onChange={(change) => update(change)}
      />
      <TextField
        {...text('daytimePhone')}
        hint={t('copy.requester.daytimePhoneHint')}
        type="tel"
        autoComplete="off"
      />
      {values.relationship && values.relationship !== 'self' && (
        <TextField
          {...text('relationToSubject')}
          hint={t('copy.requester.relationToSubjectHint')}
        />
      )}
      {values.relationship === 'third-party' && (
        <TextField {...text('thirdPartyReason')} hint={t('copy.requester.thirdPartyReasonHint')} />
      )}
    </WizardPage>
  );
}

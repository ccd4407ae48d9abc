import { useTranslation } from 'react-i18next';
import { Checkbox, RadioGroup, TextField } from '../../ui';
import type { MemberFormValues } from './member-form';

interface NameFieldsProps {
  values: MemberFormValues;
  errors: { name?: string; furigana?: string; residenceCardName?: string; alias?: string };
  onChange: (patch: Partial<MemberFormValues>) => void;
}

/**
 * The name as papers print it: the name, its furigana, and for foreign residents the name on
 * the residence card and an optional 通称. No maxLength: a long name gets a message, not a cut.
 */
export function NameFields({ values, errors, onChange }: NameFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      {/* autocomplete off: the browser's form history would keep these values in clear. */}
      <TextField
        label={t('member.name')}
        hint={t('member.nameHint')}
        value={values.name}
        onValueChange={(name) => onChange({ name })}
        error={errors.name}
        autoComplete="off"
      />
      <TextField
        label={t('member.furigana')}
        hint={t('member.furiganaHint')}
        value={values.furigana}
        onValueChange={(furigana) => onChange({ furigana })}
        error={errors.furigana}
        autoComplete="off"
        lang="ja"
      />
      <Checkbox
        label={t('member.foreignResident')}
        hint={t('member.foreignResidentHint')}
        checked={values.foreignResident}
        onCheckedChange={(foreignResident) => onChange({ foreignResident })}
      />
      {values.foreignResident && (
        <>
          <TextField
            label={t('member.residenceCardName')}
            hint={t('member.residenceCardNameHint')}
            value={values.residenceCardName}
            onValueChange={(residenceCardName) => onChange({ residenceCardName })}
            error={errors.residenceCardName}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
          />
          <TextField
            label={t('member.alias')}
            hint={t('member.aliasHint')}
            value={values.alias}
            onValueChange={(alias) => onChange({ alias })}
            error={errors.alias}
            autoComplete="off"
          />
        </>
      )}
      <RadioGroup<'female' | 'male' | 'unsaid'>
        legend={t('member.sex')}
        hint={t('member.sexHint')}
        options={[
          { value: 'female', label: t('member.sexFemale') },
          { value: 'male', label: t('member.sexMale') },
          { value: 'unsaid', label: t('member.sexUnsaid') },
        ]}
        value={values.sex || 'unsaid'}
        onValueChange={(sex) => onChange({ sex: sex === 'unsaid' ? '' : sex })}
      />
    </>
  );
}

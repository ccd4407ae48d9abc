import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../../data';
import { TextField } from '../../../ui';
import type { NewPassphraseProblem } from './passphrase-rules';

interface NewPassphraseFieldsProps {
  passphrase: string;
  again: string;
  problems: NewPassphraseProblem[];
  onPassphraseChange: (value: string) => void;
  onAgainChange: (value: string) => void;
}

/** A new passphrase, typed twice; the browser's password manager may offer to keep it. */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('vault.passphrase.new')}
        hint={t('vault.passphrase.hint', { count: MIN_PASSPHRASE_LENGTH })}
        type="password"
        autoComplete="new-password"
        value={props.passphrase}
        onValueChange={props.onPassphraseChange}
        error={
          props.problems.includes('too-short')
            ? t('vault.passphrase.tooShort', { count: MIN_PASSPHRASE_LENGTH })
            : undefined
        }
      />
      <TextField
        label={t('vault.passphrase.again')}
        type="password"
        autoComplete="new-password"
        value={props.again}
        onValueChange={props.onAgainChange}
        error={props.problems.includes('mismatch') ? t('vault.passphrase.mismatch') : undefined}
      />
    </>
  );
}

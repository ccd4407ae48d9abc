import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui';

/**
 * The passphrase the person already has (to unlock, confirm a change, add a passkey, restore):
 * a password field the browser's password manager may fill.
 */
export function PassphraseInput({
  value,
  onValueChange,
  label,
  error,
}: {
  value: string;
  onValueChange: (value: string) => void;
  /** Defaults to "Passphrase". */
  label?: string;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      label={label ?? t('vault.passphrase.current')}
      type="password"
      autoComplete="current-password"
      value={value}
      onValueChange={onValueChange}
      error={error}
    />
  );
}

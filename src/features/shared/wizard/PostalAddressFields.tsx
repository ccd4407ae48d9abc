import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui';
import { inputId } from './field-problems';

interface PostalAddressFieldsProps {
  /** The answer's path: 'requester.address' → fields 'requester.address.postcode', …. */
  field: string;
  postcode: string;
  address: string;
  errorAt: (field: string) => string | undefined;
  onChange: (change: { postcode?: string; address?: string }) => void;
}

/** 〒 and the address as written on an envelope, in Japanese. */
export function PostalAddressFields({
  field,
  postcode,
  address,
  errorAt,
  onChange,
}: PostalAddressFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={inputId(`${field}.postcode`)}
        label={t('address.postcode')}
        hint={t('address.postcodeHint')}
        inputMode="numeric"
        autoComplete="off"
        value={postcode}
        error={errorAt(`${field}.postcode`)}
        onValueChange={(value) => onChange({ postcode: value })}
      />
      <TextField
        id={inputId(`${field}.address`)}
        label={t('address.address')}
        hint={t('address.addressHint')}
        autoComplete="off"
        lang="ja"
        value={address}
        error={errorAt(`${field}.address`)}
        onValueChange={(value) => onChange({ address: value })}
      />
    </>
  );
}

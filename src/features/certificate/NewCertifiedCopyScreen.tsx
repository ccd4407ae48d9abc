import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { seedMunicipalities, validateCertifiedCopyRequest } from '../../domain';
import { createCertifiedCopyDraft, PhotoError, StorageError } from '../../data';
import {
  Banner,
  Button,
  Checkbox,
  ErrorSummary,
  LinkButton,
  PageHeading,
  RadioGroup,
  TextField,
  useUnsavedInput,
} from '../../ui';
import { municipalityName } from '../municipality-name';
import { useMembers } from '../wallet/queries';
import {
  buildCertifiedCopyRequest,
  emptyCertifiedCopyForm,
  formProblems,
  type CertifiedCopyFormField,
  type CertifiedCopyFormValues,
} from './certified-copy-form';
import { PhotoField } from './PhotoField';

export function NewCertifiedCopyScreen() {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const members = useMembers();
  const [values, setValues] = useState<CertifiedCopyFormValues>(emptyCertifiedCopyForm);
  const [problems, setProblems] = useState<CertifiedCopyFormField[]>([]);
  const [saveError, setSaveError] = useState<string>();
  const [photo, setPhoto] = useState<File>();
  const [photoError, setPhotoError] = useState<string>();
  useUnsavedInput(values !== emptyCertifiedCopyForm || photo !== undefined);

  const messages: Record<CertifiedCopyFormField, string> = {
    memberId: t('certifiedCopy.errors.member'),
    municipalityCode: t('certifiedCopy.errors.municipality'),
    copies: t('certifiedCopy.errors.copies'),
  };
  const errorFor = (field: CertifiedCopyFormField) =>
    problems.includes(field) ? messages[field] : undefined;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = formProblems(values);
    setProblems(found);
    setSaveError(undefined);
    const member = members?.find((m) => m.id === values.memberId);
    if (found.length > 0 || !member || !values.municipalityCode) return;
    const request = buildCertifiedCopyRequest(values, member, values.municipalityCode);
    if (validateCertifiedCopyRequest(request).length > 0) {
      setSaveError(t('certifiedCopy.errors.invalid'));
      return;
    }
    try {
      const photos = photo
        ? [{ bytes: await photo.arrayBuffer(), mediaType: photo.type || 'image/jpeg' }]
        : [];
      const id = await createCertifiedCopyDraft(request, [member.id], photos);
      navigate(`/applications/${id}`);
    } catch (error) {
      if (error instanceof PhotoError) setPhotoError(t('photo.notSaved'));
      else
        setSaveError(
          error instanceof StorageError ? t('errors.storageFull') : t('errors.notSaved'),
        );
    }
  }

  if (members && members.length === 0) {
    return (
      <>
        <PageHeading>{t('certifiedCopy.title')}</PageHeading>
        <Banner title={t('certifiedCopy.noMembers.title')}>
          <p>{t('certifiedCopy.noMembers.body')}</p>
        </Banner>
        <LinkButton href="/members/new">{t('wallet.add')}</LinkButton>
      </>
    );
  }

  return (
    <>
      <PageHeading>{t('certifiedCopy.title')}</PageHeading>
      <p>{t('certifiedCopy.intro')}</p>
      <ErrorSummary title={t('errors.summaryTitle')} errors={problems.map((p) => messages[p])} />
      {saveError && (
        <Banner tone="error" role="alert">
          <p>{saveError}</p>
        </Banner>
      )}
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <RadioGroup
          legend={t('certifiedCopy.member')}
          error={errorFor('memberId')}
          options={(members ?? []).map((m) => ({ value: m.id, label: m.name }))}
          value={values.memberId}
          onValueChange={(memberId) => setValues((v) => ({ ...v, memberId }))}
        />
        <RadioGroup
          legend={t('certifiedCopy.municipality')}
          hint={t('certifiedCopy.municipalityHint')}
          error={errorFor('municipalityCode')}
          options={seedMunicipalities.map((m) => ({
            value: m.code,
            label: municipalityName(m.code, i18n.language),
          }))}
          value={values.municipalityCode}
          onValueChange={(municipalityCode) => setValues((v) => ({ ...v, municipalityCode }))}
        />
        <TextField
          label={t('certifiedCopy.copies')}
          hint={t('certifiedCopy.copiesHint')}
          inputMode="numeric"
          value={values.copies}
          onValueChange={(copies) => setValues((v) => ({ ...v, copies }))}
          error={errorFor('copies')}
          maxLength={2}
        />
        <Checkbox
          label={t('certifiedCopy.showCode')}
          hint={t('certifiedCopy.showCodeHint')}
          checked={values.showCode}
          onCheckedChange={(showCode) => setValues((v) => ({ ...v, showCode }))}
        />
        <PhotoField
          photos={photo ? [{ id: 'chosen', name: photo.name, size: photo.size }] : []}
          canAdd={!photo}
          error={photoError}
          onChoose={(file) => {
            setPhoto(file);
            setPhotoError(undefined);
          }}
          onRemove={() => setPhoto(undefined)}
        />
        <div className="actions">
          <Button type="submit">{t('certifiedCopy.save')}</Button>
        </div>
      </form>
    </>
  );
}

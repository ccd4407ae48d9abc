import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addPhoto,
  PhotoError,
  removePhoto,
  StorageError,
  type ApplicationRecord,
  listPhotos,
} from '../../data';
import { MAX_ATTACHMENTS } from '../../domain/api/limits';
import { useLiveQuery } from 'dexie-react-hooks';
import { PhotoField } from './PhotoField';

/** The photos of an application; added and removed only while it is still the person's own. */
export function PhotosPanel({ app }: { app: ApplicationRecord }) {
  const { t } = useTranslation();
  // Clear data (ids, sizes): known while locked too.
  const photos = useLiveQuery(() => listPhotos(app.id), [app.id]);
  const [error, setError] = useState<string>();
  const editable = app.status === 'draft' || app.status === 'needs-attention';
  if (!photos || (!editable && photos.length === 0)) return null;

  async function run(action: () => Promise<unknown>) {
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      if (failure instanceof StorageError && failure.code === 'storage-full')
        setError(t('photo.storageFull'));
      else if (failure instanceof PhotoError && failure.code === 'too-many-photos')
        setError(t('photo.tooMany'));
      else setError(t('photo.notSaved'));
    }
  }

  if (!editable) return <PhotoField photos={photos} canAdd={false} />;
  return (
    <PhotoField
      photos={photos}
      canAdd={photos.length < MAX_ATTACHMENTS}
      error={error}
      onChoose={(file) =>
        void run(async () =>
          addPhoto(app.id, {
            bytes: await file.arrayBuffer(),
            mediaType: file.type || 'image/jpeg',
          }),
        )
      }
      onRemove={(id) => void run(() => removePhoto(id))}
    />
  );
}

import { useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIndividualNumber, formatResidentRecordCode } from '../../../domain';
import type { Candidate, IdKind } from '../../../scan';
import { Banner, Button } from '../../../ui';
import { listCameras, photoPixels } from '../../../scan/camera';
import { scannerFor } from '../../../scan/app-scanner';
import { useCameraScan } from './use-camera-scan';

interface ScanPanelProps {
  kind: IdKind;
  /** The person saw the number and chose to use it; the form still shows it before saving. */
  onUse: (candidate: Candidate) => void;
  onClose: () => void;
}

function formatted(candidate: Candidate): string {
  return candidate.kind === 'individual-number'
    ? formatIndividualNumber(candidate.value)
    : formatResidentRecordCode(candidate.value);
}

export function ScanPanel({ kind, onUse, onClose }: ScanPanelProps) {
  const { t } = useTranslation();
  const [deviceId, setDeviceId] = useState<string>();
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([]);
  const [torch, setTorch] = useState(false);
  const [photo, setPhoto] = useState<{ candidate?: Candidate; failed?: boolean; busy?: boolean }>(
    {},
  );
  const { videoRef, state, camera, retry } = useCameraScan([kind], deviceId);

  useEffect(() => {
    if (state.step === 'scanning')
      void listCameras()
        .then(setCameras)
        .catch(() => setCameras([]));
  }, [state.step]);

  async function onPhoto(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setPhoto({ busy: true });
    try {
      const [{ pickSingle }, scanner] = await Promise.all([
        import('../../../scan'),
        scannerFor([kind]),
      ]);
      const picked = pickSingle(await scanner.decode(await photoPixels(file)));
      setPhoto(picked.ok ? { candidate: picked.candidate } : { failed: true });
    } catch {
      setPhoto({ failed: true });
    }
  }

  const found = photo.candidate ?? (state.step === 'found' ? state.candidate : undefined);
  const switchCamera = () => {
    const index = cameras.findIndex((c) => c.deviceId === deviceId);
    setDeviceId(cameras[(index + 1) % cameras.length]?.deviceId);
  };

  return (
    <section className="scan-panel" aria-labelledby="scan-title">
      <h2 id="scan-title">{t(`scan.title.${kind}`)}</h2>
      {!found && state.step !== 'failed' && (
        <>
          <p>{t(`scan.instructions.${kind}`)}</p>
          <div className="scan-view">
            <video ref={videoRef} muted playsInline aria-label={t('scan.cameraView')} />
            <div className="scan-view__guide" aria-hidden="true" />
          </div>
          <p role="status" className="meta">
            {state.step === 'starting' ? t('scan.status.starting') : t('scan.status.scanning')}
          </p>
          <div className="actions">
            {cameras.length > 1 && (
              <Button variant="secondary" onClick={switchCamera}>
                {t('scan.switchCamera')}
              </Button>
            )}
            {camera?.canTorch && (
              <Button
                variant="secondary"
                aria-pressed={torch}
                onClick={() => void camera.setTorch(!torch).then(() => setTorch(!torch))}
              >
                {t('scan.torch')}
              </Button>
            )}
          </div>
        </>
      )}
      {!found && state.step === 'failed' && (
        <Banner tone="warning" title={t(`scan.failed.${state.reason}`)}>
          <p>{t('scan.failed.alternatives')}</p>
          {state.reason !== 'permission-denied' && state.reason !== 'no-camera' && (
            <Button variant="secondary" onClick={retry}>
              {t('scan.tryAgain')}
            </Button>
          )}
        </Banner>
      )}
      {found && (
        <Banner
          tone={found.needsConfirmation ? 'warning' : 'success'}
          title={t('scan.found.title')}
        >
          <p className="code scan-result">{formatted(found)}</p>
          <p>{found.needsConfirmation ? t('scan.found.checkAgain') : t('scan.found.compare')}</p>
          <div className="actions">
            <Button onClick={() => onUse(found)}>{t('scan.found.use')}</Button>
            <Button
              variant="secondary"
              onClick={() => {
                setPhoto({});
                retry();
              }}
            >
              {t('scan.tryAgain')}
            </Button>
          </div>
        </Banner>
      )}
      {photo.failed && (
        <Banner tone="warning" role="alert">
          <p>{t('scan.photoNothingFound')}</p>
        </Banner>
      )}
      <div className="actions">
        <label className="btn btn--secondary file-button">
          {photo.busy ? t('scan.photoReading') : t('scan.photo')}
          <input
            type="file"
            accept="image/*"
            className="visually-hidden"
            onChange={(e) => void onPhoto(e)}
          />
        </label>
        <Button variant="secondary" onClick={onClose}>
          {t('scan.typeInstead')}
        </Button>
      </div>
    </section>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Candidate, IdKind } from '../../../scan';
import {
  cameraErrorOf,
  grabFrame,
  openCamera,
  type Camera,
  type CameraError,
} from '../../../scan/camera';
import { scannerFor } from '../../../scan/app-scanner';

export type ScanState =
  | { step: 'starting' }
  | { step: 'scanning' }
  | { step: 'found'; candidate: Candidate }
  | { step: 'failed'; reason: CameraError | 'nothing-found' | 'engine-unavailable' };

const NOTHING_FOUND_AFTER_MS = 25_000;
const FRAME_GAP_MS = 150;

/**
 * Runs the camera and the decoders while the panel is open and the page visible: frames vote,
 * and a number is shown only when several agree. Frames are read and dropped, never kept.
 */
export function useCameraScan(kinds: readonly IdKind[], deviceId: string | undefined) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<ScanState>({ step: 'starting' });
  const [camera, setCamera] = useState<Camera>();
  const [attempt, setAttempt] = useState(0);
  const [visible, setVisible] = useState(() => document.visibilityState === 'visible');
  const kindsKey = kinds.join('+');

  // The camera stops while the page is hidden and starts again when it comes back.
  useEffect(() => {
    const onVisibility = () => setVisible(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);

  useEffect(() => {
    if (!visible) return;
    let cancelled = false;
    let opened: Camera | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const canvas = document.createElement('canvas');
    const wanted = kindsKey.split('+') as IdKind[];

    async function run() {
      setState({ step: 'starting' });
      try {
        opened = await openCamera(deviceId);
      } catch (error) {
        if (!cancelled) setState({ step: 'failed', reason: cameraErrorOf(error) });
        return;
      }
      if (cancelled) return opened.stop();
      setCamera(opened);
      const video = videoRef.current;
      if (video) {
        video.srcObject = opened.stream;
        await video.play().catch(() => undefined);
      }
      const [{ createFrameVoter }, scanner] = await Promise.all([
        import('../../../scan'),
        scannerFor(wanted),
      ]);
      try {
        await scanner.prepare();
      } catch {
        if (!cancelled) setState({ step: 'failed', reason: 'engine-unavailable' });
        return;
      }
      if (cancelled) return;
      setState({ step: 'scanning' });
      const voter = createFrameVoter();
      const startedAt = performance.now();
      const tick = async () => {
        if (cancelled) return;
        if (performance.now() - startedAt > NOTHING_FOUND_AFTER_MS) {
          opened?.stop();
          setState({ step: 'failed', reason: 'nothing-found' });
          return;
        }
        const frame = video ? grabFrame(video, canvas) : undefined;
        const winner = frame ? voter.push(await scanner.decode(frame)) : null;
        if (cancelled) return;
        if (winner) {
          opened?.stop();
          setState({ step: 'found', candidate: winner });
          return;
        }
        timer = setTimeout(() => void tick(), FRAME_GAP_MS);
      };
      void tick();
    }

    void run();
    return () => {
      cancelled = true;
      clearTimeout(timer);
      opened?.stop();
    };
  }, [kindsKey, deviceId, attempt, visible]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { videoRef, state, camera, retry };
}

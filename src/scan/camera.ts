// The camera, as a port: the scan panel asks for frames and never keeps one. Browser only
// (the Node tools decode files).

export type CameraError = 'permission-denied' | 'no-camera' | 'camera-unavailable';

export interface Camera {
  readonly stream: MediaStream;
  readonly canTorch: boolean;
  setTorch(on: boolean): Promise<void>;
  stop(): void;
}

interface TorchCapabilities extends MediaTrackCapabilities {
  torch?: boolean;
}

export function cameraErrorOf(error: unknown): CameraError {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'permission-denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-camera';
  return 'camera-unavailable';
}

/** The back camera by default; a specific one when the person switched. */
export async function openCamera(deviceId?: string): Promise<Camera> {
  if (!navigator.mediaDevices?.getUserMedia)
    throw new DOMException('no camera API', 'NotFoundError');
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: false,
    video: deviceId
      ? { deviceId: { exact: deviceId } }
      : { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
  });
  const [track] = stream.getVideoTracks();
  const capabilities = (track?.getCapabilities?.() ?? {}) as TorchCapabilities;
  return {
    stream,
    canTorch: capabilities.torch === true,
    async setTorch(on) {
      await track?.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] });
    },
    stop() {
      for (const t of stream.getTracks()) t.stop();
    },
  };
}

export async function listCameras(): Promise<MediaDeviceInfo[]> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices.filter((d) => d.kind === 'videoinput');
}

/** Copies the current video frame into pixels; nothing is stored. */
export function grabFrame(
  video: HTMLVideoElement,
  canvas: HTMLCanvasElement,
): ImageData | undefined {
  const { videoWidth: width, videoHeight: height } = video;
  if (!width || !height) return undefined;
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  context.drawImage(video, 0, 0, width, height);
  return context.getImageData(0, 0, width, height);
}

/** Decodes a picked photo into pixels (JPEG/PNG/HEIC where the browser can), downscaled. */
export async function photoPixels(file: File, maxSide = 1600): Promise<ImageData> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('canvas-unavailable');
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

// tesseract.js behind a small port, loaded only when text recognition is first needed.
import type Tesseract from 'tesseract.js';
import { encodePgm, type GrayImage } from './image';
import { ScanError } from './types';

/** A recognised word, in the coordinates of the image it was read from. */
export interface TextWord {
  readonly text: string;
  /** 0..100, as tesseract reports it. */
  readonly confidence: number;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/**
 * `sparse`: find text anywhere (page segmentation mode 11), any character.
 * `digit-line`: one line of digits (mode 7, digits whitelisted), for a tight crop.
 */
export type RecognitionMode = 'sparse' | 'digit-line';

export interface TextRecognizer {
  recognize(image: GrayImage, mode: RecognitionMode): Promise<TextWord[]>;
  /** Starts the worker and loads the language data now rather than on the first frame. */
  prepare(): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * Where tesseract.js finds its files. The app serves them from its own origin (see docs/scan.md);
 * nothing is ever fetched from a CDN, so `langPath` is required.
 */
export interface TesseractFiles {
  /** Browser: URL of tesseract.js's `worker.min.js`. Node: leave out (the package's own is used). */
  readonly workerPath?: string;
  /** Browser: URL of the directory holding `tesseract-core-*-lstm.wasm.js`. Ignored by Node. */
  readonly corePath?: string;
  /** URL (browser) or directory (Node) holding `<lang>.traineddata` or `<lang>.traineddata.gz`. */
  readonly langPath: string;
  /** Whether the language file is the `.gz` one (default true). */
  readonly gzip?: boolean;
  /** Language data name (default `eng`: digits are all we read). */
  readonly lang?: string;
}

type TesseractModule = typeof Tesseract;

/**
 * The worker as we use it. tesseract.js takes encoded image bytes in both its browser and Node
 * builds, but its types name only Node's Buffer, which the browser build has no use for.
 */
interface TesseractWorker {
  setParameters(params: Record<string, string>): Promise<unknown>;
  recognize(
    image: Uint8Array,
    options: object,
    output: { text: boolean; blocks: boolean },
  ): Promise<{ data: { blocks: Tesseract.Block[] | null } }>;
  terminate(): Promise<unknown>;
}

const modeParameters: Record<RecognitionMode, Record<string, string>> = {
  sparse: { tessedit_pageseg_mode: '11', tessedit_char_whitelist: '' },
  'digit-line': { tessedit_pageseg_mode: '7', tessedit_char_whitelist: '0123456789' },
};

async function loadTesseract(): Promise<TesseractModule> {
  const mod = (await import('tesseract.js')) as TesseractModule & { default?: TesseractModule };
  // CommonJS under Node ESM arrives as `default`; a bundler gives the namespace itself.
  return mod.default ?? mod;
}

async function startWorker(files: TesseractFiles): Promise<TesseractWorker> {
  const tesseract = await loadTesseract();
  const options: Record<string, unknown> = {
    langPath: files.langPath,
    gzip: files.gzip ?? true,
    // 'none': never read or write a cached copy (in Node the default writes into the cwd).
    cacheMethod: 'none',
    // A blob: worker would need a looser CSP; load the served file directly.
    workerBlobURL: false,
    logger: () => undefined,
  };
  if (files.workerPath !== undefined) options.workerPath = files.workerPath;
  if (files.corePath !== undefined) options.corePath = files.corePath;
  // createWorker never settles when the language data fails to load (tesseract.js 7 swallows
  // that rejection); the error handler is the only word of it, so it ends the wait instead. The
  // half-started worker can't be reached to terminate it: harmless in a page, but in Node it
  // keeps the process alive, so Node callers check the files exist first (node-io.ts).
  let failed: (reason: Error) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => {
    failed = reject;
  });
  options.errorHandler = (data: unknown) => failed(new Error(String(data)));
  const worker = (await Promise.race([
    tesseract.createWorker(files.lang ?? 'eng', tesseract.OEM.LSTM_ONLY, options),
    failure,
  ])) as unknown as TesseractWorker;
  // Tells tesseract the scale; without it, it guesses per image and prints that guess.
  await worker.setParameters({ user_defined_dpi: '300' });
  return worker;
}

export function createTesseractRecognizer(files: TesseractFiles): TextRecognizer {
  let worker: Promise<TesseractWorker> | null = null;
  let currentMode: RecognitionMode | null = null;
  let disposed = false;

  const ready = (): Promise<TesseractWorker> => {
    if (disposed) return Promise.reject(new ScanError('decoder-disposed'));
    worker ??= startWorker(files).catch((cause: unknown) => {
      worker = null;
      throw new ScanError('ocr-unavailable', { cause });
    });
    return worker;
  };

  const run = async (image: GrayImage, mode: RecognitionMode): Promise<TextWord[]> => {
    const w = await ready();
    if (currentMode !== mode) {
      await w.setParameters(modeParameters[mode]);
      currentMode = mode;
    }
    const result = await w.recognize(encodePgm(image), {}, { text: false, blocks: true });
    const words: TextWord[] = [];
    for (const block of result.data.blocks ?? []) {
      for (const paragraph of block.paragraphs) {
        for (const line of paragraph.lines) {
          for (const word of line.words) {
            words.push({ text: word.text, confidence: word.confidence, ...word.bbox });
          }
        }
      }
    }
    return words;
  };

  // One recognition at a time: the mode is a worker-wide setting, and two overlapping calls
  // (a screen that doesn't wait for the previous frame) would read with each other's mode.
  let queue: Promise<unknown> = Promise.resolve();

  return {
    async prepare() {
      await ready();
    },
    recognize(image, mode) {
      const next = queue.then(() => run(image, mode));
      queue = next.catch(() => undefined);
      return next;
    },
    async dispose() {
      disposed = true;
      const pending = worker;
      worker = null;
      if (pending) await (await pending.catch(() => null))?.terminate();
    },
  } satisfies TextRecognizer;
}

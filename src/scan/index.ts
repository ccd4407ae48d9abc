// Scanning engine: decoders behind one port, a voter across frames, the digit-run finder.
// No React here; the camera screen in src/features builds on these.
export * from './types';
export { acceptDigits, candidateKey, OCR_CORRECTED } from './accept';
export { findIdNumbers, findResidentRecordCode, type FindOptions } from './digit-run';
export { createFrameVoter, type FrameVoter, type FrameVoterOptions } from './voter';
export {
  barcodeCandidates,
  createBarcodeDecoder,
  hasNativeQrDetector,
  type BarcodeDecoderOptions,
} from './barcode';
export { createOcrDecoder, createTesseractDecoder, type OcrDecoderOptions } from './ocr-decoder';
export {
  createTesseractRecognizer,
  type RecognitionMode,
  type TesseractFiles,
  type TextRecognizer,
  type TextWord,
} from './tesseract';
export {
  createDefaultScanner,
  createScanner,
  pickSingle,
  type DefaultScannerOptions,
  type StillResult,
} from './scanner';

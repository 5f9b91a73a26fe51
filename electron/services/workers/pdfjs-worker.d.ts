// pdfjs-dist ships no types for its worker module; only this is used (workers/pdf-text.worker.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}

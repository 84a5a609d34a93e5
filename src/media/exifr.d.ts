// Types for the few exifr source modules src/media/photo-metadata.ts imports directly (exifr ships types for its
// bundles only). Kept to what we call.
declare module 'exifr/src/options.mjs' {
  export class Options {
    constructor(options: Record<string, unknown>);
  }
}
declare module 'exifr/src/plugins.mjs' {
  interface FileParser {
    parse(): Promise<void>;
    errors: unknown[];
  }
  interface FileParserClass {
    canHandle(file: unknown, firstTwoBytes: number): boolean;
    new (options: unknown, file: unknown, parsers: Record<string, SegmentParser>): FileParser;
  }
  interface SegmentParser {
    parse(): Promise<unknown>;
    assignToOutput(output: Record<string, unknown>, parserOutput: unknown): void;
  }
  export const fileParsers: Map<string, FileParserClass>;
}
declare module 'exifr/src/util/BufferView.mjs' {
  export class BufferView {
    constructor(input: ArrayBuffer | Uint8Array | DataView);
    getUint16(offset: number): number;
    byteLength: number;
  }
}
declare module 'exifr/src/file-parsers/jpeg.mjs';
declare module 'exifr/src/file-parsers/heif.mjs';
declare module 'exifr/src/segment-parsers/tiff-exif.mjs';
declare module 'exifr/src/segment-parsers/xmp.mjs';

// Reads, locally, whether a photo carries data that identifies a person: GPS coordinates (where it was taken,
// often someone's home) or a name (camera owner, artist, author, copyright holder). Only the yes/no answers leave
// this module; coordinates and names are never kept or shown.
//
// exifr does the parsing, but through its source modules rather than a bundle: every bundle and its `Exifr`
// class go through `reader.mjs`, which can fetch a URL (and pulls in a fetch polyfill). No Postwacht bundle may
// hold a network API (tests/build), so we read the file's bytes ourselves and drive exifr's file and segment
// parsers on them, the same steps `Exifr.parse()` takes. This also keeps the content script small: no tag
// dictionaries (we ask for tags by number), no PNG parser (it loads zlib dynamically), no ICC/IPTC, and no XMP
// parser: a JPEG's XMP packet is found below in a few lines and searched for a handful of properties as text,
// which saves the content script more than a kilobyte gzipped (its budget is 60 KB).
import { Options } from 'exifr/src/options.mjs';
import { fileParsers } from 'exifr/src/plugins.mjs';
import { BufferView } from 'exifr/src/util/BufferView.mjs';
import 'exifr/src/file-parsers/jpeg.mjs';
import 'exifr/src/file-parsers/heif.mjs';
import 'exifr/src/segment-parsers/tiff-exif.mjs';

export interface PhotoMetadata {
  /** GPS latitude and longitude are present (and not the 0,0 some cameras write without a fix). */
  gps: boolean;
  /** A person's or owner's name: Artist, Copyright, XPAuthor, (Camera)OwnerName, or XMP creator/owner. */
  owner: boolean;
  /** The file could be parsed as JPEG or HEIC/AVIF; false for other formats or damaged files. */
  readable: boolean;
}

// TIFF tag numbers (EXIF 2.32, TIFF 6.0, Microsoft's XP tags).
const ARTIST = 0x013b;
const COPYRIGHT = 0x8298;
const XP_AUTHOR = 0x9c9d;
const CAMERA_OWNER_NAME = 0xa430;
/** Canon's older OwnerName tag in the EXIF IFD. */
const OWNER_NAME = 0xfde8;
const GPS_LAT = 0x0002;
const GPS_LON = 0x0004;

const OPTIONS = {
  tiff: true,
  ifd0: { pick: [ARTIST, COPYRIGHT, XP_AUTHOR] },
  exif: { pick: [CAMERA_OWNER_NAME, OWNER_NAME] },
  gps: { pick: [GPS_LAT, GPS_LON] },
  ifd1: false,
  interop: false,
  makerNote: false,
  userComment: false,
  xmp: false,
  jfif: false,
  icc: false,
  iptc: false,
  translateKeys: false,
  translateValues: false,
  reviveValues: false,
  sanitize: true,
  mergeOutput: false,
  silentErrors: true,
  chunked: false,
};

let options: Options | undefined;

/**
 * JPEG keeps EXIF and XMP in APP segments right after the start of the file (each at most 64 KB, before the
 * image data), so its head is enough. HEIC/AVIF may put the Exif item anywhere in the file, so those are read
 * whole, up to a bound that keeps a huge video mislabelled as an image from filling memory.
 */
const JPEG_HEAD_BYTES = 1 << 20;
const MAX_WHOLE_BYTES = 64 << 20;

const NONE: PhotoMetadata = { gps: false, owner: false, readable: false };

/** Reads a photo's metadata. Never throws: unknown formats and damaged files give `readable: false`. */
export async function readPhotoMetadata(input: Blob | ArrayBuffer | Uint8Array): Promise<PhotoMetadata> {
  let bytes: Uint8Array;
  try {
    bytes = await headBytes(input);
  } catch {
    return NONE;
  }
  return parseBytes(bytes);
}

async function headBytes(input: Blob | ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  const head = ownBytes(await input.slice(0, 2).arrayBuffer());
  const jpeg = head[0] === 0xff && head[1] === 0xd8;
  const limit = jpeg ? JPEG_HEAD_BYTES : MAX_WHOLE_BYTES;
  return ownBytes(await input.slice(0, Math.min(input.size, limit)).arrayBuffer());
}

/**
 * The bytes as a Uint8Array of this script's own realm. In Firefox a content script sees the page's File (from
 * the page's file input) through an Xray wrapper, and the ArrayBuffer its `arrayBuffer()` resolves to belongs to
 * the page's compartment: a Uint8Array over it is a cross-compartment wrapper, which exifr's `instanceof`
 * checks refuse (every photo read as "not readable", so no GPS warning). A structured clone copies the buffer
 * into our realm; copying element by element is the fallback where even that is refused.
 */
export function ownBytes(buf: ArrayBuffer): Uint8Array {
  if (buf instanceof ArrayBuffer) return new Uint8Array(buf);
  try {
    const copy: unknown = structuredClone(buf);
    if (copy instanceof ArrayBuffer) return new Uint8Array(copy);
  } catch {
    /* refused: copy below */
  }
  return Uint8Array.from(new Uint8Array(buf));
}

async function parseBytes(bytes: Uint8Array): Promise<PhotoMetadata> {
  if (bytes.byteLength < 4) return NONE;
  try {
    options ??= new Options(OPTIONS);
    const file = new BufferView(bytes);
    const marker = file.getUint16(0);
    const FileParser = [...fileParsers.values()].find((P) => P.canHandle(file, marker));
    if (!FileParser) return NONE;
    const parsers: Record<string, { parse(): Promise<unknown>; assignToOutput(o: Record<string, unknown>, v: unknown): void }> = {};
    const output: Record<string, unknown> = {};
    await new FileParser(options, file, parsers).parse();
    // Each segment is judged on its own: a damaged XMP packet must not hide GPS data in a sound EXIF block.
    await Promise.all(
      Object.values(parsers).map(async (p) => {
        try {
          p.assignToOutput(output, await p.parse());
        } catch {
          /* a damaged segment: judge the others */
        }
      }),
    );
    return judge(output, jpegXmp(bytes));
  } catch {
    return NONE;
  }
}

type Block = Record<number, unknown> | undefined;

function judge(output: Record<string, unknown>, xmp: string): PhotoMetadata {
  const ifd0 = output.ifd0 as Block;
  const exif = output.exif as Block;
  const gpsBlock = output.gps as Block;
  const gps = (hasCoordinate(gpsBlock?.[GPS_LAT]) && hasCoordinate(gpsBlock?.[GPS_LON])) || xmpHasGps(xmp);
  const owner =
    [ifd0?.[ARTIST], ifd0?.[COPYRIGHT], ifd0?.[XP_AUTHOR], exif?.[CAMERA_OWNER_NAME], exif?.[OWNER_NAME]].some(hasText) ||
    xmpHasOwner(xmp);
  return { gps, owner, readable: true };
}

/** Degrees, minutes, seconds as numbers (or one number); all zero means the camera had no fix. */
function hasCoordinate(v: unknown): boolean {
  const parts = typeof v === 'number' ? [v] : Array.isArray(v) || ArrayBuffer.isView(v) ? Array.from(v as ArrayLike<number>) : [];
  return parts.length > 0 && parts.every((n) => typeof n === 'number' && Number.isFinite(n)) && parts.some((n) => n !== 0);
}

/** Non-empty text: ASCII tags arrive as strings, XPAuthor as UCS-2 bytes. */
function hasText(v: unknown): boolean {
  if (typeof v === 'string') return /[\p{L}\p{N}]/u.test(v);
  if (v instanceof Uint8Array || Array.isArray(v)) {
    const bytes = Array.from(v as ArrayLike<number>);
    let s = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes[i]! | (bytes[i + 1]! << 8));
    return /[\p{L}\p{N}]/u.test(s);
  }
  return false;
}

const XMP_NS = 'http://ns.adobe.com/xap/1.0/\0';

/** The main XMP packet of a JPEG: the APP1 segment that starts with Adobe's namespace, before the image data. */
export function jpegXmp(bytes: Uint8Array): string {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return '';
  let i = 2;
  while (i + 4 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte before a marker
      continue;
    }
    if (marker === 0xda || marker === 0xd9) break; // start of scan or end of image: no metadata segments follow
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (marker === 0xe1 && startsWith(bytes, i + 4, XMP_NS)) {
      return new TextDecoder().decode(bytes.subarray(i + 4 + XMP_NS.length, Math.min(bytes.length, i + 2 + length)));
    }
    i += 2 + length;
  }
  return '';
}

function startsWith(bytes: Uint8Array, at: number, ascii: string): boolean {
  for (let k = 0; k < ascii.length; k++) if (bytes[at + k] !== ascii.charCodeAt(k)) return false;
  return true;
}

// XMP properties as elements (`<dc:creator><rdf:Seq><rdf:li>Name</rdf:li>…`) or attributes (`aux:OwnerName="…"`).
const XMP_OWNER = ['dc:creator', 'dc:rights', 'xmpRights:Owner', 'aux:OwnerName', 'exifEX:CameraOwnerName', 'photoshop:Credit'];
const XMP_GPS = ['exif:GPSLatitude', 'exif:GPSLongitude'];

function xmpValue(xmp: string, prop: string): string {
  const attr = new RegExp(`${prop}\\s*=\\s*"([^"]*)"`).exec(xmp);
  if (attr) return attr[1]!;
  const start = xmp.indexOf(`<${prop}`);
  if (start < 0) return '';
  const end = xmp.indexOf(`</${prop}>`, start);
  if (end < 0) return '';
  // The element's text without its nested markup (rdf:Seq/rdf:Alt/rdf:li).
  return xmp.slice(xmp.indexOf('>', start) + 1, end).replace(/<[^>]*>/g, ' ');
}

function xmpHasOwner(xmp: string): boolean {
  return xmp !== '' && XMP_OWNER.some((p) => /[\p{L}\p{N}]/u.test(xmpValue(xmp, p)));
}

function xmpHasGps(xmp: string): boolean {
  // XMP writes coordinates as "52,12.345N": a non-zero digit means a real position.
  return xmp !== '' && XMP_GPS.every((p) => /[1-9]/.test(xmpValue(xmp, p)));
}

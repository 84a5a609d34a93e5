// Test photos made in the test suite, byte by byte: a tiny baseline JPEG (mid-grey, decodable by browsers) with an
// EXIF APP1 segment (TIFF header, IFD0, EXIF IFD, GPS IFD) and an XMP APP1 segment built here. Written by hand
// because no well-kept npm package writes EXIF without also needing a real camera file to edit (piexifjs is
// unmaintained since 2019), and binary fixtures from elsewhere would hide what a test is about.

export interface PhotoSpec {
  width?: number;
  height?: number;
  /** Degrees; 'zero' writes 0°0'0" as some cameras do without a GPS fix. */
  gps?: { lat: number; lon: number } | 'zero';
  artist?: string;
  copyright?: string;
  /** Windows' XPAuthor (UCS-2). */
  xpAuthor?: string;
  /** EXIF 2.3 CameraOwnerName (0xA430). */
  ownerName?: string;
  /** Make and model only: EXIF that is not personal data. */
  camera?: { make: string; model: string };
  xmp?: { creator?: string; gps?: { lat: string; lon: string } };
}

type TagType = 'byte' | 'ascii' | 'short' | 'long' | 'rational';
interface Entry {
  tag: number;
  type: TagType;
  /** ascii: a string; byte/short/long: numbers; rational: [numerator, denominator] pairs. */
  value: string | number[] | [number, number][];
}

const TYPE_CODE: Record<TagType, number> = { byte: 1, ascii: 2, short: 3, long: 4, rational: 5 };
const TYPE_SIZE: Record<TagType, number> = { byte: 1, ascii: 1, short: 2, long: 4, rational: 8 };

const ascii = (s: string) => new TextEncoder().encode(`${s}\0`);
const count = (e: Entry) => (e.type === 'ascii' ? ascii(e.value as string).length : (e.value as unknown[]).length);
const byteLength = (e: Entry) => count(e) * TYPE_SIZE[e.type];
/** Values over 4 bytes live in the data area after the IFD, word-aligned. */
const dataSize = (entries: Entry[]) => entries.reduce((n, e) => n + (byteLength(e) > 4 ? byteLength(e) + (byteLength(e) % 2) : 0), 0);
const ifdSize = (entries: Entry[]) => 2 + entries.length * 12 + 4;

function writeValue(view: DataView, at: number, e: Entry): void {
  if (e.type === 'ascii') ascii(e.value as string).forEach((b, i) => view.setUint8(at + i, b));
  else if (e.type === 'byte') (e.value as number[]).forEach((b, i) => view.setUint8(at + i, b));
  else if (e.type === 'short') (e.value as number[]).forEach((v, i) => view.setUint16(at + i * 2, v));
  else if (e.type === 'long') (e.value as number[]).forEach((v, i) => view.setUint32(at + i * 4, v));
  else
    (e.value as [number, number][]).forEach(([n, d], i) => {
      view.setUint32(at + i * 8, n);
      view.setUint32(at + i * 8 + 4, d);
    });
}

/** Writes one IFD at `at` (entries sorted by tag, as TIFF requires) with its data right after; returns the end. */
function writeIfd(view: DataView, at: number, entries: Entry[]): number {
  const sorted = [...entries].sort((a, b) => a.tag - b.tag);
  view.setUint16(at, sorted.length);
  let data = at + ifdSize(sorted);
  sorted.forEach((e, i) => {
    const p = at + 2 + i * 12;
    view.setUint16(p, e.tag);
    view.setUint16(p + 2, TYPE_CODE[e.type]);
    view.setUint32(p + 4, count(e));
    if (byteLength(e) <= 4) {
      writeValue(view, p + 8, e);
    } else {
      view.setUint32(p + 8, data);
      writeValue(view, data, e);
      data += byteLength(e) + (byteLength(e) % 2);
    }
  });
  view.setUint32(at + 2 + sorted.length * 12, 0); // no next IFD
  return data;
}

/** Degrees as EXIF's three rationals: degrees, minutes, seconds (hundredths). */
function dms(deg: number): [number, number][] {
  const a = Math.abs(deg);
  const d = Math.floor(a);
  const m = Math.floor((a - d) * 60);
  const s = Math.round(((a - d) * 60 - m) * 60 * 100);
  return [
    [d, 1],
    [m, 1],
    [s, 100],
  ];
}

/** A big-endian TIFF structure for an EXIF APP1 segment; undefined when the spec has no EXIF tags. */
export function tiff(spec: PhotoSpec): Uint8Array | undefined {
  const ifd0: Entry[] = [];
  const exif: Entry[] = [];
  const gps: Entry[] = [];
  if (spec.camera) ifd0.push({ tag: 0x010f, type: 'ascii', value: spec.camera.make }, { tag: 0x0110, type: 'ascii', value: spec.camera.model });
  if (spec.artist !== undefined) ifd0.push({ tag: 0x013b, type: 'ascii', value: spec.artist });
  if (spec.copyright !== undefined) ifd0.push({ tag: 0x8298, type: 'ascii', value: spec.copyright });
  if (spec.xpAuthor !== undefined) {
    const ucs2 = [...spec.xpAuthor].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    ifd0.push({ tag: 0x9c9d, type: 'byte', value: [...ucs2, 0, 0] });
  }
  // A DateTimeOriginal always, so a photo without personal data still has a real EXIF IFD to parse.
  exif.push({ tag: 0x9003, type: 'ascii', value: '2026:03:14 10:15:00' });
  if (spec.ownerName !== undefined) exif.push({ tag: 0xa430, type: 'ascii', value: spec.ownerName });
  if (spec.gps) {
    const { lat, lon } = spec.gps === 'zero' ? { lat: 0, lon: 0 } : spec.gps;
    gps.push(
      { tag: 0x0000, type: 'byte', value: [2, 3, 0, 0] },
      { tag: 0x0001, type: 'ascii', value: lat < 0 ? 'S' : 'N' },
      { tag: 0x0002, type: 'rational', value: dms(lat) },
      { tag: 0x0003, type: 'ascii', value: lon < 0 ? 'W' : 'E' },
      { tag: 0x0004, type: 'rational', value: dms(lon) },
    );
  }
  // Pointers to the sub-IFDs; their offsets are filled in below once the layout is known.
  const exifPtr: Entry = { tag: 0x8769, type: 'long', value: [0] };
  const gpsPtr: Entry = { tag: 0x8825, type: 'long', value: [0] };
  ifd0.push(exifPtr);
  if (gps.length) ifd0.push(gpsPtr);
  const exifAt = 8 + ifdSize(ifd0) + dataSize(ifd0);
  const gpsAt = exifAt + ifdSize(exif) + dataSize(exif);
  exifPtr.value = [exifAt];
  gpsPtr.value = [gpsAt];
  const total = gpsAt + (gps.length ? ifdSize(gps) + dataSize(gps) : 0);
  const buf = new Uint8Array(total);
  const view = new DataView(buf.buffer);
  buf.set([0x4d, 0x4d, 0x00, 0x2a]); // "MM", 42
  view.setUint32(4, 8);
  writeIfd(view, 8, ifd0);
  writeIfd(view, exifAt, exif);
  if (gps.length) writeIfd(view, gpsAt, gps);
  return buf;
}

function segment(marker: number, payload: Uint8Array): Uint8Array {
  if (payload.length + 2 > 0xffff) throw new Error('APP segment too large');
  const out = new Uint8Array(4 + payload.length);
  out.set([0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]);
  out.set(payload, 4);
  return out;
}

const concat = (parts: Uint8Array[]): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function xmpPacket(x: NonNullable<PhotoSpec['xmp']>): string {
  const attrs = x.gps ? ` exif:GPSLatitude="${escapeXml(x.gps.lat)}" exif:GPSLongitude="${escapeXml(x.gps.lon)}"` : '';
  const creator = x.creator !== undefined ? `<dc:creator><rdf:Seq><rdf:li>${escapeXml(x.creator)}</rdf:li></rdf:Seq></dc:creator>` : '';
  return (
    `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:exif="http://ns.adobe.com/exif/1.0/"${attrs}>${creator}</rdf:Description>` +
    `</rdf:RDF></x:xmpmeta><?xpacket end="w"?>`
  );
}

/**
 * A baseline greyscale JPEG of `width`×`height` mid-grey pixels. Huffman tables with a single 1-bit code each
 * (DC difference 0, AC end-of-block) make every 8×8 block two zero bits, so no byte of scan data is 0xFF and
 * nothing needs stuffing.
 */
export function makeJpeg(spec: PhotoSpec = {}): Uint8Array<ArrayBuffer> {
  const w = spec.width ?? 16;
  const h = spec.height ?? 16;
  const parts: Uint8Array[] = [new Uint8Array([0xff, 0xd8])];
  parts.push(segment(0xe0, new Uint8Array([0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0])));
  const t = tiff(spec);
  if (t && (spec.artist !== undefined || spec.copyright !== undefined || spec.xpAuthor !== undefined || spec.ownerName !== undefined || spec.gps || spec.camera)) {
    parts.push(segment(0xe1, concat([new Uint8Array([0x45, 0x78, 0x69, 0x66, 0, 0]), t])));
  }
  if (spec.xmp) parts.push(segment(0xe1, concat([ascii('http://ns.adobe.com/xap/1.0/'), new TextEncoder().encode(xmpPacket(spec.xmp))])));
  parts.push(segment(0xdb, new Uint8Array([0x00, ...new Array(64).fill(1)])));
  parts.push(segment(0xc0, new Uint8Array([8, h >> 8, h & 0xff, w >> 8, w & 0xff, 1, 1, 0x11, 0])));
  const oneCode = (tableClassAndId: number) => new Uint8Array([tableClassAndId, 1, ...new Array(15).fill(0), 0x00]);
  parts.push(segment(0xc4, oneCode(0x00)), segment(0xc4, oneCode(0x10)));
  parts.push(segment(0xda, new Uint8Array([1, 1, 0x00, 0, 63, 0])));
  const blocks = Math.ceil(w / 8) * Math.ceil(h / 8);
  const bits = blocks * 2;
  const scan = new Uint8Array(Math.ceil(bits / 8));
  // All bits zero, then the last byte's unused bits padded with ones, as the standard asks.
  if (bits % 8) scan[scan.length - 1] = (1 << (8 - (bits % 8))) - 1;
  parts.push(scan, new Uint8Array([0xff, 0xd9]));
  return concat(parts);
}

/** A few bytes that start like an MP4 (an `ftyp` box): enough for a file input and a video preview element. */
export function makeMp4(): Uint8Array<ArrayBuffer> {
  const ftyp = new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d, 0, 0, 2, 0, 0x69, 0x73, 0x6f, 0x6d, 0x6d, 0x70, 0x34, 0x31]);
  return ftyp;
}

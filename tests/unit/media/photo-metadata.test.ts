import { describe, expect, it } from 'vitest';
import { readPhotoMetadata } from '../../../src/media/photo-metadata.ts';
import { isScreenRecording } from '../../../src/media/screen-recording.ts';
import { makeJpeg, makeMp4 } from '../../media/photos.ts';

const DRACHTEN = { lat: 53.1041, lon: 6.0986 };

describe('readPhotoMetadata', () => {
  it('finds GPS coordinates in the EXIF GPS IFD', async () => {
    expect(await readPhotoMetadata(makeJpeg({ gps: DRACHTEN }))).toEqual({ gps: true, owner: false, readable: true });
  });

  it('finds GPS in the southern and western hemispheres too', async () => {
    expect((await readPhotoMetadata(makeJpeg({ gps: { lat: -33.86, lon: -70.65 } }))).gps).toBe(true);
  });

  it('treats 0,0 coordinates as no GPS fix', async () => {
    expect(await readPhotoMetadata(makeJpeg({ gps: 'zero' }))).toEqual({ gps: false, owner: false, readable: true });
  });

  it('reports nothing for a photo with only camera make and model', async () => {
    expect(await readPhotoMetadata(makeJpeg({ camera: { make: 'Canon', model: 'EOS 250D' } }))).toEqual({ gps: false, owner: false, readable: true });
  });

  it('reports nothing for a photo without any EXIF', async () => {
    expect(await readPhotoMetadata(makeJpeg())).toEqual({ gps: false, owner: false, readable: true });
  });

  it.each([
    ['Artist', { artist: 'Jan de Vries' }],
    ['Copyright', { copyright: '© Sietske Hoekstra 2026' }],
    ['CameraOwnerName', { ownerName: 'Pieter Bakker' }],
    ['XPAuthor (UCS-2)', { xpAuthor: 'Anouk' }],
    ['XMP dc:creator', { xmp: { creator: 'Femke Postma' } }],
  ])('finds an owner name in %s', async (_label, spec) => {
    expect(await readPhotoMetadata(makeJpeg(spec))).toEqual({ gps: false, owner: true, readable: true });
  });

  it('ignores owner fields that hold only spaces or punctuation', async () => {
    expect((await readPhotoMetadata(makeJpeg({ artist: '   ', copyright: '-', xmp: { creator: ' ' } }))).owner).toBe(false);
  });

  it('finds GPS written only in XMP, and ignores an XMP position of zero', async () => {
    expect((await readPhotoMetadata(makeJpeg({ xmp: { gps: { lat: '53,6.246N', lon: '6,5.916E' } } }))).gps).toBe(true);
    expect((await readPhotoMetadata(makeJpeg({ xmp: { gps: { lat: '0,0.000N', lon: '0,0.000E' } } }))).gps).toBe(false);
  });

  it('reports both at once', async () => {
    expect(await readPhotoMetadata(makeJpeg({ gps: DRACHTEN, artist: 'Jan de Vries', ownerName: 'Jan' }))).toEqual({ gps: true, owner: true, readable: true });
  });

  it('reads a Blob (as from a file input) as well as bytes', async () => {
    const blob = new Blob([makeJpeg({ gps: DRACHTEN, artist: 'Jan' })], { type: 'image/jpeg' });
    expect(await readPhotoMetadata(blob)).toEqual({ gps: true, owner: true, readable: true });
    expect(await readPhotoMetadata(makeJpeg({ gps: DRACHTEN }).buffer as ArrayBuffer)).toMatchObject({ gps: true });
  });

  it('reads a large JPEG from its head only and still finds the EXIF', async () => {
    const photo = makeJpeg({ gps: DRACHTEN });
    const big = new Uint8Array(photo.length + (3 << 20));
    big.set(photo.subarray(0, photo.length - 2));
    big.set([0xff, 0xd9], big.length - 2);
    expect(await readPhotoMetadata(new Blob([big]))).toMatchObject({ gps: true, readable: true });
  });

  it('never throws on other formats, truncated or hostile input', async () => {
    const photo = makeJpeg({ gps: DRACHTEN, artist: 'Jan' });
    const inputs: Uint8Array[] = [
      new Uint8Array(0),
      new Uint8Array([0xff]),
      makeMp4(),
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      photo.subarray(0, 40),
      photo.subarray(0, 120),
      // A GPS IFD pointer far outside the file.
      (() => {
        const p = photo.slice();
        const at = p.findIndex((_, i) => p[i] === 0x88 && p[i + 1] === 0x25);
        if (at > 0) p.set([0xff, 0xff, 0xff, 0xf0], at + 8);
        return p;
      })(),
    ];
    for (const bytes of inputs) {
      const result = await readPhotoMetadata(bytes);
      expect(result.gps && result.owner).toBe(false);
    }
    expect(await readPhotoMetadata(makeMp4())).toEqual({ gps: false, owner: false, readable: false });
  });

  it('survives random corruption of a photo with metadata', async () => {
    const photo = makeJpeg({ gps: DRACHTEN, artist: 'Jan', xmp: { creator: 'Jan' } });
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 300; n++) {
      const p = photo.slice();
      for (let k = 0; k < 4; k++) p[Math.floor(rnd() * p.length)] = Math.floor(rnd() * 256);
      await expect(readPhotoMetadata(p)).resolves.toHaveProperty('readable');
    }
  });
});

describe('isScreenRecording', () => {
  it.each([
    ['RPReplay_Final1700000000.mp4', 'video/mp4'],
    ['Schermopname 2026-03-14 om 10.15.00.mov', 'video/quicktime'],
    ['Screen Recording 2026-03-14 at 10.15.00.mov', 'video/quicktime'],
    ['screen-20260314-101500.mp4', 'video/mp4'],
    ['Screen_Recording_20260314-101500_Teams.mp4', 'video/mp4'],
  ])('recognises %s', (name, type) => {
    expect(isScreenRecording({ name, type })).toBe(true);
  });

  it.each([
    ['IMG_1234.MOV', 'video/quicktime'],
    ['VID_20260314_101500.mp4', 'video/mp4'],
    ['Schermopname 2026-03-14.png', 'image/png'],
  ])('does not flag %s', (name, type) => {
    expect(isScreenRecording({ name, type })).toBe(false);
  });
});

describe('the generated test photos', () => {
  it('are read the same by exifr’s full bundle, so the generator writes standard EXIF and XMP', async () => {
    const exifr = (await import('exifr')).default;
    const out = await exifr.parse(makeJpeg({ gps: DRACHTEN, artist: 'Jan', ownerName: 'Pieter', xpAuthor: 'Anouk', xmp: { creator: 'Femke' } }), true);
    expect(out).toMatchObject({ Artist: 'Jan', OwnerName: 'Pieter', XPAuthor: 'Anouk', creator: 'Femke', GPSLatitudeRef: 'N' });
    expect(out.latitude).toBeCloseTo(DRACHTEN.lat, 4);
    expect(out.longitude).toBeCloseTo(DRACHTEN.lon, 4);
  });
});

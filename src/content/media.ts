// One composer's attachments as the evaluator sees them (`draft.media`): how many photos and videos it shows,
// whether a video is a screen recording (A7), and what the attached photos' metadata holds (GPS, owner names).
// The files come from media-files.ts (captured as they are picked, dropped or pasted); their bytes are read here,
// locally, once per file, and only yes/no answers are kept.
import { readPhotoMetadata, type PhotoMetadata } from '../media/photo-metadata.ts';
import { isScreenRecording } from '../media/screen-recording.ts';
import type { Media } from '../protocol/types.ts';
import { composerOf, countMedia } from '../sites/editor.ts';
import type { EditableElement, SiteAdapter } from '../sites/types.ts';
import { filesFor, onFilesChange } from './media-files.ts';

/** While media are shown, how often to look whether one was removed (sites remove previews without events). */
const RECOUNT_MS = 400;

const metadata = new WeakMap<File, PhotoMetadata | Promise<PhotoMetadata>>();

export class MediaWatch {
  private shown = { photos: 0, videos: 0 };
  private recount: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly editor: EditableElement,
    private readonly signal: AbortSignal,
    /** Called when the media changed in a way the draft's text does not show (a file picked, read or removed). */
    private readonly onChange: () => void,
  ) {
    onFilesChange((composer) => {
      if (composer === this.composer()) onChange();
    }, signal);
    signal.addEventListener('abort', () => this.stopRecount(), { once: true });
  }

  private composer(): Element {
    return composerOf(this.adapter, this.editor);
  }

  /** The draft's media now. Photos whose metadata is still being read count once their reading finishes. */
  current(): Media {
    const composer = this.composer();
    const shown = countMedia(this.adapter, composer);
    this.shown = shown;
    this.watchRemovals(shown.photos + shown.videos > 0);
    const total = shown.photos + shown.videos;
    // Remembered files only count while the composer shows media, and only as many as it shows: when a preview
    // is removed we cannot tell which file it was, so the most recently attached ones are taken to remain.
    const files = total > 0 ? filesFor(composer).slice(-total) : [];
    const photos = files.filter((f) => f.type.startsWith('image/'));
    const videos = files.filter((f) => f.type.startsWith('video/'));
    const media: Media = {
      photos: Math.max(shown.photos, photos.length),
      videos: Math.max(shown.videos, videos.length),
    };
    if (videos.some(isScreenRecording)) media.screenRecording = true;
    const read: PhotoMetadata[] = [];
    for (const photo of photos) {
      const m = this.metadataOf(photo);
      if (m) read.push(m);
    }
    if (read.length) media.photoMetadata = read.map(({ gps, owner }) => ({ gps, owner }));
    return media;
  }

  private metadataOf(file: File): PhotoMetadata | undefined {
    const known = metadata.get(file);
    if (known && !(known instanceof Promise)) return known;
    if (!known) {
      const reading = readPhotoMetadata(file).then((m) => {
        metadata.set(file, m);
        if (!this.signal.aborted) this.onChange();
        return m;
      });
      metadata.set(file, reading);
    }
    return undefined;
  }

  /** A cheap recount of the composer's previews while any are shown; stops as soon as none are. */
  private watchRemovals(active: boolean): void {
    if (!active) return this.stopRecount();
    this.recount ??= setInterval(() => {
      if (this.signal.aborted || !this.editor.isConnected) return this.stopRecount();
      const now = countMedia(this.adapter, this.composer());
      if (now.photos !== this.shown.photos || now.videos !== this.shown.videos) this.onChange();
    }, RECOUNT_MS);
  }

  private stopRecount(): void {
    clearInterval(this.recount);
    this.recount = undefined;
  }

  /** Whether anything is attached, so an empty caption with a photo is still judged. */
  hasMedia(): boolean {
    return this.shown.photos + this.shown.videos > 0;
  }
}

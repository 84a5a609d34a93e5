// Whether an attached video looks like a screen recording (A7: a remote lesson recorded off the screen). Only the
// file name and type say so: phones and desktop tools name them in recognisable ways, and nothing in the bytes
// of an MP4 tells a screen recording from a camera video.
const SCREEN_RECORDING_NAMES = [
  /\bRPReplay/i, // iOS screen recordings: RPReplay_Final1700000000.mp4
  /screen[\s_-]?(?:recording|record|recorder|capture|cast)/i, // macOS, Android, Windows, Chromebook
  /^screen-\d{8}-\d{6}/i, // Android (Samsung, Pixel): screen-20240101-101500.mp4
  /scherm[\s_-]?opname/i, // Dutch macOS/Windows: "Schermopname 2024-03-14 om 10.15.00.mov"
  /bildschirmaufnahme|enregistrement de l.écran|grabación de pantalla/i,
  /\b(?:obs|kapture|loom|screencastify|teams[\s_-]?(?:recording|opname)|zoom_\d|GMT\d{8}-\d{6}_Recording)/i,
];

export function isScreenRecording(file: { name: string; type: string }): boolean {
  if (!file.type.startsWith('video/') && !/\.(?:mov|mp4|webm|mkv|m4v)$/i.test(file.name)) return false;
  return SCREEN_RECORDING_NAMES.some((re) => re.test(file.name));
}

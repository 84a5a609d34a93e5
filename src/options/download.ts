// Hands a generated file to the browser as a download: nothing leaves the machine, the file is made here.
export function download(name: string, data: string | Uint8Array, type: string): void {
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The click starts the download synchronously; the URL is kept a moment for browsers that read it later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

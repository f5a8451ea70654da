/** Saves text as a file through a temporary link: no permission needed, and the browser asks where. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  // Firefox starts the download after the click returns: revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

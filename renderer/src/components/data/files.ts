// Files in the page without file-system access: an export is handed to the browser as a download (a Blob and
// an <a download>, which Chromium and Electron both support under the app's CSP), and a file the person picks
// is read with FileReader. The main process never receives a path from the page.

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the download may still be reading the Blob when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(new Error(`Axis could not read ${file.name}.`));
    reader.readAsText(file, 'utf-8');
  });
}

/** A JSON export starts with "{"; anything else is treated as a CSV. */
export function kindOf(text: string): 'json' | 'csv' {
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('{')
    ? 'json'
    : 'csv';
}

export function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Browser file helpers: read a file as base64 for upload, save base64 or bytes as a download. */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function saveBase64(dataBase64: string, contentType: string, fileName: string): void {
  const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0));
  saveBlob(new Blob([bytes], { type: contentType }), fileName);
}

/** exceljs loads on demand (it is large); its CommonJS API sits on the namespace or on `default`. */
export async function loadExcelJs() {
  const module = await import('exceljs');
  return ('Workbook' in module ? module : (module as unknown as { default: typeof module }).default) as typeof module;
}

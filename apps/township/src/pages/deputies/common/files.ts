/** Browser file helpers: save bytes as a download, load exceljs. */
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

/** exceljs loads on demand (it is large); its CommonJS API sits on the namespace or on `default`. */
export async function loadExcelJs() {
  const module = await import('exceljs');
  return ('Workbook' in module ? module : (module as unknown as { default: typeof module }).default) as typeof module;
}

/**
 * Web Share with the file first: `<a download>` does nothing in an installed iOS app. A person
 * who closes the share sheet (AbortError) has simply changed their mind.
 */
export async function sharePdf(file: File): Promise<void> {
  const data = { files: [file] };
  if (navigator.canShare?.(data)) {
    try {
      await navigator.share(data);
      return;
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
    }
  }
  // No file sharing here (most desktop browsers): a download does the same job.
  const link = document.createElement('a');
  link.href = URL.createObjectURL(file);
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

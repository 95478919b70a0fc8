/** Offers text to the learner as a file download; the blob URL never leaves the browser. */
export function downloadText(fileName: string, text: string, type = 'text/markdown;charset=utf-8') {
  const href = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

/** What a worksheet's save-status live region says: nothing while the learner types, then what became of the answers. */
export type SaveMessage =
  | ''
  | 'Saved'
  | 'Saved for this visit only: this browser is not keeping your progress'
  | 'Not saved: this browser refused the change. Download your answers to keep them';

/**
 * The message after a save: "Saved" only when the progress store took the answers (`saved`, the
 * store's answer), and for this visit only when the browser keeps nothing (`storageStatus` memory).
 */
export function saveMessage(saved: boolean, storageStatus: 'ok' | 'memory' | 'recovered'): SaveMessage {
  if (!saved) return 'Not saved: this browser refused the change. Download your answers to keep them';
  return storageStatus === 'memory' ? 'Saved for this visit only: this browser is not keeping your progress' : 'Saved';
}

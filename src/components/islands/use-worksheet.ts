import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { $progress, $storageStatus, getWorksheet, saveWorksheet } from '../../progress/progress-store.ts';
import { createDebouncedSaver } from '../../worksheets/debounced-saver.ts';
import { sameFields, type WorksheetFields } from '../../worksheets/fields.ts';
import { saveMessage, type SaveMessage } from '../../worksheets/save-message.ts';

export type { SaveMessage };

/** Quiet time after the last keystroke before the answers are written. */
const SAVE_DELAY_MS = 600;

/**
 * Wires a worksheet to the progress store: starts from the stored answers (the islands render only
 * in the browser, `client:only`, so there is no server HTML to disagree with), saves edits
 * debounced, flushes on blur and when the page is hidden, and adopts answers another tab saved while
 * this one has nothing waiting to be saved. `read` turns whatever is stored into a complete, valid
 * record.
 */
export function useWorksheet(worksheetId: string, read: (raw: unknown) => WorksheetFields) {
  const [fields, setFields] = useState<WorksheetFields>(() => read(getWorksheet(worksheetId)));
  const [message, setMessage] = useState<SaveMessage>('');
  const current = useRef(fields);
  const lastSaved = useRef<WorksheetFields>(fields);

  const saver = useMemo(
    () =>
      createDebouncedSaver((value: WorksheetFields) => {
        const saved = saveWorksheet(worksheetId, value);
        // Only what the store took counts as saved: a refused change is offered again on the next edit.
        if (saved) lastSaved.current = value;
        setMessage(saveMessage(saved, $storageStatus.get()));
      }, SAVE_DELAY_MS),
    [worksheetId],
  );

  useEffect(() => {
    const adoptStored = () => {
      if (saver.pending) return;
      const stored = read(getWorksheet(worksheetId));
      if (sameFields(stored, read(lastSaved.current))) return;
      lastSaved.current = stored;
      current.current = stored;
      setFields(stored);
    };
    const unlisten = $progress.listen(adoptStored);
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') saver.flush();
    };
    window.addEventListener('pagehide', saver.flush);
    document.addEventListener('visibilitychange', flushWhenHidden);
    return () => {
      saver.flush();
      unlisten();
      window.removeEventListener('pagehide', saver.flush);
      document.removeEventListener('visibilitychange', flushWhenHidden);
    };
  }, [worksheetId, read, saver]);

  const setField = useCallback(
    (key: string, value: string) => {
      const next = { ...current.current, [key]: value };
      current.current = next;
      setFields(next);
      setMessage('');
      saver.schedule(next);
    },
    [saver],
  );

  return { fields, setField, message, flush: saver.flush };
}

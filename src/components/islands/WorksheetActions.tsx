import SaveStatus from './SaveStatus.tsx';
import type { SaveMessage } from './use-worksheet.ts';

/** The bar under a worksheet: print, download as Markdown, and the save status. Not printed. */
export default function WorksheetActions({ printLabel, onDownload, message }: { printLabel: string; onDownload: () => void; message: SaveMessage }) {
  return (
    <div className="worksheet-actions no-print">
      <button type="button" onClick={() => window.print()}>
        {printLabel}
      </button>
      <button type="button" className="secondary" onClick={onDownload}>
        Download as Markdown
      </button>
      <SaveStatus message={message} />
    </div>
  );
}

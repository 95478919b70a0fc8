import type { SaveMessage } from './use-worksheet.ts';

/** The polite live region that tells the learner their answers were saved. */
export default function SaveStatus({ message }: { message: SaveMessage }) {
  return (
    <p className="save-status" role="status">
      {message}
    </p>
  );
}

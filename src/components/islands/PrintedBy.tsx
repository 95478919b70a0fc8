import { isoDay } from '../../worksheets/markdown.ts';

interface Props {
  /** The name saved with the learner's progress; a line to write on when there is none. */
  learnerName: string | undefined;
  organisation: string;
  date: Date;
  /** The organization's logo (site.yaml `logo`), with the base path. */
  logo?: string;
}

/** The head of a printed worksheet: the organization's logo, the learner's name, the organization and the date. */
export default function PrintedBy({ learnerName, organisation, date, logo }: Props) {
  return (
    <div className="print-only printed-by">
      {logo && <img className="org-logo" src={logo} alt={organisation} />}
      <p className="form-print__who">
        <span>Name: {learnerName || <span className="form-print__blank" />}</span>
        <span>Organization: {organisation}</span>
        <span>Date: {isoDay(date)}</span>
      </p>
    </div>
  );
}

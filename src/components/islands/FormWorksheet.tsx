import type { WorksheetDefinition } from '../../course/schemas/worksheet.ts';
import { formToMarkdown, readForm, sectionInstances, visibleSections, type FormBox } from '../../worksheets/form.ts';
import { fileNameFor } from '../../worksheets/markdown.ts';
import { $progress } from '../../progress/progress-store.ts';
import { downloadText } from './download.ts';
import PrintedBy from './PrintedBy.tsx';
import TextBox from './TextBox.tsx';
import WorksheetActions from './WorksheetActions.tsx';
import { useWorksheet } from './use-worksheet.ts';

interface Props {
  definition: WorksheetDefinition;
  siteTitle: string;
  organisation: string;
  /** The organization's logo for the printout (site.yaml `logo`), with the base path. */
  logo?: string;
}

const idFor = (key: string) => `worksheet-${key.replace(/\./g, '-')}`;

/**
 * Ruled lines for a box printed blank, to write on by hand: one per 60 characters allowed, at least
 * two for a text area, at most four. A table's cells keep to one line per 70 characters: each of its
 * rows repeats, so every line there costs the page several.
 */
const blankLines = (box: FormBox, inTable = false) =>
  box.field.kind === 'choice'
    ? 1
    : inTable
      ? Math.min(6, Math.max(1, Math.ceil((box.field.maxLength ?? 70) / 70)))
      : Math.min(4, Math.max(box.field.kind === 'textarea' ? 2 : 1, Math.ceil((box.field.maxLength ?? 70) / 60)));

/**
 * Any worksheet written as content (content/worksheets/*.yaml): the form on screen, and on paper a
 * compact copy with the learner's name, the date and the organization, and ruled space for boxes
 * left empty, so it can also be printed blank and filled in by hand.
 */
export default function FormWorksheet({ definition, siteTitle, organisation, logo }: Props) {
  const worksheetId = `${definition.track}/${definition.slug}`;
  const { fields, setField, message, flush } = useWorksheet(worksheetId, (raw) => readForm(definition, raw));
  const learnerName = $progress.get().learnerName;
  const today = new Date();

  const download = () => {
    flush();
    downloadText(fileNameFor(definition.title, 'md'), formToMarkdown(definition, fields, { date: today, siteTitle, organisation, learnerName }));
  };

  const control = (box: FormBox, describedBy: string[]) => {
    const id = idFor(box.key);
    const value = fields[box.key] ?? '';
    if (box.field.kind === 'choice') {
      return (
        <fieldset className="choice-group" key={box.key} aria-describedby={box.field.help ? `${id}-help` : undefined}>
          <legend>{box.field.label}</legend>
          {box.field.help && (
            <p className="field-help" id={`${id}-help`}>
              {box.field.help}
            </p>
          )}
          {box.field.options!.map((option, index) => (
            <label className="choice" key={option}>
              <input type="radio" name={id} value={option} checked={value === option} onChange={() => setField(box.key, option)} onBlur={flush} id={`${id}-${index}`} />
              <span>{option}</span>
            </label>
          ))}
        </fieldset>
      );
    }
    return (
      <TextBox
        key={box.key}
        id={id}
        field={{ label: box.field.label, help: box.field.help, maxLength: box.field.maxLength ?? 200, multiline: box.field.kind === 'textarea' }}
        value={value}
        onChange={(next) => setField(box.key, next)}
        onBlur={flush}
        describedBy={describedBy}
      />
    );
  };

  /** A box on paper: the answer, the options to circle, or ruled lines to write on. */
  const printed = (box: FormBox, inTable = false) =>
    fields[box.key]?.trim()
      ? fields[box.key]
      : box.field.kind === 'choice'
        ? box.field.options!.join(' / ')
        : Array.from({ length: blankLines(box, inTable) }, (_, index) => <span className="form-print__line" key={index} />);

  return (
    <div className="worksheet">
      <form className="worksheet-form no-print" onSubmit={(event) => event.preventDefault()} aria-label={definition.title}>
        {visibleSections(definition, fields).map((section) =>
          sectionInstances(section).map(({ instance, boxes }) => {
            const introId = section.intro && (instance ?? 1) === 1 ? `worksheet-${section.id}-intro` : undefined;
            return (
              <fieldset className="worksheet-group" key={`${section.id}-${instance ?? 0}`}>
                <legend>{instance ? `${section.title}: ${instance}` : section.title}</legend>
                {introId && (
                  <p className="step-prompt" id={introId}>
                    {section.intro}
                  </p>
                )}
                <div className="worksheet-group__fields">{boxes.map((box) => control(box, introId ? [introId] : []))}</div>
              </fieldset>
            );
          }),
        )}
      </form>

      <WorksheetActions printLabel="Print" onDownload={download} message={message} />

      <div className="print-only form-print">
        <PrintedBy learnerName={learnerName} organisation={organisation} date={today} logo={logo} />
        {visibleSections(definition, fields).map((section) => (
          <section className="form-print__section" key={section.id}>
            <h2>{section.title}</h2>
            {section.repeat ? (
              <table className="form-print__table">
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    {section.fields.map((field) => (
                      <th scope="col" key={field.key}>
                        {field.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {sectionInstances(section).map(({ instance, boxes }) => (
                    <tr key={instance}>
                      <th scope="row">{instance}</th>
                      {boxes.map((box) => (
                        <td key={box.key}>{printed(box, true)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <dl className="form-print__boxes">
                {sectionInstances(section)[0].boxes.map((box) => (
                  <div key={box.key} className="form-print__box">
                    <dt>{box.field.label}</dt>
                    <dd>{printed(box)}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}

import { fileNameFor } from '../../worksheets/markdown.ts';
import { readRoadmap, ROADMAP_ID, ROADMAP_OVERVIEW, ROADMAP_STEPS, ROADMAP_TITLE, roadmapToMarkdown } from '../../worksheets/roadmap.ts';
import { downloadText } from './download.ts';
import WorksheetActions from './WorksheetActions.tsx';
import TextBox from './TextBox.tsx';
import { useWorksheet } from './use-worksheet.ts';

const idFor = (key: string) => `roadmap-${key.replace('.', '-')}`;

/** The executive roadmap: the form on screen, a compact one-page table in print. */
export default function RoadmapWorksheet({ siteTitle }: { siteTitle: string }) {
  const { fields, setField, message, flush } = useWorksheet(ROADMAP_ID, readRoadmap);
  const box = (key: string) => ({ id: idFor(key), value: fields[key] ?? '', onChange: (value: string) => setField(key, value), onBlur: flush });

  const download = () => {
    flush();
    downloadText(fileNameFor(ROADMAP_TITLE, 'md'), roadmapToMarkdown(fields, { date: new Date(), siteTitle }));
  };

  return (
    <div className="worksheet">
      <form className="worksheet-form no-print" onSubmit={(event) => event.preventDefault()} aria-label={ROADMAP_TITLE}>
        <fieldset className="worksheet-group">
          <legend>The big picture</legend>
          {ROADMAP_OVERVIEW.map((field) => (
            <TextBox key={field.key} field={field} {...box(field.key)} />
          ))}
        </fieldset>
        {ROADMAP_STEPS.map((step) => {
          const promptId = `roadmap-step-${step.number}-prompt`;
          return (
            <fieldset className="worksheet-group roadmap-step" key={step.number}>
              <legend>
                Step {step.number}: {step.title}
              </legend>
              <p className="step-prompt" id={promptId}>
                {step.prompt}
              </p>
              <div className="roadmap-step__fields">
                <TextBox field={step.achieve} describedBy={[promptId]} {...box(step.achieve.key)} />
                <TextBox field={step.owner} {...box(step.owner.key)} />
                <TextBox field={step.firstNinetyDays} {...box(step.firstNinetyDays.key)} />
              </div>
            </fieldset>
          );
        })}
      </form>

      <WorksheetActions printLabel="Print" onDownload={download} message={message} />

      <div className="print-only roadmap-print">
        <dl className="roadmap-print__overview">
          {ROADMAP_OVERVIEW.map((field) => (
            <div key={field.key}>
              <dt>{field.label}</dt>
              <dd>{fields[field.key]}</dd>
            </div>
          ))}
        </dl>
        <table>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">What we will achieve</th>
              <th scope="col">Owner</th>
              <th scope="col">First 90 days</th>
            </tr>
          </thead>
          <tbody>
            {ROADMAP_STEPS.map((step) => (
              <tr key={step.number}>
                <th scope="row">
                  {step.number}. {step.title}
                </th>
                <td>{fields[step.achieve.key]}</td>
                <td>{fields[step.owner.key]}</td>
                <td>{fields[step.firstNinetyDays.key]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

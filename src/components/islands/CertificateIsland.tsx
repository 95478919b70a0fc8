import { useStore } from '@nanostores/react';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { certificateDate, certificateStatus, verificationCode } from '../../progress/certificate.ts';
import { describeModuleState, moduleStatus, percent, type TrackOutline } from '../../progress/course-status.ts';
import { $progress, setLearnerName } from '../../progress/progress-store.ts';

interface Props {
  track: TrackOutline;
  siteTitle: string;
  organisation: string;
  /** The organization's logo (site.yaml `logo`), with the base path. */
  logo?: string;
}

/** /certificate/<track>/: what is left, the name form, or the printable certificate. */
export default function CertificateIsland({ track, siteTitle, organisation, logo }: Props) {
  const progress = useStore($progress);
  const status = certificateStatus(progress, track);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(progress.learnerName ?? '');
  const certificateHeading = useRef<HTMLHeadingElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const [justIssued, setJustIssued] = useState(false);

  useEffect(() => {
    if (justIssued) certificateHeading.current?.focus();
  }, [justIssued]);
  useEffect(() => {
    if (editing) nameInput.current?.focus();
  }, [editing]);

  if (!status.complete) {
    const done = track.modules.length - status.remaining.length;
    return (
      <div className="certificate-island">
        <p>
          Your certificate for {track.title} is ready once you pass the quiz of every module. You have passed {done} of {track.modules.length}; still to do:
        </p>
        <ul aria-label="Modules still to do">
          {status.remaining.map((module) => (
            <li key={module.id}>
              <a href={module.href}>{module.title}</a> — {describeModuleState(moduleStatus(progress, module.id)).toLowerCase()}, about {module.minutes} minutes
            </li>
          ))}
        </ul>
      </div>
    );
  }

  const learnerName = progress.learnerName;
  if (!learnerName || editing) {
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      if (!name.trim()) return nameInput.current?.focus();
      setLearnerName(name);
      setEditing(false);
      setJustIssued(true);
    };
    return (
      <div className="certificate-island">
        <p className="message-ok">You have passed every quiz in {track.title}. Well done!</p>
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="learner-name">Your name as it should appear on the certificate</label>
            <input ref={nameInput} id="learner-name" name="name" type="text" autoComplete="name" maxLength={120} required value={name} onChange={(e) => setName(e.target.value)} aria-describedby="name-hint" />
            <span id="name-hint" className="meta">
              Saved in this browser only, with your progress.
            </span>
          </div>
          <button type="submit">Show my certificate</button>
        </form>
      </div>
    );
  }

  const scores = Object.fromEntries(status.scores.map((s) => [s.module.id, s.best ?? null]));
  const code = verificationCode({ name: learnerName, trackId: track.id, completedOn: status.completedOn, scores });
  return (
    <div className="certificate-island">
      <div className="button-row">
        <button type="button" onClick={() => window.print()}>
          Print certificate
        </button>
        <button type="button" className="secondary" onClick={() => (setName(learnerName), setEditing(true))}>
          Change the name
        </button>
      </div>
      <article className="certificate" aria-labelledby="certificate-heading">
        {logo && <img className="certificate__logo" src={logo} alt={organisation} />}
        <p className="meta">{siteTitle} · {organisation}</p>
        <h2 id="certificate-heading" tabIndex={-1} ref={certificateHeading}>
          Certificate of completion
        </h2>
        <p>This certifies that</p>
        <p className="certificate__name">{learnerName}</p>
        <p>has completed the track</p>
        <p className="certificate__track">{track.title}</p>
        <p>
          on <time dateTime={status.day}>{certificateDate(status.completedOn, document.documentElement.lang || undefined).text}</time>, passing the quiz of every module:
        </p>
        <table className="progress-table">
          <caption className="visually-hidden">Best quiz score per module</caption>
          <thead>
            <tr>
              <th scope="col">Module</th>
              <th scope="col">Best score</th>
            </tr>
          </thead>
          <tbody>
            {status.scores.map(({ module, best }) => (
              <tr key={module.id}>
                <th scope="row">{module.title}</th>
                <td>{best === undefined ? 'passed' : percent(best)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          Verification code: <span className="certificate__code">{code}</span>
        </p>
        <p className="certificate__signature">Signed for {organisation}</p>
      </article>
    </div>
  );
}

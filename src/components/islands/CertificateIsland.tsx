import { useStore } from '@nanostores/react';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { certificateDate, certificateFacts, certificateStatus, verificationCode } from '../../progress/certificate.ts';
import { certificateNeeds, describeModuleState, moduleStatus, percent, type TrackOutline } from '../../progress/course-status.ts';
import { findLmsBridge, lmsLearnerName } from '../../lms/lms-frame.ts';
import type { FrameLike } from '../../lms/scorm-api.ts';
import { $progress, setLearnerName } from '../../progress/progress-store.ts';
import PolicyAttestation from './PolicyAttestation.tsx';

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
  // Inside an LMS the learner is known: the certificate carries the LMS's name and does not ask.
  const [lms] = useState(() => ({ inside: findLmsBridge(window as unknown as FrameLike) !== undefined, name: lmsLearnerName(window as unknown as FrameLike) }));

  useEffect(() => {
    if (justIssued) certificateHeading.current?.focus();
  }, [justIssued]);
  useEffect(() => {
    if (editing) nameInput.current?.focus();
  }, [editing]);

  const needs = certificateNeeds(track);
  const policyName = track.attestation && `${track.attestation.title}${track.attestation.version ? `, version ${track.attestation.version}` : ''}`;
  if (!status.complete) {
    const done = track.modules.length - status.remaining.length;
    const what = [needs.modules && 'you pass the quiz of every module', needs.final && 'you pass the final check', track.attestation && `you confirm you have read ${policyName}`].filter(Boolean);
    return (
      <div className="certificate-island">
        <p>
          Your certificate for {track.title} is ready once {what.length > 1 ? `${what.slice(0, -1).join(', ')} and ${what.at(-1)}` : what[0]}.
          {needs.modules && ` You have passed ${done} of ${track.modules.length} module quizzes.`} Still to do:
        </p>
        <ul aria-label="Still to do">
          {status.remaining.map((module) => (
            <li key={module.id}>
              <a href={module.href}>{module.title}</a> — {describeModuleState(moduleStatus(progress, module.id)).toLowerCase()}, about {module.minutes} minutes
            </li>
          ))}
          {status.finalMissing && track.finalCheck && (
            <li>
              <a href={track.finalCheck.href}>The final check</a> — about {track.finalCheck.minutes} minutes
            </li>
          )}
          {status.attestationMissing && (
            <li>
              Confirm you have read {policyName}
              {status.attestationMissing === 'outdated' ? ' (it has changed since you last confirmed)' : ''}
              {status.finalMissing || status.remaining.length > 0 ? (track.finalCheck && needs.final ? ': you are asked when you pass the final check' : ': once the modules are done, here') : ': below'}
            </li>
          )}
        </ul>
        {/* Without a final check to close the track, the confirmation is asked here, once the modules are done. */}
        {track.attestation && status.attestationMissing && status.remaining.length === 0 && !status.finalMissing && <PolicyAttestation track={{ ...track, attestation: track.attestation }} />}
      </div>
    );
  }

  const learnerName = lms.name ?? progress.learnerName;
  if (!learnerName || (editing && !lms.name)) {
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      if (!name.trim()) return nameInput.current?.focus();
      setLearnerName(name);
      setEditing(false);
      setJustIssued(true);
    };
    return (
      <div className="certificate-island">
        <p className="message-ok">You have done everything {track.title} asks for its certificate. Well done!</p>
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="learner-name">Your name as it should appear on the certificate</label>
            <input ref={nameInput} id="learner-name" name="name" type="text" autoComplete="name" maxLength={120} required value={name} onChange={(e) => setName(e.target.value)} aria-describedby="name-hint" />
            <span id="name-hint" className="meta">
              {lms.inside ? 'Saved with your progress, in your learning system and in this browser.' : 'Saved in this browser only, with your progress.'}
            </span>
          </div>
          <button type="submit">Show my certificate</button>
        </form>
      </div>
    );
  }

  const code = verificationCode(certificateFacts(learnerName, track.id, status));
  const lang = document.documentElement.lang || undefined;
  return (
    <div className="certificate-island">
      <div className="button-row">
        <button type="button" onClick={() => window.print()}>
          Print certificate
        </button>
        {!lms.name && (
          <button type="button" className="secondary" onClick={() => (setName(learnerName), setEditing(true))}>
            Change the name
          </button>
        )}
      </div>
      {lms.name && <p className="meta no-print">Your name as your learning system (LMS) records it.</p>}
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
          on <time dateTime={status.day}>{certificateDate(status.completedOn, lang).text}</time>
          {needs.modules && needs.final ? ', passing the quiz of every module and the final check' : needs.final ? ', passing the final check' : ', passing the quiz of every module'}
          {status.scores.length > 0 ? ':' : '.'}
        </p>
        {status.scores.length > 0 && (
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
        )}
        {status.final && (
          <p className="certificate__final">
            Final check: best score {percent(status.final.best)}, passed on {certificateDate(status.final.passedOn, lang).text} (edition {status.final.contentVersion.slice(0, 8)}).
          </p>
        )}
        {status.attestation && (
          <p className="certificate__attestation">
            Confirmed on {certificateDate(status.attestation.date, lang).text} having read {status.attestation.policy}
            {status.attestation.version ? `, version ${status.attestation.version}` : ''}.
          </p>
        )}
        <p>
          Verification code: <span className="certificate__code">{code}</span>
        </p>
        <p className="meta certificate__code-note">
          The code is a checksum of what this certificate states, so your trainer can compare it with your exported progress on the certificate check page. It shows
          whether the details were changed; it is not a signature and does not prove who took the course. Your organization's LMS record is the record of proof.
        </p>
        <p className="certificate__signature">Signed for {organisation}</p>
      </article>
    </div>
  );
}

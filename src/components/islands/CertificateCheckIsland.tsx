import { useState, type ChangeEvent } from 'react';
import { certificateDate } from '../../progress/certificate.ts';
import { checkCertificateFile, sameCode, type CertificateCheck, type TrackCheck } from '../../progress/certificate-check.ts';
import { percent, type TrackOutline } from '../../progress/course-status.ts';
import { MAX_IMPORT_BYTES } from '../../progress/export-import.ts';

interface Props {
  tracks: TrackOutline[];
}

type Checked = { fileName: string; result: CertificateCheck };

const day = (iso: string) => certificateDate(iso, document.documentElement.lang || undefined).text;

/**
 * /trainer/certificate-check/: reads a learner's exported progress file in this browser and shows
 * what their certificate states. It never touches the trainer's own progress (no progress store).
 */
export default function CertificateCheckIsland({ tracks }: Props) {
  const [checked, setChecked] = useState<Checked>();

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return setChecked({ fileName: file.name, result: { ok: false, error: 'This file is too large to be a progress export.' } });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setChecked({ fileName: file.name, result: { ok: false, error: 'This file could not be read.' } });
    }
    setChecked({ fileName: file.name, result: checkCertificateFile(text, tracks) });
  };

  return (
    <div className="certificate-check">
      <div className="field">
        <label htmlFor="certificate-file">A learner's exported progress file (.json)</label>
        <input id="certificate-file" type="file" accept=".json,application/json" onChange={choose} />
      </div>
      <div aria-live="polite">{checked && <Result {...checked} />}</div>
    </div>
  );
}

function Result({ fileName, result }: Checked) {
  if (!result.ok) {
    return (
      <p className="message-error">
        {fileName}: {result.error}
      </p>
    );
  }
  return (
    <section aria-labelledby="check-heading">
      <h2 id="check-heading">{result.learnerName ?? 'A learner who gave no name'}</h2>
      <p>
        {fileName}
        {result.exportedAt && `, exported on ${day(result.exportedAt)}`}.
      </p>
      <p className={result.checksum === 'matches' ? 'message-ok' : 'message-error'} data-checksum={result.checksum}>
        {result.checksum === 'matches'
          ? 'The file matches its verification code: it has not been changed since it was exported.'
          : result.checksum === 'differs'
            ? 'The file does not match its verification code: it was changed after it was exported. Do not rely on what it states.'
            : 'This file has no verification code (it was exported before the course added one), so edits cannot be detected.'}
      </p>
      {result.tracks.length === 0 && <p>The learner has not started any track of this course.</p>}
      {result.tracks.map((check) => (
        <TrackResult key={check.track.id} check={check} />
      ))}
    </section>
  );
}

function TrackResult({ check }: { check: TrackCheck }) {
  const [typed, setTyped] = useState('');
  const { track, summary, certificate, final, attestation, code } = check;
  const inputId = `typed-code-${track.id}`;
  return (
    <article className="callout" aria-labelledby={`check-${track.id}`}>
      <h3 id={`check-${track.id}`}>{track.title}</h3>
      <p>
        <strong>Certificate:</strong>{' '}
        {certificate.complete ? `complete on ${day(certificate.completedOn)}` : 'not complete yet'} · {summary.done} of {summary.total} module quizzes passed
      </p>
      {summary.started > 0 && (
        <div className="table-scroll">
          <table className="progress-table">
            <caption className="visually-hidden">Best quiz score per module of {track.title}</caption>
            <thead>
              <tr>
                <th scope="col">Module</th>
                <th scope="col">Best score</th>
                <th scope="col">Passed on</th>
              </tr>
            </thead>
            <tbody>
              {summary.modules.map(({ module, status }) => (
                <tr key={module.id}>
                  <th scope="row">{module.title}</th>
                  <td>{status.bestScore === undefined ? '—' : percent(status.bestScore)}</td>
                  <td>{status.completed ? day(status.completed) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <strong>Final check:</strong>{' '}
        {final.best
          ? `${final.passed ? `passed on ${day(final.passed.date)}` : 'not passed'}, best score ${percent(final.best.score)} in ${final.attempts} attempt${final.attempts === 1 ? '' : 's'}, edition ${final.best.contentVersion.slice(0, 8)}${final.currentEdition === false ? ' (an earlier edition than this course ships)' : final.currentEdition ? ' (this edition)' : ''}`
          : 'not taken'}
      </p>
      {attestation && (
        <p>
          <strong>Policy:</strong> confirmed on {day(attestation.date)} having read {attestation.policy}
          {attestation.version ? `, version ${attestation.version}` : ''}
        </p>
      )}
      {code ? (
        <>
          <p>
            <strong>Verification code of the certificate:</strong> <span className="certificate__code">{code}</span>
          </p>
          <div className="field">
            <label htmlFor={inputId}>Code on the certificate the learner showed you (optional)</label>
            <input id={inputId} type="text" value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} />
          </div>
          {typed.trim() && (
            <p className={sameCode(typed, code) ? 'message-ok' : 'message-error'}>
              {sameCode(typed, code) ? 'The codes match: the certificate states what this file holds.' : 'The codes do not match: the certificate and this file disagree.'}
            </p>
          )}
        </>
      ) : (
        certificate.complete && <p className="meta">No verification code: the learner has not given a name.</p>
      )}
    </article>
  );
}

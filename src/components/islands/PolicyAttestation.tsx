import { useId, useState, useSyncExternalStore, type SubmitEvent } from 'react';
import type { TrackOutline } from '../../progress/course-status.ts';
import { attestationStatus } from '../../progress/next-step.ts';
import { $progress, attestPolicy } from '../../progress/progress-store.ts';

const longDate = (iso: string) => new Date(iso).toLocaleDateString(document.documentElement.lang || undefined, { dateStyle: 'long' });
const named = (policy: { title: string; version?: string }) => `${policy.title}${policy.version ? `, version ${policy.version}` : ''}`;

/**
 * At the end of the track site.yaml names (`attestation`), the learner confirms they have read the
 * organization's policy at its current version; the date and version are stored with their progress.
 */
export default function PolicyAttestation({ track }: { track: TrackOutline & { attestation: NonNullable<TrackOutline['attestation']> } }) {
  // React's own subscription (not @nanostores/react): this also renders inside the quiz island, which counts every kilobyte.
  const progress = useSyncExternalStore((changed) => $progress.listen(changed), $progress.get, $progress.get);
  const status = attestationStatus(progress, track);
  const id = useId();
  const [checked, setChecked] = useState(false);
  const [problem, setProblem] = useState<string>();
  const policy = track.attestation;
  if (!status.needed) return null;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!checked) return setProblem('Tick the box to confirm, or come back once you have read it.');
    setProblem(attestPolicy(track.id, { policy: policy.title, ...(policy.version ? { version: policy.version } : {}) }) ? undefined : 'Your confirmation could not be saved in this browser.');
  };

  return (
    <section className="callout attestation" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Our social media policy</h3>
      {status.current && status.given ? (
        <p className="message-ok" role="status">
          You confirmed on {longDate(status.given.date)} that you have read {named({ title: status.given.policy, ...(status.given.version ? { version: status.given.version } : {}) })}.
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <p>
            This track ends with a confirmation for your records: that you have read{' '}
            {policy.url ? <a href={policy.url}>{named(policy)}</a> : named(policy)}. It is stored with your progress, shown on your certificate and included when you export
            your progress.
            {status.given && ` You confirmed version ${status.given.version ?? '(none given)'} on ${longDate(status.given.date)}; the policy has changed since.`}
          </p>
          <div className="field field--check">
            <input id={`${id}-read`} type="checkbox" checked={checked} onChange={(event) => (setChecked(event.currentTarget.checked), setProblem(undefined))} aria-describedby={problem ? `${id}-problem` : undefined} />
            <label htmlFor={`${id}-read`}>I have read {named(policy)}.</label>
          </div>
          <button type="submit">Confirm</button>
          {problem && (
            <p id={`${id}-problem`} className="message-error" role="alert">
              {problem}
            </p>
          )}
        </form>
      )}
    </section>
  );
}

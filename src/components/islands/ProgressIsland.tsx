import { useStore } from '@nanostores/react';
import { useEffect, useRef, useState, type ChangeEvent, type SubmitEvent } from 'react';
import { continueWhere, describeFinalCheck, describeMinutesLeft, describeModuleState, describeProgressCounts, describeTrackStatus, finalCheckStatus, percent, trackSummary, type TrackOutline } from '../../progress/course-status.ts';
import { MAX_IMPORT_BYTES, createExport, exportFileName, readImport } from '../../progress/export-import.ts';
import { mergeProgress } from '../../progress/merge.ts';
import type { Progress } from '../../progress/progress-schema.ts';
import { LEARNER_NAME_MAX_LENGTH } from '../../progress/progress-schema.ts';
import { findLmsBridge } from '../../lms/lms-frame.ts';
import type { FrameLike } from '../../lms/scorm-api.ts';
import { $progress, $storageStatus, getSetAside, replaceProgress, resetProgress, setLearnerName } from '../../progress/progress-store.ts';

interface Props {
  tracks: TrackOutline[];
  homeHref: string;
}

type Message = { kind: 'ok' | 'error'; text: string };
type Pending = { kind: 'import'; fileName: string; progress: Progress; exportedAt?: string } | { kind: 'reset' } | { kind: 'name-for-export' };

/** Offers text as a file download, without any request to a server. */
function download(text: string, fileName: string) {
  const href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

const formatDate = (iso: string) => new Date(iso).toLocaleDateString(document.documentElement.lang || undefined, { dateStyle: 'long' });

/** The /progress/ page: status per track, continue, your name, export, import and reset. */
export default function ProgressIsland({ tracks, homeHref }: Props) {
  const progress = useStore($progress);
  const storageStatus = useStore($storageStatus);
  // Inside an LMS package opened from the LMS, the LMS keeps the progress too.
  const [inLms] = useState(() => findLmsBridge(window as unknown as FrameLike) !== undefined);
  const [message, setMessage] = useState<Message>();
  const [pending, setPending] = useState<Pending>();
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const next = continueWhere(progress, tracks);
  const setAside = getSetAside();

  useEffect(() => {
    if (pending) confirmHeading.current?.focus();
  }, [pending]);

  const [name, setName] = useState(progress.learnerName ?? '');
  const [nameMessage, setNameMessage] = useState<Message>();
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => setName(progress.learnerName ?? ''), [progress.learnerName]);

  const saveName = (event: SubmitEvent) => {
    event.preventDefault();
    setNameMessage(
      setLearnerName(name)
        ? { kind: 'ok', text: name.trim() ? `Saved: your certificates and exported files name you as ${name.trim().replace(/\s+/g, ' ')}.` : 'Your name was removed.' }
        : { kind: 'error', text: 'Your name could not be saved in this browser.' },
    );
  };

  const writeExport = () => {
    const now = new Date();
    const current = $progress.get();
    const fileName = exportFileName(now, current.learnerName);
    download(createExport(current, now), fileName);
    setMessage({ kind: 'ok', text: `Your progress was saved as ${fileName} (${describeProgressCounts(current)}).` });
  };
  // The first export without a name asks for it once, so the trainer's report can tell learners apart.
  const exportProgress = () => {
    if ($progress.get().learnerName) return writeExport();
    setMessage(undefined);
    setPending({ kind: 'name-for-export' });
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    setPending(undefined);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return setMessage({ kind: 'error', text: `Nothing was imported from ${file.name}: it is too large to be a progress export.` });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setMessage({ kind: 'error', text: `Nothing was imported: ${file.name} could not be read.` });
    }
    const result = readImport(text);
    if (!result.ok) return setMessage({ kind: 'error', text: `Nothing was imported from ${file.name}. ${result.error}` });
    setMessage(undefined);
    setPending({ kind: 'import', fileName: file.name, progress: result.progress, ...(result.exportedAt ? { exportedAt: result.exportedAt } : {}) });
  };

  const confirm = () => {
    // Each message says what happened: the store answers whether it saved the change.
    if (pending?.kind === 'name-for-export') {
      if (name.trim()) setLearnerName(name);
      setPending(undefined);
      return writeExport();
    }
    if (pending?.kind === 'import') {
      setMessage(
        replaceProgress(mergeProgress($progress.get(), pending.progress))
          ? { kind: 'ok', text: `Imported ${pending.fileName}. You now have ${describeProgressCounts($progress.get())}.` }
          : { kind: 'error', text: `Nothing was imported from ${pending.fileName}: the combined progress could not be saved, so yours is unchanged.` },
      );
    } else if (pending?.kind === 'reset') {
      setMessage(
        resetProgress()
          ? { kind: 'ok', text: 'Your progress was reset. You are starting fresh.' }
          : { kind: 'error', text: 'Nothing was reset: this browser refused the change.' },
      );
    }
    setPending(undefined);
  };
  const cancel = () => {
    setMessage({ kind: 'ok', text: pending?.kind === 'reset' ? 'Nothing was reset.' : pending?.kind === 'name-for-export' ? 'Nothing was exported.' : 'Nothing was imported.' });
    setPending(undefined);
    fileInput.current?.focus();
  };

  return (
    <div className="progress-island">
      <section aria-labelledby="continue-heading">
        <h2 id="continue-heading">Continue where you left off</h2>
        {next ? (
          <p className="continue">
            {next.resume ? 'You were last working on ' : 'Up next: '}
            <a href={next.module.href}>{next.module.title}</a> in {next.track.title}.
          </p>
        ) : Object.keys(progress.modules).length === 0 ? (
          <p>
            You haven't started a module yet. <a href={homeHref}>Choose your track</a> to begin.
          </p>
        ) : (
          <p>You have finished every module you started. Pick another track from the list below.</p>
        )}
      </section>

      {tracks.map((track) => {
        const summary = trackSummary(progress, track);
        return (
          <section key={track.id} aria-labelledby={`track-${track.id}`}>
            <h2 id={`track-${track.id}`}>
              <a href={track.href}>{track.title}</a>
            </h2>
            <p className="progress-status" data-state={summary.complete ? 'done' : undefined}>
              {describeTrackStatus(summary)}
            </p>
            <p className="meta">
              {[
                `${summary.done} of ${summary.total} quizzes passed`,
                `${summary.started} of ${summary.total} modules opened`,
                track.finalCheck && describeFinalCheck(finalCheckStatus(progress, track.id)),
                describeMinutesLeft(summary.minutesLeft),
              ]
                .filter(Boolean)
                .join(' · ')}{' '}
              · <a href={track.certificateHref}>{summary.complete && summary.finalPassed ? 'Your certificate' : 'What is left for the certificate'}</a>
            </p>
            {summary.started > 0 && (
              <div className="table-scroll">
                <table className="progress-table">
                  <caption className="visually-hidden">Modules of {track.title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Module</th>
                      <th scope="col">Status</th>
                      <th scope="col">Best score</th>
                      <th scope="col" className="narrow-hide">Attempts</th>
                    </tr>
                  </thead>
                  <tbody>
                    {summary.modules.map(({ module, status }) => (
                      <tr key={module.id}>
                        <th scope="row">
                          <a href={module.href}>{module.title}</a>
                        </th>
                        <td>{describeModuleState(status)}</td>
                        <td>{status.bestScore === undefined ? '—' : percent(status.bestScore)}</td>
                        <td className="narrow-hide">{status.attempts}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}

      <section aria-labelledby="name-heading">
        <h2 id="name-heading">Your name</h2>
        <form onSubmit={saveName} noValidate>
          <div className="field">
            <label htmlFor="progress-learner-name">Your name, as your certificates, your exported progress and your trainer's report should show it</label>
            <input ref={nameInput} id="progress-learner-name" type="text" autoComplete="name" maxLength={LEARNER_NAME_MAX_LENGTH} value={name} onChange={(event) => setName(event.target.value)} />
          </div>
          <button type="submit" className="secondary">
            Save my name
          </button>
        </form>
        <p role="status" className={nameMessage ? `message-${nameMessage.kind}` : undefined}>
          {nameMessage?.text}
        </p>
      </section>

      <section aria-labelledby="manage-heading">
        <h2 id="manage-heading">Keep, move or reset your progress</h2>
        <p>
          {inLms
            ? 'Your progress is saved in your learning system (LMS), which brings it back wherever you open the course from there, and in this browser. '
            : `Your progress is saved in this browser only${storageStatus === 'memory' ? ' — and right now not even there, so export it before you leave' : ''}. `}
          Export it to a file to keep a copy{inLms ? '' : ', to move to another computer or browser,'} or to show your trainer.
        </p>
        <div className="button-row">
          <button type="button" onClick={exportProgress}>
            Export progress
          </button>
        </div>
        <div className="field">
          <label htmlFor="import-file">Import progress from an exported file</label>
          <input ref={fileInput} id="import-file" type="file" accept=".json,application/json" onChange={chooseFile} />
        </div>
        <div className="button-row">
          <button type="button" className="secondary" onClick={() => (setMessage(undefined), setPending({ kind: 'reset' }))}>
            Reset progress…
          </button>
        </div>

        {pending && (
          <div className="confirm-panel" role="group" aria-labelledby="confirm-heading">
            <h3 id="confirm-heading" tabIndex={-1} ref={confirmHeading}>
              {pending.kind === 'import' ? `Import ${pending.fileName}?` : pending.kind === 'name-for-export' ? 'Your name for the exported file' : 'Delete all your progress?'}
            </h3>
            {pending.kind === 'name-for-export' ? (
              <div className="field">
                <label htmlFor="export-learner-name">Your name goes into the file's name and your trainer's report, so they can tell whose progress it is. It is asked once and kept with your progress.</label>
                <input id="export-learner-name" type="text" autoComplete="name" maxLength={LEARNER_NAME_MAX_LENGTH} value={name} onChange={(event) => setName(event.target.value)} />
              </div>
            ) : pending.kind === 'import' ? (
              <p>
                This file{pending.exportedAt ? `, exported on ${formatDate(pending.exportedAt)},` : ''} holds {describeProgressCounts(pending.progress)}. It will be merged into your
                progress: nothing of yours is removed, and the best score of each quiz wins.
              </p>
            ) : (
              <p>This deletes everything saved in this browser ({describeProgressCounts(progress)}). Export first if you want to keep a copy. This cannot be undone.</p>
            )}
            <div className="button-row">
              <button type="button" onClick={confirm}>
                {pending.kind === 'import' ? 'Merge into my progress' : pending.kind === 'name-for-export' ? (name.trim() ? 'Export with this name' : 'Export without a name') : 'Yes, delete my progress'}
              </button>
              <button type="button" className="secondary" onClick={cancel}>
                {pending.kind === 'import' ? 'Cancel import' : pending.kind === 'name-for-export' ? 'Cancel export' : 'Keep my progress'}
              </button>
            </div>
          </div>
        )}
        <p role="status" className={message ? `message-${message.kind}` : undefined}>
          {message?.text}
        </p>
      </section>

      {setAside && (
        <section aria-labelledby="set-aside-heading">
          <h2 id="set-aside-heading">Progress that could not be read</h2>
          <p>
            {setAside.date ? `On ${formatDate(setAside.date)} t` : 'T'}his browser held saved progress the course could not read. {setAside.reason} It was set aside
            instead of deleted; download it if you or your trainer want to look at it.
          </p>
          <button type="button" className="secondary" onClick={() => download(setAside.text, 'social-literacy-unreadable-progress.txt')}>
            Download the set-aside data
          </button>
        </section>
      )}
    </div>
  );
}

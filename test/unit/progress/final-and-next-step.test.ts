import { describe, expect, it } from 'vitest';
import { certificateFacts, certificateStatus, verificationCode } from '../../../src/progress/certificate.ts';
import { checkCertificateFile, sameCode } from '../../../src/progress/certificate-check.ts';
import { describeTrackStatus, nextStep, stepAfterModule, trackSummary, type TrackOutline } from '../../../src/progress/course-status.ts';
import { createExport } from '../../../src/progress/export-import.ts';
import { emptyProgress, type FinalAttempt, type Progress } from '../../../src/progress/progress-schema.ts';
import { attempt } from '../../helpers/progress.ts';

const outline = (patch: Partial<TrackOutline> = {}): TrackOutline => ({
  id: 'foundations',
  title: 'Foundations',
  href: '/tracks/foundations/',
  certificateHref: '/certificate/foundations/',
  modules: ['a', 'b'].map((slug) => ({ id: `foundations/${slug}`, title: `Module ${slug}`, href: `/tracks/foundations/${slug}/`, minutes: 10 })),
  worksheet: { id: 'foundations/sheet', title: 'the sheet', href: '/tracks/foundations/sheet/', minutes: 15 },
  finalCheck: { href: '/tracks/foundations/final/', minutes: 8, passMark: 0.8, retakeAfterMinutes: 10, contentVersion: 'pool-v2' },
  certificateRequires: 'both',
  ...patch,
});
const day = (d: number, h = 9) => new Date(Date.UTC(2026, 11, d, h)).toISOString();
const finalAttempt = (correct: number, date: string, contentVersion = 'pool-v2'): FinalAttempt => ({
  correct,
  total: 8,
  score: correct / 8,
  passed: correct / 8 >= 0.8,
  date,
  contentVersion,
  answers: Array.from({ length: 8 }, (_, i) => ({ question: `f${i}`, picks: ['a'], right: i < correct })),
});

function learner(options: { modules?: number; worksheet?: boolean; finals?: FinalAttempt[]; attested?: string } = {}): Progress {
  const progress = emptyProgress();
  progress.learnerName = 'Ada Lovelace';
  ['a', 'b'].slice(0, options.modules ?? 0).forEach((slug, i) => {
    progress.modules[`foundations/${slug}`] = { firstVisited: day(1 + i), lastVisited: day(1 + i), completed: day(1 + i, 10) };
    progress.quizzes[`foundations/${slug}`] = { attempts: [attempt(5, 5, day(1 + i, 10))] };
  });
  if (options.worksheet) progress.worksheets['foundations/sheet'] = { fields: { a: 'x' }, updated: day(4) };
  if (options.finals) progress.finalChecks.foundations = { attempts: options.finals };
  if (options.attested) progress.attestations.foundations = { date: day(6), policy: 'Acme Social Media Policy', version: options.attested };
  return progress;
}

describe('the way forward', () => {
  it('leads from a passed module to the next, then the worksheet, the final check and the certificate', () => {
    const track = outline();
    expect(stepAfterModule(learner({ modules: 1 }), track, 'foundations/a')).toEqual({ kind: 'module', label: 'Next: Module b', href: '/tracks/foundations/b/' });
    expect(stepAfterModule(learner({ modules: 2 }), track, 'foundations/b')).toEqual({ kind: 'worksheet', label: 'Fill in the sheet', href: '/tracks/foundations/sheet/' });
    expect(stepAfterModule(learner({ modules: 2, worksheet: true }), track, 'foundations/b')).toEqual({ kind: 'final', label: 'Take the final check', href: '/tracks/foundations/final/' });
    expect(stepAfterModule(learner({ modules: 2, worksheet: true, finals: [finalAttempt(7, day(5))] }), track, 'foundations/b').kind).toBe('certificate');
    expect(stepAfterModule(learner({ modules: 2, worksheet: true }), outline({ certificateRequires: 'modules' }), 'foundations/b').kind).toBe('certificate');
    expect(stepAfterModule(learner({ modules: 2 }), outline({ worksheet: undefined, finalCheck: undefined }), 'foundations/b')).toEqual({ kind: 'certificate', label: 'Get your certificate', href: '/certificate/foundations/' });
  });

  it('on the track page: Start, then Continue at the module opened last, then the closing steps', () => {
    const track = outline();
    expect(nextStep(emptyProgress(), track)).toEqual({ kind: 'module', label: 'Start: Module a', href: '/tracks/foundations/a/' });
    const opened = learner({ modules: 1 });
    opened.modules['foundations/b'] = { firstVisited: day(3), lastVisited: day(3) };
    expect(nextStep(opened, track).label).toBe('Continue: Module b');
    expect(nextStep(learner({ modules: 1 }), track).label).toBe('Continue: Module b');
    expect(nextStep(learner({ modules: 2 }), track).label).toBe('Fill in the sheet');
  });

  it('never says "about 0 minutes left", and counts the worksheet and the final check in the time left', () => {
    const track = outline();
    expect(describeTrackStatus(trackSummary(learner({ modules: 1 }), track))).toBe('1 of 2 modules done · about 33 minutes left');
    expect(describeTrackStatus(trackSummary(learner({ modules: 2 }), track))).toBe('All 2 modules done; the worksheet and the final check to go · about 23 minutes left');
    expect(describeTrackStatus(trackSummary(learner({ modules: 2, worksheet: true, finals: [finalAttempt(8, day(5))] }), track))).toBe('Complete: all 2 modules done');
    expect(describeTrackStatus(trackSummary(learner({ modules: 2 }), outline({ worksheet: undefined, finalCheck: undefined })))).toBe('Complete: all 2 modules done');
  });
});

describe('what the certificate needs (certificateRequires)', () => {
  const passedFinal = [finalAttempt(5, day(4)), finalAttempt(7, day(5)), finalAttempt(8, day(7), 'pool-v1')];

  it('both: every module and the final check; dated when the last was met, with the best final score and its edition', () => {
    expect(certificateStatus(learner({ modules: 2 }), outline())).toEqual({ complete: false, remaining: [], finalMissing: true });
    expect(certificateStatus(learner({ modules: 1, finals: passedFinal }), outline())).toMatchObject({ complete: false, remaining: [outline().modules[1]], finalMissing: false });
    const status = certificateStatus(learner({ modules: 2, finals: passedFinal }), outline());
    expect(status).toMatchObject({ complete: true, completedOn: day(5), day: '2026-12-05', final: { best: 1, passedOn: day(5), contentVersion: 'pool-v1' } });
    expect(status.complete && status.scores).toHaveLength(2);
  });

  it('final: the final check alone; modules: the modules alone', () => {
    const finalOnly = certificateStatus(learner({ finals: passedFinal }), outline({ certificateRequires: 'final' }));
    expect(finalOnly).toMatchObject({ complete: true, scores: [], final: { best: 1 } });
    expect(certificateStatus(learner({ modules: 2 }), outline({ certificateRequires: 'modules' }))).toMatchObject({ complete: true, completedOn: day(2, 10) });
    expect(certificateStatus(learner({ modules: 2 }), outline({ certificateRequires: 'modules' }))).not.toHaveProperty('final');
  });

  it('asks for the policy confirmation where the track has one, again when the version changed, and states it', () => {
    const track = outline({ attestation: { title: 'Acme Social Media Policy', version: '3.1' } });
    expect(certificateStatus(learner({ modules: 2, finals: passedFinal }), track)).toMatchObject({ complete: false, attestationMissing: 'missing' });
    expect(certificateStatus(learner({ modules: 2, finals: passedFinal, attested: '3.0' }), track)).toMatchObject({ complete: false, attestationMissing: 'outdated' });
    const status = certificateStatus(learner({ modules: 2, finals: passedFinal, attested: '3.1' }), track);
    expect(status).toMatchObject({ complete: true, completedOn: day(6), attestation: { policy: 'Acme Social Media Policy', version: '3.1' } });
  });

  it('changes the verification code with the final check and the attestation, and keeps old codes without them', () => {
    const status = certificateStatus(learner({ modules: 2, finals: passedFinal }), outline());
    if (!status.complete) throw new Error('expected complete');
    const facts = certificateFacts('Ada Lovelace', 'foundations', status);
    const code = verificationCode(facts);
    expect(verificationCode({ ...facts, final: { ...facts.final!, best: 0.875 } })).not.toBe(code);
    expect(verificationCode({ ...facts, final: { ...facts.final!, contentVersion: 'pool-v2' } })).not.toBe(code);
    expect(verificationCode({ ...facts, attestation: { policy: 'P', date: day(6) } })).not.toBe(code);
    const { final: _, ...withoutFinal } = facts;
    expect(verificationCode(withoutFinal)).toBe(verificationCode({ name: 'Ada Lovelace', trackId: 'foundations', completedOn: facts.completedOn, scores: facts.scores }));
  });
});

describe('the certificate check of an exported file', () => {
  const now = new Date('2026-12-08T12:00:00.000Z');
  const track = outline({ attestation: { title: 'Acme Social Media Policy', version: '3.1' } });
  const file = createExport(learner({ modules: 2, worksheet: true, finals: [finalAttempt(6, day(4)), finalAttempt(7, day(5))], attested: '3.1' }), now);

  it('shows name, track, date, scores, the final check with its edition, the attestation and a matching code', () => {
    const check = checkCertificateFile(file, [track, outline({ id: 'legal', modules: [] })]);
    if (!check.ok) throw new Error(check.error);
    expect(check).toMatchObject({ learnerName: 'Ada Lovelace', exportedAt: now.toISOString(), checksum: 'matches' });
    expect(check.tracks).toHaveLength(1);
    const [foundations] = check.tracks;
    expect(foundations!.certificate).toMatchObject({ complete: true, day: '2026-12-06', final: { best: 0.875, contentVersion: 'pool-v2' } });
    expect(foundations!.final).toMatchObject({ attempts: 2, currentEdition: true });
    expect(foundations!.attestation).toMatchObject({ version: '3.1' });
    const status = certificateStatus(JSON.parse(file).progress, track);
    expect(foundations!.code).toBe(status.complete && verificationCode(certificateFacts('Ada Lovelace', 'foundations', status)));
    expect(sameCode(foundations!.code!.toLowerCase().replace(/-/g, ' '), foundations!.code!)).toBe(true);
    expect(sameCode('', foundations!.code!)).toBe(false);
  });

  it('shows a tampered file as not matching, and an older edition of the pool as such', () => {
    const tampered = JSON.parse(file);
    tampered.progress.finalChecks.foundations.attempts[0].correct = 8;
    tampered.progress.finalChecks.foundations.attempts[0].score = 1;
    tampered.progress.finalChecks.foundations.attempts[0].passed = true;
    const check = checkCertificateFile(JSON.stringify(tampered), [track]);
    expect(check.ok && check.checksum).toBe('differs');
    expect(check.ok && check.tracks[0]!.certificate).toMatchObject({ final: { best: 1 } });
    const edition = checkCertificateFile(file, [{ ...track, finalCheck: { ...track.finalCheck!, contentVersion: 'pool-v3' } }]);
    expect(edition.ok && edition.tracks[0]!.final.currentEdition).toBe(false);
  });

  it('says what is wrong with a file that is not an export', () => {
    expect(checkCertificateFile('{"answers": [1]}', [track])).toMatchObject({ ok: false, error: expect.stringMatching(/not a Social Literacy Academy progress export/) });
  });
});

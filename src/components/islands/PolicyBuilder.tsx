import { fileNameFor } from '../../worksheets/markdown.ts';
import {
  assemblePolicy,
  DEFAULT_CONTACT,
  DEFAULT_LEGAL_CONTACT,
  policyKeys,
  policyToMarkdown,
  readPolicyChoices,
  storedFlag,
  textFor,
} from '../../worksheets/policy.ts';
import {
  JURISDICTION_LABELS,
  JURISDICTIONS,
  POLICY_DEFAULTS_HELP,
  POLICY_ID,
  POLICY_PROFILE_HELP,
  POLICY_SECTIONS,
  type Jurisdiction,
} from '../../worksheets/policy-sections.ts';
import { readStoredFields } from '../../worksheets/fields.ts';
import { downloadText } from './download.ts';
import { $progress } from '../../progress/progress-store.ts';
import PrintedBy from './PrintedBy.tsx';
import WorksheetActions from './WorksheetActions.tsx';
import { useWorksheet } from './use-worksheet.ts';

const ADDITION_LIMIT = 1200;

/**
 * The legal track's policy builder: options on one side, each with a note saying why it reads as it
 * does, and the assembled draft on the other. The draft is the only part that prints.
 */
interface Props {
  siteTitle: string;
  /** site.yaml's organization, printed when the draft names none. */
  organisation: string;
  /** The organization's logo for the printout (site.yaml `logo`), with the base path. */
  logo?: string;
  /** The versions this course offers (site.yaml `jurisdictions`, see offeredJurisdictions). */
  jurisdictions?: Jurisdiction[];
}

export default function PolicyBuilder({ siteTitle, organisation, logo, jurisdictions = [...JURISDICTIONS] }: Props) {
  const { fields, setField, message, flush } = useWorksheet(POLICY_ID, readStoredFields);
  const choices = readPolicyChoices(fields, jurisdictions);
  const draft = assemblePolicy(choices);
  const { jurisdiction } = choices;
  // The learner's earlier choice stays on the list even where the course no longer offers it.
  const shown = JURISDICTIONS.filter((id) => jurisdictions.includes(id) || id === jurisdiction);

  const download = () => {
    flush();
    downloadText(fileNameFor(draft.title, 'md'), policyToMarkdown(draft, { date: new Date(), siteTitle }));
  };

  return (
    <div className="policy-builder">
      <form className="worksheet-form no-print" onSubmit={(event) => event.preventDefault()} aria-label="Policy options">
        <p className="callout field-help" id="policy-defaults-help">
          {POLICY_DEFAULTS_HELP}
        </p>
        <fieldset className="worksheet-group">
          <legend>Your organization</legend>
          <div className="field">
            <label htmlFor="policy-organisation">Organization name (optional)</label>
            <p className="field-help" id="policy-organisation-help">
              Shown in the policy’s title and in its examples of how to say you work here.
            </p>
            <input
              id="policy-organisation"
              type="text"
              autoComplete="organization"
              maxLength={120}
              value={choices.organisation}
              aria-describedby="policy-organisation-help"
              onChange={(event) => setField(policyKeys.organisation, event.currentTarget.value)}
              onBlur={flush}
            />
          </div>
          <div className="field">
            <label htmlFor="policy-contact">Who employees ask about posts (optional)</label>
            <p className="field-help" id="policy-contact-help">
              A team or address written into the policy wherever it says who to ask about a post; “{DEFAULT_CONTACT}” until you name one.
            </p>
            <input
              id="policy-contact"
              type="text"
              autoComplete="off"
              maxLength={120}
              value={choices.contact}
              aria-describedby="policy-contact-help"
              onChange={(event) => setField(policyKeys.contact, event.currentTarget.value)}
              onBlur={flush}
            />
          </div>
          <div className="field">
            <label htmlFor="policy-legal-contact">Who employees ask about legal and market questions (optional)</label>
            <p className="field-help" id="policy-legal-contact-help">
              Confidential and inside information, legal holds and registered persons’ questions belong with legal or compliance, not the social team; “{DEFAULT_LEGAL_CONTACT}” until you name one.
            </p>
            <input
              id="policy-legal-contact"
              type="text"
              autoComplete="off"
              maxLength={120}
              value={choices.legalContact}
              aria-describedby="policy-legal-contact-help"
              onChange={(event) => setField(policyKeys.legalContact, event.currentTarget.value)}
              onBlur={flush}
            />
          </div>
          <fieldset className="choice-group" aria-describedby="policy-jurisdiction-help">
            <legend>Where the employees it covers work</legend>
            <p className="field-help" id="policy-jurisdiction-help">
              {POLICY_PROFILE_HELP.jurisdiction}
            </p>
            {shown.map((id) => (
              <div className="choice" key={id}>
                <input
                  id={`policy-jurisdiction-${id}`}
                  type="radio"
                  name="policy-jurisdiction"
                  value={id}
                  checked={jurisdiction === id}
                  onChange={() => setField(policyKeys.jurisdiction, id)}
                />
                <label htmlFor={`policy-jurisdiction-${id}`}>{JURISDICTION_LABELS[id]}</label>
              </div>
            ))}
          </fieldset>
          <fieldset className="choice-group">
            <legend>What the company is</legend>
            <div className="choice">
              <input
                id="policy-profile-listed"
                type="checkbox"
                checked={choices.profile.listed}
                aria-describedby="policy-profile-listed-help"
                onChange={(event) => setField(policyKeys.profile('listed'), storedFlag(event.currentTarget.checked))}
              />
              <label htmlFor="policy-profile-listed">Its shares or bonds are listed</label>
              <p className="choice-hint" id="policy-profile-listed-help">
                {POLICY_PROFILE_HELP.listed}
              </p>
            </div>
            <div className="choice">
              <input
                id="policy-profile-regulated"
                type="checkbox"
                checked={choices.profile.regulated}
                aria-describedby="policy-profile-regulated-help"
                onChange={(event) => setField(policyKeys.profile('regulated'), storedFlag(event.currentTarget.checked))}
              />
              <label htmlFor="policy-profile-regulated">The group includes a broker-dealer or investment adviser</label>
              <p className="choice-hint" id="policy-profile-regulated-help">
                {POLICY_PROFILE_HELP.regulated}
              </p>
            </div>
          </fieldset>
        </fieldset>

        {POLICY_SECTIONS.map((section) => {
          const choice = choices.sections[section.id]!;
          const base = `policy-${section.id}`;
          const [onlyVariant] = section.variants;
          return (
            <fieldset className="worksheet-group policy-section" key={section.id} aria-describedby={`${base}-help`}>
              <legend>{section.title}</legend>
              <p className="field-help" id={`${base}-help`}>
                {section.help}
              </p>
              <div className="choice">
                <input
                  id={`${base}-include`}
                  type="checkbox"
                  checked={choice.include}
                  onChange={(event) => setField(policyKeys.include(section.id), storedFlag(event.currentTarget.checked))}
                />
                <label htmlFor={`${base}-include`}>Include this section</label>
              </div>
              {section.variants.length > 1 ? (
                <fieldset className="choice-group" disabled={!choice.include}>
                  <legend>How open or strict</legend>
                  {section.variants.map((variant, index) => (
                    <div className="choice" key={variant.id}>
                      <input
                        id={`${base}-variant-${variant.id}`}
                        type="radio"
                        name={`${base}-variant`}
                        value={variant.id}
                        checked={choice.variant === variant.id}
                        aria-describedby={`${base}-variant-${variant.id}-hint ${base}-variant-${variant.id}-note`}
                        onChange={() => setField(policyKeys.variant(section.id), variant.id)}
                      />
                      <label htmlFor={`${base}-variant-${variant.id}`}>
                        {variant.label}
                        {index === 0 && <span className="default-mark"> (default)</span>}
                      </label>
                      <p className="choice-hint" id={`${base}-variant-${variant.id}-hint`}>
                        {variant.hint}
                      </p>
                      <p className="choice-hint choice-note" id={`${base}-variant-${variant.id}-note`}>
                        Why: {textFor(variant.note, jurisdiction)}
                      </p>
                    </div>
                  ))}
                </fieldset>
              ) : (
                <p className="field-help choice-note" id={`${base}-note`}>
                  Why it reads this way: {textFor(onlyVariant.note, jurisdiction)}
                </p>
              )}
              {section.clauses.length > 0 && (
                <fieldset className="choice-group" disabled={!choice.include}>
                  <legend>Optional clauses</legend>
                  {section.clauses.map((clause) => (
                    <div className="choice" key={clause.id}>
                      <input
                        id={`${base}-clause-${clause.id}`}
                        type="checkbox"
                        checked={choice.clauses[clause.id] ?? false}
                        aria-describedby={`${base}-clause-${clause.id}-note`}
                        onChange={(event) => setField(policyKeys.clause(section.id, clause.id), storedFlag(event.currentTarget.checked))}
                      />
                      <label htmlFor={`${base}-clause-${clause.id}`}>{clause.label}</label>
                      <p className="choice-hint choice-note" id={`${base}-clause-${clause.id}-note`}>
                        Why: {textFor(clause.note, jurisdiction)}
                      </p>
                    </div>
                  ))}
                </fieldset>
              )}
              <div className="field">
                <label htmlFor={`${base}-addition`}>Your own words for this section (optional)</label>
                <p className="field-help" id={`${base}-addition-help`}>
                  Added at the end of the section. Leave a blank line between paragraphs. Up to {ADDITION_LIMIT} characters.
                </p>
                <textarea
                  id={`${base}-addition`}
                  rows={3}
                  maxLength={ADDITION_LIMIT}
                  disabled={!choice.include}
                  value={choice.addition}
                  aria-describedby={`${base}-addition-help`}
                  onChange={(event) => setField(policyKeys.addition(section.id), event.currentTarget.value)}
                  onBlur={flush}
                />
              </div>
            </fieldset>
          );
        })}
      </form>

      <section className="policy-draft" aria-labelledby="policy-draft-heading">
        <h2 id="policy-draft-heading" className="no-print">
          Your draft policy
        </h2>
        <WorksheetActions printLabel="Print the draft" onDownload={download} message={message} />
        <article className="policy-document" aria-label="Draft policy">
          <PrintedBy learnerName={$progress.get().learnerName} organisation={choices.organisation.trim() || organisation} date={new Date()} logo={logo} />
          <h3 className="policy-document__title">{draft.title}</h3>
          <p className="policy-notice">
            <strong>{draft.notice}</strong>
          </p>
          <p className="meta">Version: {draft.jurisdiction}</p>
          <p>{draft.intro}</p>
          {draft.sections.map((section) => (
            <section key={section.heading}>
              <h4>{section.heading}</h4>
              {section.paragraphs.map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </section>
          ))}
        </article>
        <p className="meta no-print">The Markdown file also lists the drafting note for every choice, for the lawyer who reviews it.</p>
      </section>
    </div>
  );
}

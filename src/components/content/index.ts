import BaseLink from '../BaseLink.astro';
import AsOf from './AsOf.astro';
import Branch from './Branch.astro';
import Decision from './Decision.astro';
import Do from './Do.astro';
import DoDont from './DoDont.astro';
import Dont from './Dont.astro';
import Event from './Event.astro';
import Explain from './Explain.astro';
import ForJurisdiction from './ForJurisdiction.astro';
import KeyFigure from './KeyFigure.astro';
import Option from './Option.astro';
import OrgContact from './OrgContact.astro';
import OurPolicy from './OurPolicy.astro';
import QuickCheck from './QuickCheck.astro';
import Steps from './Steps.astro';
import Table from './Table.astro';
import Term from './Term.astro';
import Timeline from './Timeline.astro';

/**
 * What lessons and case studies may use without importing anything (content/README.md documents
 * each; src/course/component-rules.ts checks their use). Root-relative links get the base path.
 */
export const contentComponents = {
  a: BaseLink,
  table: Table,
  AsOf,
  Branch,
  Decision,
  Do,
  DoDont,
  Dont,
  Event,
  Explain,
  ForJurisdiction,
  KeyFigure,
  Option,
  OrgContact,
  OurPolicy,
  QuickCheck,
  Steps,
  Term,
  Timeline,
};

declare namespace App {
  interface Locals {
    /** Set once a page has told the learner that the trainer can add the organization's contacts. */
    orgContactHintShown?: boolean;
    /** Tables rendered so far on this page, to give each its own accessible name. */
    tableCount?: number;
  }
}

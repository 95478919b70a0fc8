import { describe, expect, it } from 'vitest';
import { isRoadmapEmpty, readRoadmap, ROADMAP_FIELDS, ROADMAP_STEPS, roadmapToMarkdown } from '../../../src/worksheets/roadmap.ts';

const options = { date: new Date(2026, 10, 24), siteTitle: 'Social Literacy Academy' };

describe('the roadmap definition', () => {
  it('follows the seven success factors of Li and Solis in order', () => {
    expect(ROADMAP_STEPS.map((step) => `${step.number} ${step.title}`)).toEqual([
      '1 Define overall business goals',
      '2 Establish the long-term vision',
      '3 Ensure executive support',
      '4 Define the strategy roadmap',
      '5 Establish governance and guidelines',
      '6 Secure staff, resources and funding',
      '7 Invest in technology that maps to strategy',
    ]);
  });

  it('gives every box a unique key, a label, help text and a length limit', () => {
    const keys = ROADMAP_FIELDS.map((field) => field.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(2 + 7 * 3);
    for (const field of ROADMAP_FIELDS) {
      expect(field.label.trim()).not.toBe('');
      expect(field.help.trim()).not.toBe('');
      expect(field.maxLength).toBeGreaterThan(0);
    }
  });
});

describe('readRoadmap', () => {
  it.each([undefined, null, 'x', [], 7])('reads %j as a blank roadmap without throwing', (raw) => {
    const fields = readRoadmap(raw);
    expect(Object.keys(fields).sort()).toEqual(ROADMAP_FIELDS.map((f) => f.key).sort());
    expect(isRoadmapEmpty(fields)).toBe(true);
  });

  it('keeps stored answers, blanks odd values and keeps keys it does not know', () => {
    const fields = readRoadmap({ 'overall.goal': 'Cut cost to serve', 'goals.owner': 42, 'later.field': 'kept' });
    expect(fields['overall.goal']).toBe('Cut cost to serve');
    expect(fields['goals.owner']).toBe('');
    expect(fields['later.field']).toBe('kept');
    expect(isRoadmapEmpty(fields)).toBe(false);
  });

  it('counts whitespace-only answers as empty', () => {
    expect(isRoadmapEmpty(readRoadmap({ 'overall.vision': '  \n ' }))).toBe(true);
  });
});

describe('roadmapToMarkdown', () => {
  it('renders a blank roadmap with every heading and a note for each empty answer', () => {
    const markdown = roadmapToMarkdown(readRoadmap(undefined), options);
    expect(markdown.startsWith('# Social business roadmap\n\n_Written on 2026-11-24 in the executive boot camp of Social Literacy Academy')).toBe(true);
    expect(markdown.match(/^### \d\. /gm)).toHaveLength(7);
    expect(markdown.match(/_Not written yet\._/g)).toHaveLength(23);
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it('places each answer under its step and label, escaped and with line breaks kept', () => {
    const markdown = roadmapToMarkdown(
      readRoadmap({
        'overall.goal': 'Raise retention to 90% by 2027',
        'overall.vision': 'Every team listens and answers customers in public',
        'support.owner': 'Dana Reyes (COO)',
        'support.first90': '- CEO listens for a week\n- COO answers one post',
        'technology.achieve': 'Pick a *listening* tool <after> the pilot',
      }),
      options,
    );
    expect(markdown).toContain('## Our overall business goal\n\nRaise retention to 90% by 2027\n\n## Our long-term vision\n\nEvery team listens and answers customers in public');
    expect(markdown).toContain(
      '### 3. Ensure executive support\n\n**What we will achieve:**  \n_Not written yet._\n\n**Owner:** Dana Reyes (COO)\n\n**First 90 days:**  \n- CEO listens for a week  \n- COO answers one post',
    );
    expect(markdown).toContain('**What we will achieve:**  \nPick a \\*listening\\* tool \\<after\\> the pilot');
  });
});

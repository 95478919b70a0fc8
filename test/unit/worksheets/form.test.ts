import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { worksheetSchema, type WorksheetDefinition } from '../../../src/course/schemas/worksheet.ts';
import { formBoxes, formToMarkdown, isFormEmpty, readForm } from '../../../src/worksheets/form.ts';

const definition: WorksheetDefinition = worksheetSchema.parse({
  track: 'executive',
  slug: 'memo',
  title: 'Decision memo',
  linkText: 'Finish',
  summary: 'S',
  minutes: 20,
  sections: [
    { id: 'result', title: 'The result', intro: 'Decisions, not plans.', fields: [{ key: 'goal', label: 'Goal', help: 'One result with a number and a date.', kind: 'textarea', maxLength: 200, formerKeys: ['overall.goal'] }] },
    {
      id: 'priorities',
      title: 'Priorities',
      repeat: 2,
      fields: [
        { key: 'priority', label: 'Priority', kind: 'text', maxLength: 80 },
        { key: 'channel', label: 'Where we meet', kind: 'choice', options: ['Bridge', 'Chat'] },
      ],
    },
    {
      id: 'carried',
      title: 'Carried over',
      fields: [{ key: 'notes', label: 'Earlier notes', kind: 'textarea', maxLength: 50, formerKeys: [{ key: 'goals.owner', label: 'Step 1: owner' }, { key: 'vision.first90', label: 'Step 2: first 90 days' }] }],
    },
  ],
});

describe('worksheets written as content', () => {
  it('stores each box under section and key, numbering repeated sections', () => {
    expect(formBoxes(definition).map((box) => box.key)).toEqual(['result.goal', 'priorities.1.priority', 'priorities.1.channel', 'priorities.2.priority', 'priorities.2.channel', 'carried.notes']);
  });

  it('opens an answer saved in an older shape under its new box, keeping every old key and never truncating', () => {
    const old = { 'overall.goal': 'Cut cost to serve by 10% by June', 'goals.owner': 'Dana', 'vision.first90': 'x'.repeat(300), 'roadmap.achieve': 'kept as it was' };
    const fields = readForm(definition, old);
    expect(fields['result.goal']).toBe('Cut cost to serve by 10% by June');
    expect(fields['carried.notes']).toBe(`Step 1: owner: Dana\nStep 2: first 90 days: ${'x'.repeat(300)}`);
    expect(fields['roadmap.achieve']).toBe('kept as it was');
    expect(fields['priorities.1.priority']).toBe('');
  });

  it('prefers what the learner saved in the new box, even an empty box they cleared', () => {
    const fields = readForm(definition, { 'overall.goal': 'old', 'result.goal': '', 'carried.notes': 'trimmed', 'goals.owner': 'Dana' });
    expect(fields['result.goal']).toBe('');
    expect(fields['carried.notes']).toBe('trimmed');
  });

  it('reads anything stored as an empty worksheet rather than failing', () => {
    for (const raw of [undefined, null, 'text', 42, ['a'], { 'result.goal': 7 }]) {
      const fields = readForm(definition, raw);
      expect(isFormEmpty(definition, fields)).toBe(true);
    }
  });

  it('downloads as Markdown with name, organization and date, escaping what the learner typed', () => {
    const fields = readForm(definition, { 'result.goal': '# Not a heading\nsecond line', 'priorities.2.channel': 'Chat' });
    const markdown = formToMarkdown(definition, fields, { date: new Date(2026, 11, 3), siteTitle: 'Academy', organisation: 'Acme', learnerName: 'Ada <b>' });
    expect(markdown).toContain('# Decision memo\n\nName: Ada \\<b\\>  \nOrganization: Acme  \nDate: 2026-12-03');
    // The help and the section's intro travel with the answers.
    expect(markdown).toContain('## The result\n\n_Decisions, not plans._\n\n**Goal:**  \n_One result with a number and a date._  \n\\# Not a heading  \nsecond line');
    expect(markdown).toContain('### 2.\n\n**Priority:**  \n_Not written yet._\n\n**Where we meet:**  \nChat');
  });

  it('migrates the executive roadmap saved in its first shape (seven steps) into the decision memo without losing text', () => {
    const shipped = worksheetSchema.parse(load(readFileSync(fileURLToPath(new URL('../../../content/worksheets/executive-roadmap.yaml', import.meta.url)), 'utf8')));
    const steps = ['goals', 'vision', 'support', 'roadmap', 'governance', 'resources', 'technology'];
    const old: Record<string, string> = { 'overall.goal': 'Goal text', 'overall.vision': 'Vision text' };
    for (const step of steps) for (const part of ['achieve', 'owner', 'first90']) old[`${step}.${part}`] = `${step} ${part} text`;
    const fields = readForm(shipped, old);
    const shown = formBoxes(shipped).map((box) => fields[box.key]).join('\n');
    for (const text of Object.values(old)) expect(shown).toContain(text);
  });
});

import { describe, expect, it } from 'vitest';
import { analyseBody } from '../../../src/course/mdx-body.ts';
import { measureReadability, sentencesOf } from '../../../src/course/readability.ts';

describe('sentencesOf', () => {
  it('splits at end punctuation before a capital, keeps abbreviations and list items whole', () => {
    expect(sentencesOf(['Call back. Then report it! Was it real? The U.S. rule, e.g. Section 5, applies.', 'A list item without a full stop'])).toEqual([
      'Call back.',
      'Then report it!',
      'Was it real?',
      'The U.S. rule, e.g. Section 5, applies.',
      'A list item without a full stop',
    ]);
  });
});

describe('measureReadability', () => {
  it('gives a low grade to short, plain sentences and a high one to long, abstract ones', () => {
    const plain = measureReadability(['Stop. Call the number you know. Do not pay. Tell your manager.']);
    const dense = measureReadability([
      'Organizational communication responsibilities necessitate comprehensive institutional coordination mechanisms, particularly regarding regulatory notification obligations affecting multinational subsidiaries.',
    ]);
    expect(plain.grade).toBeLessThan(3);
    expect(dense.grade).toBeGreaterThan(18);
    expect(plain.words).toBe(12);
    expect(plain.sentences).toBe(4);
  });

  it('reports reading minutes at 200 words a minute and the longest sentences first', () => {
    const result = measureReadability([`${'word '.repeat(201)}end.`, 'Short one.'], 2);
    expect(result.readingMinutes).toBe(2);
    expect(result.longestSentences.map((s) => s.words)).toEqual([202, 2]);
  });

  it('counts prose the learner reads: paragraphs, list items, component text and quick-check questions, not headings or code', () => {
    const body = analyseBody(`## A heading here

One two three.

- Four five

<KeyFigure value="9%" source="S">six seven</KeyFigure>

<QuickCheck question="Eight nine?">
  <Option correct>Ten</Option>
  <Option>Eleven</Option>
  <Explain>Twelve.</Explain>
</QuickCheck>

\`\`\`
not counted at all
\`\`\`
`);
    expect(measureReadability(body.prose).words).toBe(12);
  });

  it('reads a table cell by cell, as the site renders it, not as one long sentence', () => {
    const body = analyseBody(`| Measure | What it shows |
| --- | --- |
| First response time | Whether customers hear from you |
`);
    expect(body.prose).toEqual(['Measure', 'What it shows', 'First response time', 'Whether customers hear from you']);
    expect(measureReadability(body.prose).longestSentences[0]?.words).toBeLessThan(10);
  });
});

describe('analyseBody', () => {
  it('gives headings the anchors Astro gives them (github-slugger, unique per page)', () => {
    const { headings } = analyseBody("## Who to tell, and when?\n\n### What's a “deepfake”\n\n## Who to tell, and when?\n");
    expect(headings.map((h) => h.slug)).toEqual(['who-to-tell-and-when', 'whats-a-deepfake', 'who-to-tell-and-when-1']);
  });

  it('lists components with their attributes, parents and list items', () => {
    const { components } = analyseBody(`<Steps caption="Run" handout>

1. First **step**
2. Second

</Steps>`);
    expect(components).toEqual([
      { name: 'Steps', attributes: { caption: 'Run', handout: true }, line: 1, parent: undefined, children: [], text: 'First step Second', listItems: ['First step', 'Second'], printItems: ['First **step**', 'Second'] },
    ]);
  });
});

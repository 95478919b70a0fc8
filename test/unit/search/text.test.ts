import { describe, expect, it } from 'vitest';
import { joinSentences, markdownToBlocks, markdownToText, textTerms, wordTerms } from '../../../src/search/text.ts';

describe('markdownToText', () => {
  it('keeps the words and drops the markup', () => {
    const markdown = [
      "import Aside from '../components/Aside.astro';",
      '',
      '## What happened',
      '',
      'In **2006**, the CEO wrote _a post_ on [the blog](https://example.com/blog) and `code`.',
      '',
      '- first item',
      '1. numbered item',
      '> a quote',
      '',
      '<Aside type="note">Inside a component</Aside>',
      '<!-- a comment for authors -->',
      '',
      '| a | b |',
      '| --- | --- |',
      '| one | two |',
      '',
      '![a chart](/chart.png) Tom &amp; Jerry',
    ].join('\n');
    expect(markdownToText(markdown)).toBe(
      'What happened. In 2006, the CEO wrote a post on the blog and code. first item numbered item a quote Inside a component a b one two a chart Tom & Jerry',
    );
  });

  it('ends headings with a full stop only when they have no punctuation', () => {
    expect(markdownToText('## If you work in …\n\nText')).toBe('If you work in … Text');
    expect(markdownToText('### Why?\nBecause')).toBe('Why? Because');
  });

  it('leaves underscores and asterisks inside words alone', () => {
    expect(markdownToText('snake_case_name and 2*3*4')).toBe('snake_case_name and 2*3*4');
  });
});

describe('markdownToBlocks', () => {
  it('keeps the blocks a browser renders apart: paragraphs, list items, headings, quotes and table rows', () => {
    const markdown = ['## Steps', '', 'First line', 'wraps here.', '', '- one', '- two', '> quoted', '| a | b |', '<Steps caption="x">', 'Inside.', '</Steps>'].join('\n');
    expect(markdownToBlocks(markdown)).toEqual(['Steps.', 'First line wraps here.', 'one', 'two', 'quoted', 'a b', 'Inside.']);
    expect(markdownToText(markdown)).toBe(markdownToBlocks(markdown).join(' '));
  });
});

describe('joinSentences', () => {
  it('ends each part with a full stop and skips empty parts', () => {
    expect(joinSentences(['Explain a hold', '', 'Why now?'])).toBe('Explain a hold. Why now?');
  });
});

describe('wordTerms', () => {
  it.each([
    ['Domino’s', ['domino']],
    ["Dell's", ['dell']],
    ["don't", ['dont']],
    ['Nestlé', ['nestle']],
    ['two-factor', ['two', 'factor', 'twofactor']],
    ['e‑discovery', ['e', 'discovery', 'ediscovery']],
    ['🙂', []],
  ])('%s → %j', (word, terms) => {
    expect(wordTerms(word)).toEqual(terms);
  });

  it('finds the terms of a whole text, markup characters included', () => {
    expect(textTerms('<script>alert("hi")</script> Two-factor!')).toEqual(['script', 'alert', 'hi', 'script', 'two', 'factor', 'twofactor']);
  });
});

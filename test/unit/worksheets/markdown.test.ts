import { describe, expect, it } from 'vitest';
import { fileNameFor, isoDay, joinBlocks, markdownText } from '../../../src/worksheets/markdown.ts';

describe('markdownText', () => {
  it('keeps plain words as they are', () => {
    expect(markdownText('  Grow repeat purchases by 10% by June.  ')).toBe('Grow repeat purchases by 10% by June.');
  });

  it('never lets typed text become emphasis, a link, HTML or code', () => {
    expect(markdownText('*bold* _it_ [x](http://e.example) <script>`code`</script>')).toBe(
      '\\*bold\\* \\_it\\_ \\[x\\](http://e.example) \\<script\\>\\`code\\`\\</script\\>',
    );
  });

  it('never lets a line become a heading or underline the line above into one', () => {
    expect(markdownText('# Not a heading')).toBe('\\# Not a heading');
    expect(markdownText('Text\n---')).toBe('Text  \n\\---');
    expect(markdownText('Text\n===')).toBe('Text  \n\\===');
  });

  it('keeps list markers at the start of lines, so typed lists stay lists', () => {
    expect(markdownText('- one\n- two')).toBe('- one  \n- two');
    expect(markdownText('* one')).toBe('* one');
    expect(markdownText('1. one')).toBe('1. one');
  });

  it('keeps line breaks as hard breaks and collapses runs of blank lines to one paragraph break', () => {
    expect(markdownText('a\r\nb\n\n\n\nc')).toBe('a  \nb\n\nc');
  });
});

describe('helpers', () => {
  it('joins non-empty blocks with blank lines and ends with a newline', () => {
    expect(joinBlocks(['# A', '', 'b'])).toBe('# A\n\nb\n');
  });

  it('writes the local calendar day', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('makes safe file names', () => {
    expect(fileNameFor('Social media policy: Café & Co', 'md')).toBe('social-media-policy-cafe-co.md');
    expect(fileNameFor('???', 'md')).toBe('worksheet.md');
  });
});

import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/progress/csv.ts';

describe('csvCell', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvCell('Ada Lovelace')).toBe('Ada Lovelace');
    expect(csvCell(80)).toBe('80');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('Listen, act, tell')).toBe('"Listen, act, tell"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tcmd', '\rcmd'])('turns %j into text so a spreadsheet never runs it', (value) => {
    const cell = csvCell(value);
    expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('guards and quotes at once', () => {
    expect(csvCell('=HYPERLINK("http://x","click")')).toBe('"\'=HYPERLINK(""http://x"",""click"")"');
  });
});

describe('toCsv', () => {
  it('writes a byte order mark, the header and CRLF rows', () => {
    expect(toCsv(['a', 'b'], [['x', 1], ['y,z', undefined]])).toBe('\uFEFFa,b\r\nx,1\r\n"y,z",\r\n');
  });
});

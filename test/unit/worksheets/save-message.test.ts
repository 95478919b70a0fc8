import { describe, expect, it } from 'vitest';
import { saveMessage } from '../../../src/worksheets/save-message.ts';

describe('the worksheet save status', () => {
  it('says "Saved" only when the store saved the answers', () => {
    expect(saveMessage(true, 'ok')).toBe('Saved');
    expect(saveMessage(true, 'recovered')).toBe('Saved');
  });

  it('says the answers last only for this visit when the browser keeps nothing', () => {
    expect(saveMessage(true, 'memory')).toBe('Saved for this visit only: this browser is not keeping your progress');
  });

  it('says "Not saved" when the store refused the answers, whatever the storage', () => {
    for (const status of ['ok', 'memory', 'recovered'] as const) expect(saveMessage(false, status)).toMatch(/^Not saved/);
  });
});

import { describe, expect, it } from 'vitest';
import { enabledTracksFor } from '../../../src/course/enabled-tracks.ts';

describe('enabledTracksFor', () => {
  it("keeps site.yaml's tracks when ENABLED_TRACKS is unset or blank", () => {
    expect(enabledTracksFor(['foundations', 'it'], undefined)).toEqual(['foundations', 'it']);
    expect(enabledTracksFor(['foundations', 'it'], ' , ')).toEqual(['foundations', 'it']);
  });

  it('lets ENABLED_TRACKS replace them, trimmed and without repeats', () => {
    expect(enabledTracksFor(['foundations', 'it'], ' legal , support,legal')).toEqual(['legal', 'support']);
  });

  it('refuses unknown track ids with a message naming them', () => {
    expect(() => enabledTracksFor(['it'], 'it,sales,hr')).toThrow('ENABLED_TRACKS names unknown tracks "sales", "hr" — use ids from foundations, managers, executive, legal, it, support, marketing');
  });
});

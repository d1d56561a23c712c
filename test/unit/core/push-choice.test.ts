import { describe, expect, it } from 'vitest';
import { DEFAULT_PUSH_CHOICE, parsePushChoice, toPushFilter } from '../../../src/core/push-choice';

describe('the push choice', () => {
  it('reads what was stored, and all news from anything unusable', () => {
    expect(parsePushChoice({ scope: 'sections', sections: ['bezpeka', 'bezpeka', 3] })).toEqual({
      scope: 'sections',
      sections: ['bezpeka'],
    });
    expect(parsePushChoice(undefined)).toEqual(DEFAULT_PUSH_CHOICE);
    expect(parsePushChoice({ scope: 'topics' })).toEqual(DEFAULT_PUSH_CHOICE);
  });

  it('becomes what the push API takes: sections or null, and urgent-only', () => {
    expect(toPushFilter({ scope: 'all', sections: ['x'] })).toEqual({
      sections: null,
      urgentOnly: false,
    });
    expect(toPushFilter({ scope: 'sections', sections: ['x'] })).toEqual({
      sections: ['x'],
      urgentOnly: false,
    });
    expect(toPushFilter({ scope: 'urgent', sections: [] })).toEqual({
      sections: null,
      urgentOnly: true,
    });
  });

  it('hears only urgent news while chosen sections have none ticked', () => {
    expect(toPushFilter({ scope: 'sections', sections: [] })).toEqual({
      sections: null,
      urgentOnly: true,
    });
  });
});

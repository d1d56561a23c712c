import { describe, expect, it } from 'vitest';
import {
  formatPreferenceCookie,
  parsePreferenceCookie,
  PREFERENCE_COOKIE,
} from '../../../src/core/preference-cookie';

describe('the preference cookie', () => {
  it('carries the look the server’s page needs, and reads back the same', () => {
    const look = { textSize: 4, theme: 'dark' as const, language: 'en' as const, dataSaver: true };
    const value = formatPreferenceCookie(look);
    expect(value).toBe('4.dark.en.1');
    expect(parsePreferenceCookie(`other=1; ${PREFERENCE_COOKIE}=${value}; x=y`)).toEqual(look);
  });

  it('is ignored when absent, malformed or out of range', () => {
    for (const header of [
      undefined,
      '',
      'vistky-look=',
      'vistky-look=9.dark.uk.1',
      'vistky-look=2.neon.uk.0',
      'vistky-look=2.dark.uk.1<script>',
      'xvistky-look=2.dark.uk.1',
    ]) {
      expect(parsePreferenceCookie(header), String(header)).toBeNull();
    }
  });
});

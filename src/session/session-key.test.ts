import { escapeSessionId, sessionKey, sessionKeyPrefix } from './session-key';
import { InvalidSessionKeyError } from './session-errors';

describe('sessionKey', () => {
  it('builds soudan:<env>:<channel>:<id>', () => {
    expect(sessionKey('production', 'line', 'U4af4980629abc')).toBe('soudan:production:line:U4af4980629abc');
    expect(sessionKey('dev', 'alexa', 'amzn1.ask.account.AF-x_y~z')).toBe(
      'soudan:dev:alexa:amzn1.ask.account.AF-x_y~z',
    );
  });

  it('escapes separators and glob characters so an id cannot leave its namespace', () => {
    const key = sessionKey('prod', 'teams', '19:abc@thread.skype;messageid=1');
    expect(key).toBe('soudan:prod:teams:19%3Aabc%40thread.skype%3Bmessageid%3D1');
    expect(key.split(':')).toHaveLength(4);
    expect(escapeSessionId('x:*?[]\\ %')).toBe('x%3A%2A%3F%5B%5D%5C%20%25');
    expect(escapeSessionId("!'()")).toBe('%21%27%28%29');
  });

  it('keeps distinct ids distinct, including ones that look already escaped', () => {
    expect(escapeSessionId('a:b')).not.toBe(escapeSessionId('a%3Ab'));
    expect(escapeSessionId('相談')).toBe('%E7%9B%B8%E8%AB%87');
  });

  it('replaces very long ids by a digest that cannot collide with an escaped id', () => {
    const long = 'u'.repeat(300);
    const escaped = escapeSessionId(long);
    expect(escaped).toMatch(/^#[0-9a-f]{64}$/);
    expect(escapeSessionId(long + 'x')).not.toBe(escaped);
    expect(escapeSessionId('u'.repeat(256))).toBe('u'.repeat(256));
  });

  it('rejects empty or malformed ids and non-identifier namespace parts', () => {
    expect(() => sessionKey('prod', 'line', '')).toThrow(InvalidSessionKeyError);
    expect(() => sessionKey('prod', 'line', '\ud800')).toThrow(InvalidSessionKeyError);
    expect(() => sessionKey('prod:x', 'line', 'u')).toThrow(InvalidSessionKeyError);
    expect(() => sessionKey('prod', 'LINE', 'u')).toThrow(InvalidSessionKeyError);
    expect(() => sessionKey('prod', 'li*', 'u')).toThrow(InvalidSessionKeyError);
    expect(() => sessionKey('', 'line', 'u')).toThrow(InvalidSessionKeyError);
  });

  it('gives prefixes usable for scanning one environment or channel', () => {
    expect(sessionKeyPrefix('staging')).toBe('soudan:staging:');
    expect(sessionKeyPrefix('staging', 'web')).toBe('soudan:staging:web:');
  });
});

import { saysFirmly } from './parse-firmness';

describe('a firm answer', () => {
  it.each([
    '絶対ほしいです',
    '日払いは必須',
    '車じゃないと無理',
    'それは譲れない',
    'It is a must',
    'Absolutely, I need it',
  ])('「%s」 is a requirement', (text) => expect(saysFirmly(text)).toBe(true));
  it.each(['はい', 'できれば', 'あったらうれしい', 'yes please', 'たぶん'])(
    '「%s」 is a preference',
    (text) => expect(saysFirmly(text)).toBe(false),
  );
});

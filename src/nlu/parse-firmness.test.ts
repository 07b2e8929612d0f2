import { saysFirmly } from './parse-firmness';

describe('a firm answer', () => {
  it.each([
    '絶対ほしいです',
    '日払いは必須',
    '車じゃないと無理',
    'それは譲れない',
    'It is a must',
    '日払いじゃないと困ります',
    '寮がないと働けません',
    '交通費が出ないとダメです',
    '土日休みじゃなきゃ困る',
    'Absolutely, I need it',
  ])('「%s」 is a requirement', (text) => expect(saysFirmly(text)).toBe(true));
  it.each(['はい', 'できれば', 'あったらうれしい', 'yes please', 'たぶん'])(
    '「%s」 is a preference',
    (text) => expect(saysFirmly(text)).toBe(false),
  );
});

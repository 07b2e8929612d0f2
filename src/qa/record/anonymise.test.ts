import { anonymiseText } from './anonymise';

describe('anonymiseText', () => {
  it.each([
    ['連絡は090-1234-5678まで', '連絡は000-0000-0000まで', { 'phone number': 1 }],
    ['電話 03 1234 5678 です', '電話 000-0000-0000 です', { 'phone number': 1 }],
    ['ｍｅは taro.yamada+job@example.co.jp です', 'ｍｅは someone@example.com です', { 'e-mail address': 1 }],
    ['〒150-0002 の近く', '〒000-0000 の近く', { 'postal code': 1 }],
    ['会員番号１２３４５６７８９', '会員番号000000000', { 'long number': 1 }],
    ['見て https://example.org/jobs?id=42 これ', '見て https://example.com/ これ', { URL: 1 }],
  ])('replaces what identifies someone in %j', (text, expected, replaced) => {
    expect(anonymiseText(text)).toEqual({ text: expected, replaced });
  });

  it.each(['京都で塾講師、時給1500円以上', '週2くらい、17時から22時', '日給12000円', '2番目がいい'])(
    'keeps what the dialogue reads in %j',
    (text) => {
      expect(anonymiseText(text)).toEqual({ text, replaced: {} });
    },
  );
});

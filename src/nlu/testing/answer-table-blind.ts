import { EN, JA, OFFER, type AnswerRow } from './answer-table-lexicon';

/**
 * A last batch written after the parser was tuned and left as it scored: its misreads are what the parser
 * still gets wrong (the test prints them).
 */
export const BLIND_ROWS: readonly AnswerRow[] = [
  ['はいそうです', JA, 'yes'],
  ['いいえちがいます', JA, 'no'],
  ['うんいいよ', JA, 'yes'],
  ['えーどうしよう', JA, 'dontKnow'],
  ['ちょっとやってみたいかも', JA, 'probablyYes'],
  ['人と話すのが苦手なのでちょっと', JA, 'probablyNo'],
  ['カフェ大好きなんです！', JA, 'yes'],
  ['夜は働けないです', JA, 'no'],
  ['できればそうしたいです', JA, 'probablyYes'],
  ['うーんどっちでもいいかなあ', JA, 'dontKnow'],
  ['そういうのはちょっと', JA, 'probablyNo'],
  ['全然問題ないです', JA, 'yes'],
  ['嫌いじゃないし、やってみたい', JA, 'yes'],
  ['別にどっちでも', JA, 'dontKnow'],
  ['高いほうがうれしいです', JA, 'yes'],
  ['絶対ヤダ', JA, 'no'],
  ['そんなことない', JA, 'no'],
  ['そうかもしれない', JA, 'probablyYes'],
  ['さあ、どうでしょう', JA, 'dontKnow'],
  ['ええ、まあ', JA, 'probablyYes'],
  ['いえ、特には', JA, 'probablyNo'],
  ['興味しかない', JA, 'yes'],
  ['あまり気にならないです', JA, 'dontKnow'],
  ['そうですねえ、あったら嬉しいです', JA, 'yes'],
  ['今回はやめておきます', OFFER, 'no'],
  ['また今度で', OFFER, 'no'],
  ['見せてください', OFFER, 'yes'],
  ['yes please', EN, 'yes'],
  ['i would rather not', EN, 'probablyNo'],
  ['it depends', EN, 'dontKnow'],
  ['love it!', EN, 'yes'],
  ['not a fan', EN, 'no'],
];

import type { JobButton } from './postbacks';

/** What words ask of a job: which button they press, and whether they point by 「それ」 (else by position). */
export interface JobWords {
  readonly button: JobButton;
  readonly pointer: 'position' | 'that';
}

// 「保存したお仕事を見せて」「お気に入り一覧」 "show my saved jobs": the saved list, whatever is open.
const LIST_SAVED: readonly RegExp[] = [
  /(?:保存|ほぞん|お気に入り|おきにいり|キープ)(?:した|して(?:ある|おいた|た))?(?:お?仕事|求人|バイト|もの|の)?(?:を|は)?(?:見せて|みせて|見たい|みたい|教えて|おしえて|一覧|いちらん|リスト|表示|出して|だして|確認)/u,
  /\b(?:show|see|list|view|open)\b.*\b(?:saved|favou?rites?|bookmarks?)\b/iu,
  /\bmy\s+(?:saved|favou?rite)\s+jobs?\b/iu,
];

const UNSAVE =
  /(?:保存|お気に入り|キープ).*(?:外して|はずして|消して|けして|削除|解除|やめ|取り消)|(?:\bremove\b|\bunsave\b|\bdelete\b).*\b(?:saved|favou?rites?)?/iu;
const SAVE = /保存|ほぞん|お気に入り|おきにいり|キープ|ブックマーク|\bsave\b|\bbookmark\b|\bfavou?rite\b/iu;
const DETAILS =
  /詳しく|くわしく|詳細|しょうさい|(?:について|を|の)(?:もっと)?(?:教えて|おしえて|聞かせて|きかせて|知りたい)|\b(?:details?|more about|tell me (?:more )?about)\b/iu;
// 「それにする」「これに決めた」「その仕事がいい」 "I'll take that one": the job just described.
const CHOOSE_THAT =
  /^(?:じゃあ|では|よし)?[、,\s]*(?:それ|これ|そっち|こっち|その(?:お?仕事|求人|バイト)|この(?:お?仕事|求人|バイト))(?:に|で|が)(?:する|します|しよう|決め|きめ|いい|お願い|おねがい)/u;
const CHOOSE_THAT_EN = /\b(?:i'?ll take|i want|choose|pick)\s+(?:that|this|it)\b/iu;
// 「2番目にする」「2番目に決めた」: with a position, choosing is the results question's own 「2番目がいい」 too.
const CHOOSE = /(?:に|で)(?:する|します|しよう|決め|きめ)|\b(?:i'?ll take|choose|pick)\b/iu;

/**
 * The job words in an utterance, or null: 'listSaved' for the saved list. Positions are read by the caller
 * (parseOrdinal); 「それ」 needs no position.
 */
export function readJobWords(text: string): JobWords | 'listSaved' | null {
  if (LIST_SAVED.some((re) => re.test(text))) return 'listSaved';
  const that = CHOOSE_THAT.test(text.trim()) || CHOOSE_THAT_EN.test(text);
  if (UNSAVE.test(text) && SAVE.test(text)) return { button: 'unsave', pointer: that ? 'that' : 'position' };
  if (SAVE.test(text))
    return { button: 'save', pointer: /それ|これ|\bit\b|\bthat\b/iu.test(text) ? 'that' : 'position' };
  if (DETAILS.test(text))
    return { button: 'details', pointer: /それ|これ|\bit\b|\bthat\b/iu.test(text) ? 'that' : 'position' };
  if (that) return { button: 'choose', pointer: 'that' };
  if (CHOOSE.test(text)) return { button: 'choose', pointer: 'position' };
  return null;
}

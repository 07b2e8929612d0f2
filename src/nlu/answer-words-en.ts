import { group, type WordGroup } from './answer-words-ja';

/** English answers, matched word by word (apostrophes dropped: "don't" is "dont"). */
export const ENGLISH_WORDS: readonly WordGroup[] = [
  group(
    { kind: 'answer', level: 'yes' },
    `
  yes, yeah, yea, yep, yup, ya, sure, ok, okay, k, of course, definitely, absolutely, certainly,
  totally, right, correct, thats right, exactly, indeed, sounds good, sounds great, great, good,
  nice, cool, perfect, why not, go for it, i like it, like it, i like, i love it, love it, i love,
  i would, id love to, i want, i do, please, yes please, interested, im interested, i am interested,
  no problem, fine by me, works for me, that works, hai, i can, i want to, id like to, id like that,
  go ahead, go on, sure thing, would help, that would help, lets do it, lets do that, please do,
  that would be great, thatd be great, sounds nice, count me in, im in, yes definitely, for sure, gladly,
  with pleasure, happy to, id be happy to, id love that, i would love that, would love that, love that,
  love to, id love it, i could, i could do that, can do, i can do that, ill take it, ill take this one,
  ill take that one, this one, that one, i like this one, i like that one
`,
  ),
  group(
    { kind: 'answer', level: 'probablyYes' },
    `
  probably yes, i think so, i guess so, i suppose so, likely, not bad, so so,
  somewhat, a little, a bit, maybe yes, perhaps yes, fairly, wouldnt say no, i wouldnt say no
`,
  ),
  group(
    { kind: 'answer', level: 'dontKnow' },
    `
  dont know, do not know, i dont know, dunno, idk, not sure, im not sure, no idea, dont care,
  i dont care, do not care, doesnt matter, does not matter, whatever, doesnt really matter,
  dont really care, i dont really care, either works, whatever works, either, either way,
  either is fine, either is ok, either is okay, either one, whichever, whichever is fine, whichever works, anything is fine, anything is ok,
  anything works, anything goes, any is fine, no preference, depends, it depends, hard to say, hmm, hm, umm, skip, neither,
  no opinion, not decided, cant decide, cant say, ill think about it, let me think, let me think about it,
  need to think, i need to think, ill consider it, havent decided, not yet decided, dont really know,
  i dont really know, dont know much, i dont know much, not familiar with, im not familiar with
`,
  ),
  group(
    { kind: 'answer', level: 'probablyNo' },
    `
  not really, probably not, i dont think so, i do not think so, not much, meh, not so much,
  not particularly, rather not, id rather not, maybe not, perhaps not, not very, not that much,
  not exactly, not quite, i doubt it, not especially, i guess not, i think not, id rather, i would rather,
  not great, not so great, im not great, not good at, im not good at, not good with, im not good with
`,
  ),
  group(
    { kind: 'answer', level: 'no' },
    `
  no, nope, nah, nay, not at all, never, no way, no thanks, no thank you, pass, dont like,
  do not like, i dont like it, i hate it, hate it, hate, not interested, absolutely not,
  definitely not, certainly not, of course not, not for me, i dont want, dont want, do not want,
  i cant, cannot, wrong, incorrect, not good, no good, iie, ill pass, i will pass, ill skip that,
  no need, not necessary, dont need, i dont need, not a fan, im not a fan, no thank you very much, not a chance, no chance
`,
  ),
  // "I'm good" declines an offer and agrees otherwise, like いいです.
  group(
    { kind: 'offer', level: 'yes' },
    `
  im good, im fine, im ok, im okay, im all set, all good
`,
  ),
  group(
    { kind: 'pre', level: 'probablyYes', trailing: 'soften' },
    `
  probably, i think, kind of, kinda, sort of, i guess, i suppose
`,
  ),
  group(
    { kind: 'pre', level: 'dontKnow', trailing: 'soften' },
    `
  maybe, perhaps, possibly
`,
  ),
  group(
    { kind: 'intens', trailing: 'keep' },
    `
  really, very, so, very much, a lot, actually, oh
`,
  ),
  group(
    { kind: 'concede' },
    `
  but, though, however
`,
  ),
  group(
    { kind: 'void' },
    `
  what, pardon, sorry, huh, wait, hold on, what do you mean, i see
`,
  ),
];

import type { Activity } from 'botbuilder';
import { localeOf, readActivity, scopeOf } from './teams-activity';

const BOT = { id: '28:bot', name: 'soudan' };
const base = (over: Partial<Activity>): Partial<Activity> => ({
  type: 'message',
  from: { id: '29:u', name: 'u' },
  recipient: BOT,
  conversation: { id: 'c1', conversationType: 'personal', isGroup: false, name: '' },
  ...over,
});
const group = { id: 'g1', conversationType: 'groupChat', isGroup: true, name: '' };

describe('readActivity', () => {
  it('reads text, strips the mention of the bot, and reads Action.Submit postbacks', () => {
    expect(readActivity(base({ text: '  カフェがいい ' }))).toEqual({
      kind: 'turn',
      userId: '29:u',
      input: { kind: 'text', text: 'カフェがいい', locale: 'ja' },
    });
    const mentioned = base({
      conversation: group,
      text: '<at>soudan</at> 渋谷で',
      entities: [{ type: 'mention', text: '<at>soudan</at>', mentioned: BOT }],
    });
    expect(readActivity(mentioned)).toMatchObject({ input: { kind: 'text', text: '渋谷で' } });
    expect(readActivity(base({ value: { postback: 'yes' }, locale: 'en-US' }))).toMatchObject({
      input: { kind: 'postback', value: 'yes', locale: 'en' },
    });
  });

  it('ignores group messages that do not mention the bot, and activities it has no use for', () => {
    expect(readActivity(base({ conversation: group, text: 'カフェ' }))).toMatchObject({ kind: 'ignore' });
    const other = base({
      conversation: group,
      text: '<at>someone</at> hi',
      entities: [{ type: 'mention', text: '<at>someone</at>', mentioned: { id: '29:x', name: 'someone' } }],
    });
    expect(readActivity(other)).toMatchObject({ kind: 'ignore' });
    expect(readActivity(base({ type: 'typing' }))).toMatchObject({ kind: 'ignore' });
    expect(readActivity(base({ from: undefined }))).toMatchObject({ kind: 'ignore' });
    expect(readActivity(base({ conversation: undefined }))).toMatchObject({ kind: 'ignore' });
    expect(readActivity(base({ value: { postback: 'x'.repeat(301) }, text: '' }))).toMatchObject({
      input: { kind: 'unsupported', what: 'media' },
    });
  });

  it('greets the new members of a 1:1 chat, or its installer, and in a group only the one who added the bot', () => {
    const update = (over: Partial<Activity>) => base({ type: 'conversationUpdate', ...over });
    expect(readActivity(update({ membersAdded: [BOT, { id: '29:u', name: '' }] }))).toEqual({
      kind: 'greet',
      userIds: ['29:u'],
    });
    expect(readActivity(update({ membersAdded: [BOT] }))).toEqual({ kind: 'greet', userIds: ['29:u'] });
    expect(readActivity(update({ conversation: group, membersAdded: [BOT] }))).toEqual({
      kind: 'greet',
      userIds: ['29:u'],
    });
    expect(
      readActivity(update({ conversation: group, membersAdded: [{ id: '29:new', name: '' }] })),
    ).toMatchObject({
      kind: 'ignore',
    });
    expect(readActivity(update({ membersRemoved: [{ id: '29:u', name: '' }] }))).toMatchObject({
      kind: 'ignore',
    });
  });

  it('tells scope and locale', () => {
    expect(
      scopeOf(base({ conversation: { id: 't', conversationType: 'channel', isGroup: true, name: '' } })),
    ).toBe('group');
    expect(scopeOf(base({}))).toBe('personal');
    expect(localeOf(base({ locale: 'en-GB' }))).toBe('en');
    expect(localeOf(base({ locale: 'ja-JP' }))).toBe('ja');
    expect(localeOf(base({ locale: 'fr-FR' }))).toBe('ja');
  });
});

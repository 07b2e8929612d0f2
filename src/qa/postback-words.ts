import type { CatalogDefinitions } from '../catalog';
import type { Suggestion } from '../dialogue/types';

/**
 * What a voice user says for a button when the button itself cannot be seen (against a URL the dialogue's reply
 * is out of reach): an area's names run together as its label reads (東京都府中市), a job type's name. Null for
 * anything else.
 */
export function postbackWords(
  catalog: Pick<CatalogDefinitions, 'jobTypes'>,
): (postback: string) => Suggestion | null {
  const names = new Map(catalog.jobTypes.map((t) => [t.id, t.name]));
  return (postback) => {
    if (postback.startsWith('area:') && postback !== 'area:any') {
      return { label: postback.slice(5).split('/').join(''), postback };
    }
    const name = postback.startsWith('type:') ? names.get(postback.slice(5)) : undefined;
    return name === undefined ? null : { label: name, postback };
  };
}

/**
 * Words that carry no meaning for finding an error: function words, and the scaffolding people
 * wrap a message in (`Why am I getting …`, `How to fix …`, `Error: …`, `SDK HTTP Error at …`).
 * The relevance stage leaves them out of the query and out of a message's length. Negations
 * (`not`, `no`, `cannot`) stay: they are half of `not found` and `no longer valid`.
 */
const STOP_WORDS = new Set(
  (
    'a an the is am are was were be been being has have had do does did doing i im me my we our ' +
    'you your it its this that these those there here on in at of for to with from by and or ' +
    'but as if so than then why how what when where which who can could should would will may ' +
    'might must get gets getting got fix fixing fixed solve resolve mean means meaning error ' +
    'errors exception http https sdk please every keep keeps always again help issue problem ' +
    'occurs occurred happening seeing receiving'
  ).split(' '),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

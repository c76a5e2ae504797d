// The shipped tagger (rules/engine/tagger.ts): wink-nlp with capitals that carry no meaning taken off.
export { tagWords as tag } from '../../rules/engine/tagger.js';

// The shipped tagger (rules/engine/tagger.ts): wink-nlp with capitals that carry no meaning taken off.
// Its cache of tagged sentences is off, or the speed rounds would measure the cache.
import { setTagCacheCapacity } from '../../rules/engine/tagger.js';
export { tagWords as tag } from '../../rules/engine/tagger.js';
setTagCacheCapacity(0);

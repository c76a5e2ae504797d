// A health concept that changes by itself, as the subject of a verb of disappearance or change
// of state ("the rash fades", "my migraines have disappeared", "your cravings are history",
// "restless legs become a distant memory"). It is a claim only when something taken or done is
// named as the cause, the change is promised, or it is said of a condition as a rule; a
// condition's natural course ("The swelling goes down after a few days") is left alone
// (`whyChangeIsClaimed`, the reasons in `CHANGE_BASES`).

import structureData from '../../../data/claim-structure.json';
import type { Candidate } from './candidate.js';
import { DETERMINERS, PERSON_BY_TRADE, isFunctionWord, type Token } from '../words.js';
import type { TaggedWord } from '../../../engine/tagger.js';
import { causeAt, meansNamed, naturalCourse, promiseWordIn, quantifiedSubject, testimonyBefore } from './means.js';
import { BECOME, BE_OR_GET, CAUSATIVES, CHANGE_OF_STATE_FORMS, CHANGE_OF_STATE_VERBS, type ConceptMention, GONE_IDIOMS, MODALS, NOT_PRODUCT_SUBJECTS, PARTICLES, POSSESSIVES, PRODUCT_PRONOUNS, READER, type StructureInput, TIME_UNITS, isVerb, lexiconVerb, nounPhraseStart, thirdPersonVerb, verbForm } from './structure-core.js';

export function changeOfStateCandidate(input: StructureInput, concept: ConceptMention): Candidate | undefined {
  const { tokens, tags } = input;
  // The concept must open its clause: it is the subject. An adverbial may come first ("Within a week my migraines disappeared").
  let phraseStart = nounPhraseStart(input, concept);
  const watched = watchedChange(tokens, phraseStart);
  const caused = !watched && causedChange(tokens, phraseStart);
  // "whose" opens a relative clause whose subject the concept is: "one of thousands whose migraines are under control".
  const whose = tokens.slice(Math.max(0, phraseStart - 1), concept.firstWord).findIndex((token) => token.norm === 'whose');
  const relative = whose >= 0;
  if (relative) phraseStart = Math.max(0, phraseStart - 1) + whose + 1;
  if (phraseStart > 0 && !tokens[phraseStart].breaks && !/^(?:and|but|so|then|until)$/.test(tokens[phraseStart - 1].norm) && !relative && !watched && !caused) {
    phraseStart = subjectAfterFrontedAdverbial(input, phraseStart, concept.firstWord);
    if (phraseStart < 0) return undefined;
  }
  // The concept may modify the subject's head noun: "my eczema patches", "her migraine attacks".
  let at = concept.endWord;
  while (at < concept.endWord + 2 && at < tokens.length && !tokens[at].breaks && tags[at].pos === 'NOUN' && !CHANGE_OF_STATE_FORMS.has(tokens[at].norm)) at++;
  const subjectEnd = at;
  let groupFirst = -1;
  while (at < tokens.length && at - subjectEnd < 3 && !tokens[at].breaks && (tags[at].pos === 'AUX' || tags[at].pos === 'ADV' || tokens[at].norm === 'will')) {
    if (groupFirst < 0) groupFirst = at;
    at++;
  }
  if (at >= tokens.length || tokens[at].breaks) return undefined;
  // "are history", "will be a thing of the past", "become a distant memory".
  const gone = BECOME.has(tokens[at].norm) ? goneIdiomAt(tokens, groupFirst < 0 ? at : groupFirst, at + 1) : groupFirst >= 0 ? goneIdiomAt(tokens, groupFirst, at) : undefined;
  if (gone) return gone;
  // "were gone", "is gone for good": "be gone" is a change of state like "disappear", in the tense of "be";
  // "was much better", "gets better": like "improve", a claim only with a cause named.
  const beOrGet = groupFirst >= 0 && tokens.slice(groupFirst, at).some((token) => BE_OR_GET.has(token.norm));
  const beGone = beOrGet && (tokens[at].norm === 'gone' || overAsAdjective(tokens, tags, at));
  let betterAt = at;
  while (beOrGet && betterAt < at + 3 && BETTER_DEGREE.has(tokens[betterAt]?.norm ?? '')) betterAt++;
  const beBetter = beOrGet && tokens[betterAt]?.norm === 'better' && !tokens.slice(at, betterAt + 1).some((token) => token.breaks) && tokens[betterAt + 1]?.norm !== 'than';
  if (beBetter) at = betterAt;
  // "are under control", "is in check": a better state, like "better" a claim only with a cause named.
  const controlled = beOrGet && !beBetter ? CONTROLLED_IDIOMS.find((idiom) => idiom.every((word, offset) => tokens[at + offset]?.norm === word && !tokens[at + offset].breaks)) : undefined;
  if (controlled) at += controlled.length - 1;
  const improved = beBetter || controlled !== undefined;
  const beTense = (): TaggedWord['verbForm'] => (tokens.slice(groupFirst, at).some((token) => PAST_BE.has(token.norm) || token.norm === 'got') ? 'past' : 'base');
  // After "watch your belly fat" comes a bare infinitive, whatever the tagger read ("melt" as a noun).
  const tag: TaggedWord = beGone
    ? { pos: 'VERB', verbForm: beTense(), lemma: 'go' }
    : improved
      ? { pos: 'VERB', verbForm: beTense(), lemma: 'improve' }
    : (watched || caused) && CHANGE_OF_STATE_VERBS.has(tokens[at].norm)
      ? { pos: 'VERB', verbForm: 'base', lemma: tokens[at].norm }
      : at === concept.endWord && tags[at].pos === 'NOUN' && CHANGE_OF_STATE_FORMS.has(tokens[at].norm) && tokens[at].norm.endsWith('s')
        ? // Right after the concept, its subject, a change-of-state -s form the tagger read as a plural noun is the verb: "chest tightness fades".
          thirdPersonVerb(tokens[at].norm)
        : tags[at];
  // A participle only in the perfect: "my migraines have disappeared".
  const perfect = groupFirst >= 0 && tokens.slice(groupFirst, at).some((token) => HAVE_FORMS.has(token.norm));
  if (!isVerb(tag) || !CHANGE_OF_STATE_VERBS.has(tag.lemma) || (tag.verbForm === 'participle' && !perfect) || tag.verbForm === 'ing') return undefined;
  let end = at + 1;
  // "calmed right down", "cleared all up": an intensifier before the particle.
  if (PARTICLE_INTENSIFIERS.has(tokens[end]?.norm ?? '') && PARTICLES.has(tokens[end + 1]?.norm ?? '') && !tokens[end].breaks && !tokens[end + 1].breaks) end++;
  while (end < tokens.length && PARTICLES.has(tokens[end].norm) && !tokens[end].breaks) end++;
  // An object after the verb makes it another structure ("drops the habit").
  const next = tags[end];
  if (next && !tokens[end].breaks && (next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'PRON') && !causeAt(tokens, end)) return undefined;
  if (naturalCourse(tokens) || quantifiedSubject(tokens, phraseStart, concept.firstWord)) return undefined;
  // "Watch the swelling go down" is advice to keep an eye on it; "watch the pounds melt away" promises.
  if (watched && !FIGURATIVE_CHANGES.has(tag.lemma)) return undefined;
  const why = watched ? 'promise' : caused ? 'cause' : whyChangeIsClaimed(input, phraseStart, concept, at, tag, perfect, improved);
  if (!why) return undefined;
  return {
    kind: 'verb',
    structure: 'change of state',
    subject: why === 'promise' ? 'reader' : why === 'generic' ? undefined : 'product',
    basis: CHANGE_BASES[why],
    groupFirst: groupFirst < 0 ? at : groupFirst,
    groupEnd: end,
    head: at,
    info: { lemma: tag.lemma, phrase: [tag.lemma, ...tokens.slice(at + 1, end).map((token) => token.norm)].join(' '), form: verbForm(tag), verbKind: 'neutral' },
    // A change of state has no object; a cause phrase after it ("thanks to ...") is not one either.
    objectFrom: causeAt(tokens, end) ? tokens.length : end,
  };
}

/**
 * Why a change of state of a health concept is a claim, or undefined when the sentence only
 * says how a condition went or goes ("The swelling goes down after a few days", "After a few
 * days, the rash disappeared"): nothing taken or done is named as its cause or means.
 * - 'cause': the sentence names something taken or done as its cause or means ("thanks to this
 *   balm", "with these lozenges", "since I started the drops", "after a week of our tea"), or the
 *   sentence before is a testimony of taking or using something ("I started taking X.");
 * - 'promise': the reader is promised it ("your cravings will vanish") or a promise word says it
 *   ("melts away overnight", "gone for good");
 * - 'generic': a bare plural or mass noun in the present says that such a condition goes away,
 *   as a rule ("Brain fog disappears within days"); a careful writer says how often ("usually",
 *   "most colds"), which the hedges and quantifiers already leave alone.
 * The claim-verb lexicon's verbs of change ("stop", "ease", "heal", "improve") are its own to
 * decide, and are claims of change here only with a cause named.
 */
function whyChangeIsClaimed(input: StructureInput, phraseStart: number, concept: ConceptMention, verbAt: number, tag: TaggedWord, perfect: boolean, needsCause: boolean): keyof typeof CHANGE_BASES | undefined {
  const { tokens, lexicon } = input;
  if (meansNamed(input)) return 'cause';
  if (testimonyBefore(input)) return 'testimony';
  if (needsCause || (lexiconVerb(lexicon, tokens[verbAt]) && !/^(?:disappear|vanish|fade|melt|go|clear)/.test(tag.lemma))) return undefined;
  // What happened, told in the past with no cause, is a course ("the fever broke overnight").
  if (tag.verbForm === 'past' || perfect) return undefined;
  if (promiseWordIn(tokens)) return 'promise';
  const determiners = tokens.slice(phraseStart, concept.firstWord).map((token) => token.norm);
  // "Your cravings will vanish", "your belly fat melts away": a figurative verb promises; "your cold will go away in a week" is how a cold goes.
  if (determiners.includes('your')) return FIGURATIVE_CHANGES.has(tag.lemma) ? 'promise' : undefined;
  if (!determiners.some((word) => DETERMINERS.has(word) || POSSESSIVES.has(word))) return 'generic';
  return undefined;
}
/** Verbs of disappearance that no one uses for a condition's course, only for a promise: "melt away", "vanish". */
const FIGURATIVE_CHANGES = new Set(['melt', 'vanish', 'dissolve', 'evaporate']);

/** Imperatives of perception that promise the reader a change they will watch or feel: "Watch the pounds melt away". */
const PERCEPTION_IMPERATIVES = new Set(['watch', 'see', 'feel']);

/** The subject at `phraseStart` follows an imperative of perception that opens the sentence (or "and", "just", "then" before it). */
function watchedChange(tokens: readonly Token[], phraseStart: number): boolean {
  const verb = phraseStart - 1;
  if (verb < 0 || tokens[phraseStart].breaks || !PERCEPTION_IMPERATIVES.has(tokens[verb].norm)) return false;
  return verb === 0 || tokens[verb].breaks || /^(?:and|just|then|now)$/.test(tokens[verb - 1].norm) && (verb === 1 || tokens[verb - 1].breaks);
}

/**
 * The subject at `phraseStart` is the object of a causative whose own subject can be a product
 * ("Our spray helps restless legs settle down", "this tea lets cramps fade"): the causative's
 * subject is named as the cause. Not after a person or the research ("your doctor can help").
 */
function causedChange(tokens: readonly Token[], phraseStart: number): boolean {
  const verb = phraseStart - 1;
  if (verb < 1 || tokens[phraseStart].breaks || tokens[verb].breaks || !CAUSATIVES.has(tokens[verb].norm)) return false;
  let subject = verb - 1;
  while (subject > 0 && (MODALS.has(tokens[subject].norm) || /ly$/.test(tokens[subject].norm)) && !tokens[subject + 1].breaks) subject--;
  const norm = tokens[subject].norm;
  if (isFunctionWord(norm) && !PRODUCT_PRONOUNS.has(norm)) return false;
  return !NOT_PRODUCT_SUBJECTS.has(norm) && !PERSON_BY_TRADE.test(norm) && !READER.has(norm);
}

/** What the explanation says about each reason a change of state is a claim. */
export const CHANGE_BASES = {
  cause: 'its cause or means named in the sentence',
  testimony: 'the sentence before tells of taking or using something, or of a product of the writer\'s',
  promise: 'promised to the reader',
  generic: 'said of the condition as a rule (no determiner, present tense, no hedge)',
} as const;

/** Words that open a fronted adverbial of time or means before a clause's subject ("Within a week", "After two weeks of our tea"). */
const FRONTED_OPENERS = new Set(['within', 'in', 'after', 'by', 'over', 'for', 'since', 'once', 'with', 'from', 'following']);

/**
 * Where the clause's subject starts after a fronted adverbial with no comma ("Within a week my
 * migraines disappeared", "After a month of using the serum my dark spots faded", "Two days
 * later the rash faded"): the last determiner or possessive before the concept (or the concept),
 * when the words before it open with a preposition (or end in "later"), hold no finite verb and
 * end in a noun; otherwise -1.
 */
function subjectAfterFrontedAdverbial({ tokens, tags }: StructureInput, phraseStart: number, conceptFirst: number): number {
  let subject = conceptFirst;
  for (let at = conceptFirst - 1; at >= phraseStart; at--) {
    if (POSSESSIVES.has(tokens[at].norm) || tags[at].pos === 'DET') {
      subject = at;
      break;
    }
  }
  if (subject < 2) return -1;
  const last = tokens[subject - 1].norm;
  if (!FRONTED_OPENERS.has(tokens[0].norm) && last !== 'later') return -1;
  if (last !== 'later' && tags[subject - 1].pos !== 'NOUN' && tags[subject - 1].pos !== 'PROPN' && !TIME_UNITS.has(last)) return -1;
  for (let at = 1; at <= subject; at++) if (tokens[at].breaks) return -1;
  for (let at = 0; at < subject; at++) if ((isVerb(tags[at]) || tags[at].pos === 'AUX') && (tags[at].verbForm === 's' || tags[at].verbForm === 'past')) return -1;
  return subject;
}

/** "(will) be history", "are a thing of the past" after the concept: a change of state said with "be" and an idiom. */
function goneIdiomAt(tokens: readonly Token[], groupFirst: number, at: number): Candidate | undefined {
  if (!tokens.slice(groupFirst, at).some((token) => BE_OR_GET.has(token.norm) || BECOME.has(token.norm))) return undefined;
  const idiom = GONE_IDIOMS.find((words) => words.every((word, offset) => tokens[at + offset]?.norm === word && (offset === 0 || !tokens[at + offset].breaks)));
  if (!idiom || naturalCourse(tokens)) return undefined;
  const end = at + idiom.length;
  return {
    kind: 'verb',
    structure: 'change of state',
    groupFirst,
    groupEnd: end,
    head: at - 1,
    info: { lemma: 'be', phrase: ['be', ...idiom].join(' '), form: 'base', verbKind: 'neutral' },
    objectFrom: end,
  };
}

/**
 * "over" after "be" as the adjective "finished" ("colds are over before they start", "is over for
 * good"), not a preposition before a noun phrase ("the rash is over your back"): like "gone".
 */
function overAsAdjective(tokens: readonly Token[], tags: readonly TaggedWord[], at: number): boolean {
  if (tokens[at].norm !== 'over') return false;
  const next = at + 1;
  if (next >= tokens.length || tokens[next].breaks) return true;
  return !['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tags[next].pos);
}

const HAVE_FORMS = new Set(['has', 'have', 'had', "'ve", "'s"]);
const PAST_BE = new Set(['was', 'were', 'had']);
const PARTICLE_INTENSIFIERS = new Set(['right', 'all', 'completely', 'straight']);
/** Degree words before "better": "much better", "so much better", "a lot better". */
/** Idioms of a condition held down after "be" ("under control", "in check"): claim-structure.json 'controlled-idiom'. */
const CONTROLLED_IDIOMS = structureData.entries.filter((entry) => entry.kind === 'controlled-idiom').map((entry) => entry.phrase.split(' '));
const BETTER_DEGREE = new Set(['much', 'so', 'far', 'a', 'lot', 'way', 'even', 'already', 'now']);

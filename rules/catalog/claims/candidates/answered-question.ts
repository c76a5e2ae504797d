// An elliptical question and answer, the way product headlines and bullets put a promise:
// "Sugar cravings? Gone by day three.", "Bloating? Not anymore.", "Achy knees? Not with our
// turmeric shots.", "Brain fog? Sorted." The question is a short verbless phrase naming a health
// concept; the answer is a fragment that says the concept has gone, has ended, or cannot last
// with a product of the writer's (Huddleston & Pullum 2002, ch. 10 and 17: answers and verbless
// fragments take their topic from the question). The answer words are data
// (rules/data/claim-consumer-forms.json), and the verb side is open as in the structural
// families: any past participle alone is an answer that something was done to the concept
// ("Cravings? Crushed."), except the verbs that talk about, study or have a concept
// (claim-structure.json 'non-effect': "Bloating? Explained.") and the participles of a page's
// own work ("Answered", "Updated"). Left alone:
// - an answer that refers the reader on or explains ("Bloating? See your GP if it lasts", "Bloating?
//   It is common after big meals"): no answer word opens it;
// - a hedged answer ("Often, yes", "Usually gone in a week"): no answer word opens it, or
//   decide.ts finds the hedge inside it;
// - a condition's natural course ("Gone in a week on its own");
// - a full question ("What causes bloating? ...", "Does X help? Yes." is flagged.ts's).
// A question may also ask for a remedy ("The secret to pain-free joints?", "The cure for a
// hangover?": a remedy noun, then "to", "for" or "from" before the concept), answered by a verbless
// phrase naming a product of the writer's ("A daily spoonful of our bone broth."): the product is
// said to be that remedy. An answer with a verb explains ("The secret is rest and fluids"),
// unless it names a product of the writer's as what the asker needs ("Struggling with brain fog?
// This is the supplement you need.").
// The claim is the answer's; its health concept is the question's.

import consumerForms from '../../../data/claim-consumer-forms.json';
import type { Sentence, Word } from '../../../engine/sentences.js';
import type { ConceptMatch } from '../concepts.js';
import type { ClaimLexicon } from '../lexicon.js';
import type { Token } from '../words.js';
import type { Candidate } from './candidate.js';
import { productNamedIn } from './products.js';
import { NATURAL_COURSE, NON_EFFECT_FORMS, PRODUCT_FORMS, REMEDY_NOUNS } from './structure-core.js';
import { firstPhraseAt } from '../words.js';

type AnswerKind = 'gone-answer' | 'ended-answer' | 'means-answer';
const ANSWERS = consumerForms.entries
  .filter((entry): entry is typeof entry & { kind: AnswerKind } => entry.kind === 'gone-answer' || entry.kind === 'ended-answer' || entry.kind === 'means-answer')
  .map((entry) => ({ words: entry.phrase.split(' '), kind: entry.kind }));
const ANSWER_OPENERS = new Set(ANSWERS.map((answer) => answer.words[0]));
/** Intensifiers before the answer word: "All gone", "Totally sorted", "Long gone". */
const INTENSIFIERS = new Set(['all', 'totally', 'completely', 'long', 'simply', 'just', 'fully', 'problem']);
/** What may follow a gone or ended answer: a time, a means or a promise ("Gone by day three", "Sorted, with one capsule a day"); not "Over the counter ...". */
const FOLLOWERS = new Set(['by', 'in', 'within', 'after', 'with', 'thanks', 'since', 'from', 'for', 'forever', 'overnight', 'fast', 'quickly', 'immediately', 'instantly', 'today', 'tonight', 'now', 'and', 'once', 'before', 'naturally', 'again']);
/** The longest answer taken as a fragment: "Not after one soak in our magnesium flakes" and a little more. */
const ANSWER_WORDS = 14;
/** The longest question taken as a verbless topic ("Achy knees after a long run?"). */
const QUESTION_WORDS = 7;
/**
 * A question that opens with a question word or an auxiliary is a full question, not a topic; a
 * denied auxiliary with no subject after it is the reader's state with "you" left out ("Can't
 * sleep?", "Don't feel rested?").
 */
const FULL_QUESTION = /^\s*(?:(?:how|why|what|when|where|which|who|whether)\b|(?:can|could|does|do|did|is|are|was|were|will|would|should|may|might|have|has)(?![\u2019']t\b|n[\u2019']t\b)\b|\w+n[\u2019']t\s+(?:you|it|i|we|they|he|she|this|that|there)\b)/i;
const QUESTION_END = /\?\s*["\u201d')\]]*$/;
/** Participles that say what a page does with a topic, not what a product does to it. */
const PAGE_WORK = new Set(['answered', 'updated', 'decoded', 'demystified', 'unpacked', 'revisited', 'simplified', 'summarised', 'summarized', 'ranked', 'rated', 'compared', 'sourced']);
/** What may follow an open participle: a time or a promise ("Crushed in days"); not "by" or "with", which name a cause ("Caused by gas"). */
const PARTICIPLE_FOLLOWERS = new Set(['in', 'within', 'overnight', 'forever', 'fast', 'quickly', 'instantly', 'for', 'again', 'naturally']);

/** Whether the sentence may answer a question (its first word may open an answer): the cheap check before any other. */
export function mayAnswerQuestion(words: readonly Word[]): boolean {
  const first = words[0]?.norm;
  if (first === undefined || words.length > ANSWER_WORDS) return false;
  // An open participle stands alone or before a time: "Crushed.", "Zapped in minutes" (not "Based on ...").
  const participle = openParticiple(first) && (words.length === 1 || PARTICIPLE_FOLLOWERS.has(words[1].norm));
  return ANSWER_OPENERS.has(first) || participle || first === 'consider' || (INTENSIFIERS.has(first) && ANSWER_OPENERS.has(words[1]?.norm ?? '')) || productNamedIn(words, 0, words.length);
}

export function answeredQuestionCandidate(tokens: readonly Token[], previous: Sentence | undefined, previousWords: readonly Word[], lexicon: ClaimLexicon): Candidate | undefined {
  if (!previous || !QUESTION_END.test(previous.text) || FULL_QUESTION.test(previous.text) || previousWords.length > QUESTION_WORDS) return undefined;
  const concept = lexicon.concepts.conceptsOfSentence(previousWords)[0];
  if (!concept) return undefined;
  if (remedyAsked(previousWords, concept.firstWord)) return productAnswer(tokens, previous, previousWords, concept);
  const needed = neededProductAnswer(tokens, previous, previousWords, concept);
  if (needed) return needed;
  const start = INTENSIFIERS.has(tokens[0].norm) && !ANSWER_OPENERS.has(tokens[0].norm) ? 1 : 0;
  // "Consider it handled": the open participle after "consider it" as after nothing.
  const considered = tokens[start].norm === 'consider' && tokens[start + 1]?.norm === 'it' && !tokens[start + 1].breaks ? participleAnswer(tokens, start + 2) : undefined;
  const answer = ANSWERS.find((candidate) => candidate.words.every((word, offset) => tokens[start + offset]?.norm === word && (offset === 0 || !tokens[start + offset].breaks))) ?? (considered && { words: ['consider', 'it', ...considered.words], kind: considered.kind }) ?? participleAnswer(tokens, start);
  if (!answer) return undefined;
  const end = start + answer.words.length;
  if (answer.kind === 'means-answer') {
    if (!productNamed(tokens, end)) return undefined;
  } else if (end < tokens.length && !tokens[end].breaks && !FOLLOWERS.has(tokens[end].norm)) return undefined;
  if (naturalCourse(tokens)) return undefined;
  const question = previous.text.trim();
  // The claim is the answer's whole first clause ("Gone within a week"), up to its first break.
  let clauseEnd = end;
  while (clauseEnd < tokens.length && !tokens[clauseEnd].breaks) clauseEnd++;
  return {
    kind: 'nominal',
    structure: 'answered question',
    subject: 'reader',
    basis: `answers "${question}": what it asks about is said to be gone`,
    groupFirst: 0,
    groupEnd: clauseEnd,
    // The word that says it has gone ("sorted", "past"), or the negative that ends it ("Not anymore").
    head: answer.kind === 'gone-answer' ? end - 1 : start,
    info: { lemma: answer.words.join(' '), phrase: answer.words.join(' '), form: 'base', verbKind: 'observed' },
    objectFrom: clauseEnd,
    // "Not anymore", "Not with our shots": the answer's negative is the promise, not a denial.
    ownNegator: answer.kind !== 'gone-answer',
    concept: conceptOf(concept, previous, previousWords),
  };
}

/** Nouns that ask for a remedy in a verbless question: claim-structure.json's remedy nouns and 'remedy-question' entries ("secret", "key"). */
const REMEDY_QUESTION_NOUNS = new Set([...REMEDY_NOUNS, ...consumerForms.entries.filter((entry) => entry.kind === 'remedy-question').map((entry) => entry.phrase)]);
/** Words that make the answer a clause, not a named remedy: "The secret is rest", "It depends". */
const CLAUSE_WORDS = new Set(['is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'may', 'might', 'must', 'depends', 'varies', 'it', 'there']);

/** The question asks for a remedy for its concept: a remedy noun, then "to", "for", "from" or "against" ("The secret weapon against dark circles?"), within three words before it. */
function remedyAsked(words: readonly Word[], conceptFirst: number): boolean {
  for (let at = conceptFirst - 1; at >= 1 && conceptFirst - at <= 3; at--) {
    if (/^(?:to|for|from|against)$/.test(words[at].norm)) return REMEDY_QUESTION_NOUNS.has(words[at - 1].norm);
  }
  return false;
}

/** A verbless answer that names a product of the writer's ("A daily spoonful of our bone broth."), as the remedy the question asked for. */
function productAnswer(tokens: readonly Token[], previous: Sentence, previousWords: readonly Word[], concept: ConceptMatch): Candidate | undefined {
  if (tokens.length > ANSWER_WORDS || tokens.some((token) => CLAUSE_WORDS.has(token.norm)) || !productNamedIn(tokens, 0, tokens.length)) return undefined;
  return {
    kind: 'nominal',
    structure: 'answered question',
    subject: 'product',
    basis: `answers "${previous.text.trim()}": a product of the writer's is named the remedy`,
    groupFirst: 0,
    groupEnd: tokens.length,
    // The answer's last word, its head noun ("broth", "sachets").
    head: tokens.length - 1,
    info: { lemma: 'remedy', phrase: 'remedy', form: 'base', verbKind: 'observed' },
    objectFrom: tokens.length,
    concept: conceptOf(concept, previous, previousWords),
  };
}

const NEEDING_PHRASES = consumerForms.entries.filter((entry) => entry.kind === 'needing-phrase').map((entry) => entry.phrase.split(' '));
/** Words between "you" and what it needs: "you've been looking for", "you really need", "you'll ever need". */
const READER_FORMS = new Set(['you', "you've", "you'll", "you'd"]);
const NEEDING_AUXILIARIES = new Set(["'ve", 've', 'have', 'been', 'really', 'truly', "'ll", 'will', 'ever', 'always', 'actually']);

/**
 * An answer that names a product of the writer's as what the asker needs: "Struggling with brain
 * fog? This is the supplement you need.", "Cracked heels? Our balm is what you've been looking
 * for." The need must close the clause: "This is what you need to know" names a page's content.
 */
function neededProductAnswer(tokens: readonly Token[], previous: Sentence, previousWords: readonly Word[], concept: ConceptMatch): Candidate | undefined {
  // A product by its form ("the supplement", "our foot balm"), not any noun of the writer's ("Our guide explains what you need").
  if (tokens.length > ANSWER_WORDS || !tokens.some((token) => PRODUCT_FORMS.has(token.norm))) return undefined;
  for (let you = 1; you < tokens.length; you++) {
    if (!READER_FORMS.has(tokens[you].norm) || tokens[you].breaks) continue;
    let at = you + 1;
    while (at < tokens.length && NEEDING_AUXILIARIES.has(tokens[at].norm) && !tokens[at].breaks) at++;
    const phrase = NEEDING_PHRASES.find((words) => words.every((word, offset) => tokens[at + offset]?.norm === word && !tokens[at + offset].breaks));
    if (!phrase) continue;
    const end = at + phrase.length;
    if (end < tokens.length && !tokens[end].breaks) return undefined;
    return {
      kind: 'nominal',
      structure: 'answered question',
      subject: 'product',
      basis: `answers "${previous.text.trim()}": a product of the writer's is named what the reader needs`,
      groupFirst: 0,
      groupEnd: end,
      head: at,
      info: { lemma: 'remedy', phrase: 'remedy', form: 'base', verbKind: 'observed' },
      objectFrom: end,
      concept: conceptOf(concept, previous, previousWords),
    };
  }
  return undefined;
}

/** A verb of the open side as a past participle ("crushed", "zapped"), not one that talks about or has a concept, nor the page's own work. */
function openParticiple(norm: string): boolean {
  return norm.length > 4 && norm.endsWith('ed') && !NON_EFFECT_FORMS.has(norm) && !PAGE_WORK.has(norm);
}

/** An open participle alone, or before a time or a promise ("Crushed.", "Zapped in days"): a gone answer. */
function participleAnswer(tokens: readonly Token[], start: number): (typeof ANSWERS)[number] | undefined {
  const norm = tokens[start]?.norm ?? '';
  if (!openParticiple(norm)) return undefined;
  const next = tokens[start + 1];
  if (next && !next.breaks && !PARTICIPLE_FOLLOWERS.has(next.norm)) return undefined;
  return { words: [norm], kind: 'gone-answer' };
}

/** The question's concept as a claim reports it. */
function conceptOf(concept: ConceptMatch, previous: Sentence, words: readonly Word[]): Candidate['concept'] {
  const start = words[concept.firstWord].start - previous.start;
  const end = words[concept.endWord - 1].end - previous.start;
  return { text: previous.text.slice(start, end), category: concept.category, disease: concept.disease };
}

/** "Not with our turmeric shots", "Not after a week of these drops", "Not with this!": a product named within five words, in the answer's first clause. */
function productNamed(tokens: readonly Token[], from: number): boolean {
  if (from === tokens.length - 1 && /^(?:this|these)$/.test(tokens[from].norm)) return true;
  let to = from;
  while (to < tokens.length && to < from + 5 && (to === from || !tokens[to].breaks)) to++;
  return productNamedIn(tokens, from, to);
}

/** The answer says the concept ends by itself ("Gone in a week on its own"). */
function naturalCourse(tokens: readonly Token[]): boolean {
  for (let at = 0; at < tokens.length; at++) if (firstPhraseAt(tokens, at, NATURAL_COURSE)) return true;
  return false;
}

import type { Attribution } from '../db/schema.ts';
import { countWords, escapeRegExp, languageCode, searchKey } from '../lib/text.ts';
import { givenNameGender, isGivenName } from './candidates.ts';
import { gendersIn, sameName, TWO_LETTER_INITIALS } from './mentions.ts';
import { QA_LABEL, TIME_CODE, TURN_LABEL } from './page/furniture.ts';
import {
  BROADCAST_ROLES,
  type Gender,
  isHonorific,
  isNationalityWord,
  isRoleNoun,
  isTitleModifier,
  isTitleWord,
  opposite,
  periphrasisIn,
  sameTitle,
  titleBefore,
} from './titles.ts';
import { isRoleLabel, type SpeakerLabel, speakerLabels, TRANSCRIPT_TURNS } from './transcript.ts';

/**
 * Quotations in a cleaned body and who each is attributed to. Pure: no database, no network.
 *
 * Quoted spans are paired by a stack over the quote marks of every common convention, paragraph by paragraph; a
 * span is then attributed by the words around it (a reporting verb of the page's language and its subject, a
 * name and a colon, "according to"), and the speaker is a linked mention standing where the subject stands. When
 * the subject is a name nobody linked or a description ("the presidential advisor"), the speaker is null: a
 * quotation is never handed to the nearest linked name instead. English, French, Spanish, German and Russian are
 * read word by word; Chinese, written without spaces, and Korean, whose particles are glued to the words, are read
 * by patterns anchored on the mention and the quotation (see "Chinese and Korean" below).
 */

/** A linked mention the finder may take as a speaker (people and organisations; places/countries are never speakers). */
export interface SpeakerMention {
  entityId: string;
  type: string;
  start: number;
  end: number;
  surface: string;
}

export interface FoundQuotation {
  /** The quoted words verbatim, without their quotation marks; start/end are offsets in body (UTF-16, end exclusive). */
  text: string;
  start: number;
  end: number;
  kind: 'direct' | 'reported';
  /** The mention the quotation is attributed to, or null when the text names no speaker that is linked. */
  speaker: { entityId: string; start: number; end: number; surface: string } | null;
  /** after-quote ("…," Putin said / "…," said Putin / 「…」，普京说), before-quote (Putin said: "…" / Putin said
   * that … / 푸틴 대통령은 "…"라고 말했다), according-to ("…", according to Peskov / selon / según / laut /
   * по словам / 据…称 / …에 따르면), colon (Putin: "…"),
   * pronoun ("…," he said: the person the text was just speaking of), description ("the spokesman said"), interview
   * (an answer in a question-and-answer interview: the person interviewed), introduced (a paragraph of quoted words
   * alone, after a sentence about one person: "Dr Park, a lecturer, was more cautious.¶“…”"), repeated (words quoted
   * again, in a heading or a summary, whose speaker the other quotation names). null when there is no speaker.
   * A quotation with no cue of its own that goes on from an attributed one ("…," Putin said. "…") takes that one's
   * speaker, attribution, verb and cue. */
  attribution: Attribution | null;
  /** The reporting verb as written ("said", "a déclaré", "заявил", "表示", "말했다"), or null. */
  verb: string | null;
  /** The attributing words verbatim from the body ("Putin said", "according to Peskov", "he said", "普京表示"), or
   * null. In Korean, where the subject stands before the quotation and the verb after it, the subject's words
   * ("푸틴 대통령은"). */
  cue: string | null;
}

// ─── The words that attribute speech, per language ───────────────────────────────────────────────────────────────

type Language = 'en' | 'fr' | 'es' | 'de' | 'ru';

interface Cues {
  /** Reporting verbs as written: finite forms, and the participles that follow an auxiliary. */
  verbs: readonly string[];
  /** Those that report a clause after a complementizer (reported speech). */
  clauseVerbs: readonly string[];
  /** Those that may report a clause with no complementizer ("Putin said he hoped …"). */
  bareClauseVerbs: readonly string[];
  /** Those that take the listener first ("told reporters", "told Bloomberg that"). */
  objectVerbs: readonly string[];
  /** Listeners after such a verb. */
  objects: readonly string[];
  /** Present participles that share the subject of their clause ("…, adding “…”"). */
  participles: readonly string[];
  auxiliaries: readonly string[];
  /** Allowed between the subject (or auxiliary) and the verb. */
  adverbs: readonly string[];
  adverbPattern?: string;
  personPronouns: readonly string[];
  organizationPronouns: readonly string[];
  /** A person's possessives, before what they said: "His words:", "Sa réponse :", "Его ответ:". */
  possessives: readonly string[];
  /** Before the source: "according to Peskov". */
  according: readonly string[];
  /** The same with a pronoun for the source: "according to him", "selon elle", "по ее словам". */
  accordingPronoun: readonly string[];
  /** Only right after a quote: German "„…“, so Scholz". */
  accordingAfterQuote: readonly string[];
  /** After the source: German "Peskow zufolge". */
  accordingAfterName: readonly string[];
  complementizers: readonly string[];
  /** A verb after one of these shares the subject of an earlier verb ("Kim stated … and noted “…”"). */
  coordinators: readonly string[];
  /** "who": the subject is the name right before. */
  relativePersons: readonly string[];
  /** "that", "which": a relative clause inside the reporting sentence; the reporting verb is further back. */
  relativeThings: readonly string[];
  /** The relative words in their other cases ("whom", "whose", "которого"): they open a relative clause, never its subject. */
  relativeOthers: readonly string[];
  /** Right before a quoted name, title or label: what follows is not a quotation ("so-called", "titled"). */
  namingWords: readonly string[];
  /** Grammatical words: never a name, and never inside a run of title words before a name. */
  functionWords: readonly string[];
  /** Function words that may stand inside a title ("Secretary of State", "portavoz del Kremlin"). */
  connectors: readonly string[];
  /** A capitalised word after one of these is a common noun, not a name ("The Minister said", "Der Kanzler sagte"). */
  determiners: readonly string[];
  /** Indefinite articles: "a senior official" brings in someone unnamed. */
  indefinites: readonly string[];
  /** A finite verb with no subject has the subject of the text before it ("Añadió: «…»", "Добавил: «…»"). */
  proDrop: boolean;
  /** Reporting verbs in the infinitive, after a verb that shares its subject ("s'est contenté de déclarer : «…»"). */
  infinitives: readonly string[];
  /**
   * The words that put an infinitive after such a verb: a marker ("to", "de", "à", "zu") or a modal verb ("Lavrov
   * peut bien jurer que …", "may insist", "может заявить").
   */
  infinitiveMarkers: readonly string[];
  /** Opening a sentence before a source and a comma, the view that follows is the source's: "Pour Lavrov, …". */
  viewOf: readonly string[];
  /**
   * Nouns for what someone says, as a heading over their words names them ("From Putin's opening remarks:", "Из
   * заявления Путина:"); a pattern, so that declined forms match.
   */
  speechNouns: string;
  /** Words that open an adverbial between a reporting verb and its subject ("— заявил на этой неделе Песков"). */
  adverbialLeads: readonly string[];
  /** Object pronouns that stand between a subject and its verb ("Stoltenberg le répète", "Sánchez lo dijo"). */
  clitics?: readonly string[];
}

/** Russian past tense: the masculine form, the feminine one and the neuter one ("агентство сообщило"). */
const ruPast = (stems: readonly string[]) => stems.flatMap((s) => [s, `${s}а`, `${s}о`]);

const EN: Cues = {
  verbs: [
    ...['said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'declared', 'declares'],
    ...['vowed', 'vows', 'warned', 'warns', 'stressed', 'stresses', 'wrote', 'writes', 'written', 'announced'],
    ...['announces', 'insisted', 'insists', 'replied', 'replies', 'explained', 'explains', 'called', 'calls'],
    ...['described', 'describes', 'asserted', 'asserts', 'claimed', 'claims', 'argued', 'argues', 'emphasized'],
    ...['emphasised', 'emphasizes', 'emphasises', 'underlined', 'underscored', 'pledged', 'promised', 'praised'],
    ...['hailed', 'denounced', 'condemned', 'criticized', 'criticised', 'urged', 'reiterated', 'repeated'],
    ...['mentioned', 'advised', 'assured', 'assures', 'maintained', 'maintains', 'observed', 'remarked'],
    ...['commented', 'acknowledged', 'admitted', 'confirmed', 'conceded', 'suggested', 'recalled', 'quipped'],
    ...['joked', 'tweeted', 'posted', 'responded', 'answered', 'concluded', 'predicted', 'complained', 'boasted'],
    ...['expressed', 'expresses', 'accused', 'accuses', 'cautioned', 'asked', 'asks', 'exclaimed', 'dubbed'],
    ...['termed', 'labelled', 'labeled', 'branded', 'dismissed', 'echoed', 'thanked', 'welcomed', 'congratulated'],
    ...['instructed', 'instructs', 'ordered', 'orders', 'directed', 'directs'],
    ...['read'],
    ...['countered', 'retorted', 'lamented', 'reported', 'reports', 'continued', 'reminded', 'informed', 'shouted'],
    ...['answers', 'responds', 'observes', 'recalls', 'concludes', 'acknowledges', 'admits', 'confirms', 'concedes'],
    ...['suggests', 'predicts', 'complains', 'repeats', 'reiterates', 'hails', 'denounces', 'condemns', 'mentions'],
    ...['continues', 'put it', 'puts it'],
    ...['was quoted as saying', 'is quoted as saying', 'were quoted as saying', 'quoted as saying', 'went on to say'],
    ...['was quoted as telling', 'is quoted as telling', 'quoted as telling'],
    ...['saying', 'adding', 'noting', 'calling', 'describing', 'warning', 'stressing', 'telling', 'writing'],
    ...['insisting', 'explaining', 'arguing', 'declaring', 'urging', 'vowing', 'praising'],
  ],
  clauseVerbs: [
    ...['said', 'says', 'told', 'tells', 'stated', 'states', 'announced', 'announces', 'added', 'adds', 'noted'],
    ...['notes', 'explained', 'explains', 'insisted', 'insists', 'warned', 'warns', 'stressed', 'stresses', 'claimed'],
    ...['claims', 'argued', 'argues', 'mentioned', 'declared', 'declares', 'reiterated', 'emphasized', 'emphasised'],
    ...['emphasizes', 'confirmed', 'acknowledged', 'admitted', 'assured', 'assures', 'maintained', 'maintains'],
    ...['wrote', 'writes', 'replied', 'predicted', 'reported', 'reports', 'suggested', 'conceded', 'observed'],
    ...['recalled', 'asserted', 'vowed', 'promised', 'pledged', 'advised', 'reminded', 'informed', 'joked', 'quipped'],
    ...['observes', 'recalls', 'concludes', 'acknowledges', 'admits', 'confirms', 'concedes', 'suggests', 'predicts'],
    ...['repeats', 'reiterates', 'mentions', 'responds', 'answers'],
  ],
  bareClauseVerbs: ['said', 'says', 'told', 'tells', 'mentioned', 'claimed', 'claims', 'wrote', 'writes', 'reported'],
  objectVerbs: [
    ...['told', 'tells', 'advised', 'assured', 'assures', 'warned', 'warns', 'reminded', 'informed', 'instructed'],
    ...['instructs', 'ordered', 'orders', 'directed', 'directs'],
  ],
  objects: [
    ...['reporters', 'journalists', 'the press', 'lawmakers', 'legislators', 'parliament', 'the audience'],
    ...['the crowd', 'students', 'supporters', 'state television', 'state media', 'him', 'her', 'them', 'us', 'me'],
  ],
  participles: [
    ...['saying', 'adding', 'noting', 'calling', 'describing', 'warning', 'stressing', 'telling', 'writing'],
    ...['insisting', 'explaining', 'arguing', 'declaring', 'urging', 'vowing', 'praising'],
  ],
  auxiliaries: ['has', 'have', 'had', 'would', 'will'],
  adverbs: [
    ...['also', 'later', 'then', 'again', 'once', 'further', 'previously', 'earlier', 'reportedly', 'repeatedly'],
    ...['recently', 'separately', 'additionally', 'initially', 'finally', 'simply', 'just', 'only', 'even', 'too'],
    ...['already', 'often', 'since', 'now', 'long', 'first', 'twice', 'once again', 'neither'],
  ],
  adverbPattern: '\\p{Ll}+ly',
  personPronouns: ['he', 'she'],
  possessives: ['his', 'her'],
  organizationPronouns: ['it'],
  according: ['according to'],
  accordingPronoun: ['according to him', 'according to her'],
  accordingAfterQuote: [],
  accordingAfterName: [],
  complementizers: ['that'],
  coordinators: ['and', 'but', 'then', 'or'],
  relativePersons: ['who'],
  relativeThings: ['that', 'which'],
  relativeOthers: ['whom', 'whose'],
  namingWords: ['titled', 'entitled', 'named', 'dubbed', 'called', 'so-called', 'known as', 'nicknamed', 'headlined'],
  functionWords: [
    ...['a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his'],
    ...['her', 'its', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'who', 'whom', 'whose', 'which', 'what'],
    ...['when', 'where', 'while', 'why', 'how', 'and', 'or', 'but', 'nor', 'so', 'then', 'if', 'as', 'because'],
    ...['since', 'after', 'before', 'though', 'although', 'until', 'unless', 'than', 'also', 'both', 'each', 'some'],
    ...['many', 'all', 'most', 'any', 'no', 'not', 'there', 'here', 'in', 'on', 'at', 'by', 'for', 'from', 'to'],
    ...['with', 'without', 'about', 'into', 'over', 'under', 'during', 'between', 'against', 'among', 'per', 'via'],
    ...['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would'],
    ...['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'later', 'earlier', 'meanwhile', 'however'],
    ...['yet', 'still', 'now', 'today', 'yesterday', 'separately', 'officials', 'experts', 'analysts', 'critics'],
    ...['sources', 'reports', 'according'],
  ],
  connectors: ['the', 'of', 'for', 'and'],
  determiners: ['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'our'],
  indefinites: ['a', 'an'],
  proDrop: false,
  infinitives: [
    ...['say', 'add', 'declare', 'state', 'note', 'stress', 'warn', 'insist', 'tell', 'claim', 'swear', 'joke'],
    ...['explain', 'argue', 'describe', 'admit', 'complain', 'remind', 'suggest', 'predict', 'recall', 'repeat'],
  ],
  infinitiveMarkers: ['to', 'can', 'could', 'may', 'might', 'must', 'will', 'would', 'should'],
  viewOf: ['for'],
  speechNouns:
    '(?:statement|remark|speech|address|word|interview|comment|message|answer|reply|response|verdict)s?|replies',
  adverbialLeads: ['in', 'on', 'at', 'during', 'after', 'before', 'earlier', 'later', 'last', 'this', 'late', 'early'],
};

/** French present participles that share the subject of their clause ("…, a déclaré Poutine, qualifiant le texte de « … »"). */
const FR_PARTICIPLES = [
  ...['ajoutant', 'qualifiant', 'estimant', 'soulignant', 'affirmant', 'précisant', 'assurant', 'rappelant'],
  ...['expliquant', 'déclarant', 'dénonçant', 'saluant', 'jugeant', 'évoquant', 'promettant', 'insistant'],
  ...['avertissant', 'prévenant', 'martelant', 'notant', 'répétant', 'décrivant'],
];

/** The imperfect, as a profile or a recollection reports what someone used to say: "il expliquait que « … »". */
const FR_IMPERFECTS = [
  ...['disait', 'expliquait', 'affirmait', 'déclarait', 'répétait', 'assurait', 'estimait', 'soulignait'],
  ...['insistait', 'rappelait', 'racontait', 'écrivait', 'prévenait', 'martelait', 'jugeait', 'ajoutait'],
];

const FR: Cues = {
  verbs: [
    ...FR_PARTICIPLES,
    ...['déclaré', 'dit', 'affirmé', 'ajouté', 'souligné', 'indiqué', 'expliqué', 'assuré', 'estimé', 'précisé'],
    ...['annoncé', 'martelé', 'insisté', 'lancé', 'rappelé', 'prévenu', 'averti', 'confié', 'poursuivi', 'répondu'],
    ...['écrit', 'noté', 'observé', 'reconnu', 'jugé', 'dénoncé', 'fustigé', 'promis', 'plaidé', 'commenté'],
    ...['raconté', 'résumé', 'déploré', 'salué', 'qualifié', 'répété', 'réitéré', 'conclu', 'admis', 'avoué'],
    ...['soutenu', 'tweeté', 'confirmé', 'appelé', 'mis en garde', 'remercié', 'remercie', 'félicité'],
    ...['déclare', 'affirme', 'ajoute', 'souligne', 'indique', 'explique', 'assure', 'estime', 'précise', 'annonce'],
    ...['martèle', 'insiste', 'lance', 'rappelle', 'prévient', 'avertit', 'confie', 'poursuit', 'répond', 'note'],
    ...['observe', 'reconnaît', 'dénonce', 'fustige', 'promet', 'plaide', 'commente', 'raconte', 'résume'],
    ...['déplore', 'salue', 'qualifie', 'répète', 'conclut', 'admet', 'avoue', 'soutient', 'confirme', 'appelle'],
    ...['déclara', 'affirma', 'ajouta', 'souligna', 'expliqua', 'répondit', 'lança'],
    ...['analyse', 'analysé', 'tranche', 'tranché', 'ironise', 'ironisé', 'relève', 'relevé', 'résumé'],
    ...['s’inquiète', "s'inquiète", 'avance', 'avancé', 'juge', 'constate', 'constaté', 'exprimé', 'exprime'],
    ...['parlé', 'parle', 'évoqué', 'évoque', 'réclamé', 'réclame', 'exigé', 'exige', 'juré', 'jure', 'accusé'],
    ...['trouve', 'trouvé'],
    ...['fait part', 'fait savoir', 'fait valoir'],
    ...['glisse', 'glissé', 'détaille', 'détaillé', 'témoigne', 'témoigné', 'nuance', 'nuancé', 'reprend', 'repris'],
    ...['murmure', 'murmuré', 'tonne', 'tonné', 'raille', 'raillé', 'proteste', 'protesté', 'enchaîne', 'enchaîné'],
    // Said with a gesture or a feeling, as reporters write a speaker's words: "sourit-il", "soupire-t-elle".
    ...['sourit', 'souri', 'soupire', 'soupiré', 'rit', 'ri', 's’amuse', "s'amuse", 's’exclame', "s'exclame"],
    ...['se souvient', 'se rappelle', 'se félicite', 's’indigne', "s'indigne", 's’emporte', "s'emporte"],
    ...['calcule', 'calculé', 'tempère', 'tempéré', 'objecte', 'objecté', 'souffle', 'soufflé', 'assène', 'asséné'],
    ...['corrige', 'corrigé', 'rectifie', 'rectifié', 'pointe', 'pointé', 'réagi', 'réagit', 'décrit', 'décrivait'],
    // Seeing in something what one calls it: "Le président russe y voit « un document révolutionnaire »".
    ...['y voit', 'y voient', 'y voyait', 'y a vu', 'y avait vu', 'voit dans', 'voyait dans', 'voit là'],
    // Brushing a question aside: "« Rien à commenter », a balayé le porte-parole".
    ...['balayé', 'balaie', 'évacué', 'évacue', 'esquivé', 'esquive'],
    ...FR_IMPERFECTS,
  ],
  clauseVerbs: [
    ...FR_IMPERFECTS,
    ...['déclaré', 'dit', 'affirmé', 'ajouté', 'souligné', 'indiqué', 'expliqué', 'assuré', 'estimé', 'précisé'],
    ...['annoncé', 'rappelé', 'reconnu', 'jugé', 'écrit', 'noté', 'confirmé', 'admis', 'averti', 'prévenu'],
    ...['déclare', 'affirme', 'ajoute', 'souligne', 'indique', 'explique', 'assure', 'estime', 'précise', 'annonce'],
    ...['rappelle', 'reconnaît', 'écrit', 'note', 'confirme', 'admet', 'déclara', 'affirma', 'ajouta'],
    ...['martelé', 'martèle', 'répété', 'répète', 'promis', 'promet', 'relevé', 'relève', 'observé', 'observe'],
    ...[
      'trouve',
      'trouvé',
      'fait savoir',
      'fait valoir',
      'constaté',
      'constate',
      'soutenu',
      'soutient',
      'avancé',
      'avance',
      'insisté',
      'prévient',
    ],
  ],
  bareClauseVerbs: [],
  objectVerbs: [],
  objects: [],
  participles: FR_PARTICIPLES,
  auxiliaries: ['a', 'ont', 'avait', 'avaient', 'aurait', "s'est", 's’est', 'se sont', "s'était", 's’était'],
  adverbs: [
    ...['aussi', 'encore', 'également', 'déjà', 'ensuite', 'alors', 'notamment', 'enfin', 'lui-même', 'elle-même'],
    ...['bien', 'toujours', 'longtemps', 'souvent', 'aussitôt', 'd’abord', "d'abord", 'à nouveau', 'de nouveau'],
    ...['pour sa part', 'de son côté', 'seulement', 'simplement', 'pourtant', 'même'],
  ],
  personPronouns: ['il', 'elle'],
  possessives: ['son', 'sa', 'ses'],
  organizationPronouns: [],
  according: ['selon', "d'après", 'd’après'],
  accordingPronoun: ['selon lui', 'selon elle', "d'après lui", "d'après elle", 'd’après lui', 'd’après elle'],
  accordingAfterQuote: [],
  accordingAfterName: [],
  complementizers: ['que', "qu'", 'qu’'],
  coordinators: ['et', 'mais', 'puis', 'ou'],
  relativePersons: ['qui'],
  relativeThings: ['que', "qu'", 'qu’', 'dont'],
  relativeOthers: ['lequel', 'laquelle', 'lesquels', 'lesquelles', 'auquel', 'auxquels', 'duquel', 'desquels'],
  namingWords: [
    ...['intitulé', 'intitulée', 'baptisé', 'baptisée', 'appelé', 'appelée', 'surnommé', 'surnommée', 'nommé'],
    ...['nommée', 'soi-disant', 'prétendu', 'prétendue'],
  ],
  functionWords: [
    ...['le', 'la', 'les', "l'", 'l’', 'un', 'une', 'des', 'du', 'de', "d'", 'd’', 'ce', 'cet', 'cette', 'ces'],
    ...['il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'qui', 'que', 'quoi', 'dont', 'où', 'et', 'ou'],
    ...['mais', 'donc', 'or', 'ni', 'car', 'si', 'quand', 'lorsque', 'comme', 'puis', 'ensuite', 'alors', 'aussi'],
    ...['en', 'dans', 'sur', 'sous', 'par', 'pour', 'avec', 'sans', 'selon', 'après', 'avant', 'pendant', 'est'],
    ...['sont', 'était', 'a', 'ont', 'avait', 'au', 'aux', 'à'],
  ],
  connectors: ['de', 'du', 'des', 'la', 'le', "l'", 'l’', "d'", 'd’', 'et'],
  determiners: ['le', 'la', 'les', "l'", 'l’', 'un', 'une', 'ce', 'cet', 'cette', 'son', 'sa', 'leur'],
  indefinites: ['un', 'une'],
  proDrop: false,
  infinitives: [
    ...['déclarer', 'dire', 'affirmer', 'ajouter', 'souligner', 'rappeler', 'expliquer', 'répondre', 'lancer'],
    ...['assurer', 'préciser', 'indiquer', 'estimer', 'marteler', 'insister', 'avertir', 'prévenir'],
    ...['évoquer', 'qualifier', 'dénoncer', 'saluer', 'jurer', 'répéter', 'promettre', 'prétendre'],
  ],
  infinitiveMarkers: [
    ...['de', "d'", 'd’', 'à', 'peut', 'peuvent', 'pourra', 'pourrait', 'pouvait', 'doit', 'doivent', 'devra'],
    ...['devrait', 'devait', 'veut', 'voulait', 'voudrait'],
  ],
  viewOf: ['pour'],
  speechNouns:
    '(?:déclaration|allocution|intervention|entretien|interview|réponse|parole|verdict|réplique)s?|discours|propos|message',
  adverbialLeads: ['lors', 'à', 'au', 'aux', 'devant', 'dans', 'en', 'sur', 'ce', 'cette', 'hier'],
  clitics: [
    'le',
    'la',
    'les',
    "l'",
    'l’',
    'lui',
    'leur',
    'y',
    'en',
    'me',
    "m'",
    'm’',
    'nous',
    'vous',
    'te',
    "t'",
    't’',
  ],
};

const ES: Cues = {
  verbs: [
    ...['dijo', 'afirmó', 'declaró', 'añadió', 'agregó', 'señaló', 'aseguró', 'explicó', 'indicó', 'anunció'],
    ...['advirtió', 'subrayó', 'destacó', 'sostuvo', 'insistió', 'manifestó', 'expresó', 'apuntó', 'recalcó'],
    ...['respondió', 'escribió', 'prometió', 'reiteró', 'comentó', 'calificó', 'denunció', 'criticó', 'elogió'],
    ...['reconoció', 'admitió', 'precisó', 'confirmó', 'agradeció'],
    ...['dice', 'afirma', 'declara', 'añade', 'agrega', 'señala', 'asegura', 'explica', 'indica', 'anuncia'],
    ...['advierte', 'subraya', 'destaca', 'sostiene', 'insiste', 'manifiesta', 'apunta', 'recalca', 'responde'],
    ...['escribe', 'promete', 'reitera', 'comenta', 'precisa'],
    ...['dicho', 'afirmado', 'declarado', 'añadido', 'agregado', 'señalado', 'asegurado', 'explicado', 'indicado'],
    ...['anunciado', 'advertido', 'subrayado', 'destacado', 'sostenido', 'insistido', 'manifestado', 'expresado'],
    ...['apuntado', 'recalcado', 'respondido', 'escrito', 'prometido', 'reiterado', 'comentado', 'calificado'],
    ...['denunciado', 'criticado', 'reconocido', 'admitido', 'precisado', 'confirmado'],
  ],
  clauseVerbs: [
    ...['dijo', 'afirmó', 'declaró', 'añadió', 'agregó', 'señaló', 'aseguró', 'explicó', 'indicó', 'anunció'],
    ...['advirtió', 'subrayó', 'destacó', 'sostuvo', 'insistió', 'manifestó', 'apuntó', 'recalcó', 'respondió'],
    ...['escribió', 'reiteró', 'comentó', 'reconoció', 'admitió', 'precisó', 'confirmó'],
    ...['dice', 'afirma', 'declara', 'añade', 'agrega', 'señala', 'asegura', 'explica', 'indica', 'anuncia'],
    ...['advierte', 'subraya', 'destaca', 'sostiene', 'insiste', 'apunta', 'recalca', 'responde', 'escribe'],
    ...['dicho', 'afirmado', 'declarado', 'añadido', 'agregado', 'señalado', 'asegurado', 'explicado', 'indicado'],
    ...['anunciado', 'advertido', 'subrayado', 'destacado', 'sostenido', 'reconocido', 'admitido', 'confirmado'],
  ],
  bareClauseVerbs: [],
  objectVerbs: [],
  objects: [],
  participles: [],
  auxiliaries: ['ha', 'han', 'había', 'habían', 'habría', 'habrá'],
  adverbs: ['también', 'además', 'ayer', 'hoy', 'luego', 'después', 'posteriormente', 'incluso'],
  personPronouns: ['él', 'ella'],
  possessives: ['su', 'sus'],
  organizationPronouns: [],
  according: ['según', 'de acuerdo con'],
  accordingPronoun: ['según él', 'según ella'],
  accordingAfterQuote: [],
  accordingAfterName: [],
  complementizers: ['que'],
  coordinators: ['y', 'e', 'pero', 'luego'],
  relativePersons: ['quien'],
  relativeThings: ['que', 'cual'],
  relativeOthers: ['quienes', 'cuales', 'cuyo', 'cuya', 'cuyos', 'cuyas'],
  namingWords: [
    ...['titulado', 'titulada', 'llamado', 'llamada', 'denominado', 'denominada', 'apodado', 'apodada'],
    ...['conocido como', 'conocida como', 'supuesto', 'supuesta', 'autodenominado', 'autodenominada'],
  ],
  functionWords: [
    ...['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'lo', 'este', 'esta', 'ese', 'esa', 'él', 'ella'],
    ...['ellos', 'ellas', 'nosotros', 'que', 'quien', 'quienes', 'cual', 'cuando', 'donde', 'como', 'y', 'e', 'o'],
    ...['u', 'pero', 'sino', 'si', 'porque', 'pues', 'luego', 'también', 'en', 'de', 'del', 'al', 'con', 'sin'],
    ...['por', 'para', 'según', 'tras', 'ante', 'sobre', 'es', 'son', 'era', 'fue', 'ha', 'han', 'se', 'a'],
  ],
  connectors: ['de', 'del', 'la', 'el', 'los', 'las', 'y'],
  determiners: ['el', 'la', 'los', 'las', 'un', 'una', 'este', 'esta', 'su'],
  indefinites: ['un', 'una'],
  proDrop: true,
  infinitives: ['declarar', 'decir', 'afirmar', 'señalar', 'añadir', 'asegurar', 'explicar', 'subrayar', 'advertir'],
  infinitiveMarkers: ['a', 'de', 'puede', 'pueden', 'podrá', 'podría', 'debe', 'deben', 'debería', 'quiere'],
  viewOf: ['para'],
  speechNouns: '(?:declaraci[oó]n|intervenci[oó]n)(?:es)?|(?:discurso|mensaje|entrevista)s?|palabras',
  adverbialLeads: ['en', 'durante', 'tras', 'ante', 'este', 'esta', 'ayer', 'hoy'],
  clitics: ['lo', 'la', 'los', 'las', 'le', 'les'],
};

const DE: Cues = {
  verbs: [
    ...['sagte', 'sagt', 'gesagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'meint', 'gemeint'],
    ...['schrieb', 'schreibt', 'geschrieben', 'warnte', 'warnt', 'gewarnt', 'ergänzte', 'ergänzt', 'versicherte'],
    ...['versichert', 'bekräftigte', 'bekräftigt', 'unterstrich', 'unterstreicht', 'unterstrichen', 'forderte'],
    ...['fordert', 'gefordert', 'kritisierte', 'kritisiert', 'lobte', 'lobt', 'antwortete', 'antwortet', 'mahnte'],
    ...['mahnt', 'sprach', 'spricht', 'gesprochen', 'dankte', 'begrüßte'],
  ],
  clauseVerbs: [
    ...['sagte', 'sagt', 'gesagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'meint', 'schrieb'],
    ...['schreibt', 'warnte', 'warnt', 'versicherte', 'versichert', 'bekräftigte', 'bekräftigt', 'unterstrich'],
    ...['ergänzte'],
  ],
  bareClauseVerbs: [],
  objectVerbs: [],
  objects: [],
  participles: [],
  auxiliaries: ['hat', 'hatte', 'habe'],
  adverbs: ['auch', 'zudem', 'außerdem', 'dann', 'später', 'erneut', 'bereits', 'jedoch', 'noch'],
  personPronouns: ['er', 'sie'],
  possessives: ['sein', 'seine', 'seinen', 'ihr', 'ihre', 'ihren'],
  organizationPronouns: [],
  according: ['laut', 'nach Angaben'],
  accordingPronoun: ['nach seinen Worten', 'nach ihren Worten', 'seinen Worten zufolge', 'ihren Worten zufolge'],
  accordingAfterQuote: ['so'],
  accordingAfterName: ['zufolge'],
  complementizers: ['dass', 'daß'],
  coordinators: ['und', 'aber', 'dann', 'sowie'],
  relativePersons: [],
  relativeThings: ['das', 'was', 'welche', 'welcher', 'welches'],
  relativeOthers: ['welchem', 'welchen', 'dessen', 'deren'],
  namingWords: [
    ...['namens', 'titel', 'mit dem titel', 'sogenannte', 'sogenannten', 'sogenannter', 'sogenanntes'],
    ...['so genannte', 'so genannten', 'genannt', 'betitelt'],
  ],
  functionWords: [
    ...['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'er', 'sie', 'es'],
    ...['wir', 'ihr', 'man', 'wer', 'was', 'welche', 'welcher', 'welches', 'wann', 'wo', 'wie', 'und', 'oder'],
    ...['aber', 'doch', 'denn', 'wenn', 'als', 'dass', 'weil', 'ob', 'auch', 'dann', 'in', 'im', 'am', 'an'],
    ...['auf', 'aus', 'bei', 'mit', 'nach', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'gegen', 'über', 'unter'],
    ...['laut', 'so', 'ist', 'sind', 'war', 'hat', 'haben'],
  ],
  connectors: ['der', 'des', 'dem', 'den', 'die', 'von', 'für', 'und'],
  determiners: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'sein', 'ihr'],
  indefinites: ['ein', 'eine', 'einen', 'einem', 'einer'],
  proDrop: false,
  infinitives: ['sagen', 'erklären', 'betonen', 'warnen', 'mitteilen'],
  infinitiveMarkers: ['zu'],
  viewOf: ['für'],
  speechNouns: '(?:erklärung|ansprache|stellungnahme|botschaft|rede)(?:en)?|worte|interview',
  adverbialLeads: ['am', 'im', 'in', 'bei', 'nach', 'vor', 'auf', 'gestern', 'heute'],
};

/** Russian verbal adverbs of saying, which share the subject of their clause: "добавив", "сославшись на". */
const RU_VERBAL_ADVERBS = [
  ...['сославшись на', 'отметив', 'подчеркнув', 'добавив', 'заявив', 'назвав', 'пояснив', 'напомнив', 'указав'],
  ...['уточнив', 'предупредив', 'призвав', 'пообещав', 'признав', 'охарактеризовав', 'выразив'],
];

const RU: Cues = {
  verbs: [
    ...ruPast(['заявил', 'сказал', 'отметил', 'подчеркнул', 'сообщил', 'добавил', 'пояснил', 'указал', 'признал']),
    ...ruPast(['написал', 'ответил', 'уточнил', 'предупредил', 'заверил', 'констатировал', 'заметил', 'рассказал']),
    ...ruPast(['напомнил', 'призвал', 'пообещал', 'назвал', 'объяснил', 'резюмировал', 'заключил', 'предложил']),
    ...ruPast(['подытожил', 'возразил', 'парировал', 'посетовал', 'выразил', 'говорил', 'пошутил', 'иронизировал']),
    ...['признался', 'призналась', 'высказался', 'высказалась'],
    ...ruPast(['поблагодарил', 'похвалил', 'осудил', 'раскритиковал', 'потребовал', 'пригрозил', 'обвинил']),
    ...ruPast(['предположил', 'подтвердил', 'утверждал', 'настаивал', 'уверял', 'допустил', 'сообщал', 'отмечал']),
    ...ruPast(['подчеркивал', 'подчёркивал', 'напоминал', 'объяснял', 'пояснял', 'рассказывал', 'писал']),
    ...ruPast(['заявлял', 'объявил', 'объявлял', 'обещал', 'упомянул', 'упоминал', 'повторил', 'повторял']),
    ...ruPast(['называл', 'оценивал', 'характеризовал']),
    ...['оценивает', 'характеризует', 'расценивает'],
    ...['оговорился', 'оговорилась'],
    // Verbs of assessment that quote: "расценил визит как …", "охарактеризовал его как «…»".
    ...ruPast(['расценил', 'охарактеризовал', 'оценил', 'квалифицировал']),
    ...['ограничился', 'ограничилась', 'обратил внимание', 'обратила внимание'],
    ...['выразил уверенность', 'выразила уверенность', 'выразил надежду', 'выразила надежду'],
    ...['выражает', 'выразили', 'говорили'],
    ...['считает', 'полагает', 'уверен', 'уверена', 'резюмирует', 'констатирует', 'подытоживает', 'объясняет'],
    ...['мол', 'дескать', ...RU_VERBAL_ADVERBS],
    // "— говорится в заявлении МИД": the statement's author after it.
    'говорится',
    ...['говорит', 'заявляет', 'отмечает', 'подчеркивает', 'подчёркивает', 'сообщает', 'добавляет', 'пишет'],
    ...['поясняет', 'указывает', 'признает', 'признаёт', 'уверяет', 'напоминает', 'называет'],
    ...['рассказывает', 'утверждает', 'уточняет', 'предупреждает', 'отвечает', 'подтверждает', 'настаивает'],
    // Said with a gesture or a feeling, as reporters write a speaker's words: "— смеется она", "надеется, что …".
    ...['смеется', 'смеётся', 'вздыхает', 'улыбается', 'признается', 'признаётся', 'вспоминает', 'надеется'],
    ...['рассуждает', 'размышляет', 'усмехается', 'ворчит', 'возмущается', 'удивляется', 'сетует', 'жалуется'],
    ...['делится', 'продолжает', 'пожимает плечами', 'качает головой', 'разводит руками', 'машет рукой'],
    ...['пожал плечами', 'пожала плечами', 'развел руками', 'развела руками', 'усмехнулся', 'усмехнулась'],
    // "— сообщили в Кремле": the plural of an institution.
    ...['заявили', 'сказали', 'сообщили', 'отметили', 'подчеркнули', 'добавили', 'пояснили', 'уточнили', 'ответили'],
  ],
  clauseVerbs: [
    ...ruPast(['заявил', 'сказал', 'отметил', 'подчеркнул', 'сообщил', 'добавил', 'пояснил', 'указал', 'признал']),
    ...ruPast(['написал', 'ответил', 'уточнил', 'предупредил', 'заверил', 'заметил', 'напомнил', 'рассказал']),
    ...['говорит', 'заявляет', 'отмечает', 'подчеркивает', 'подчёркивает', 'сообщает', 'добавляет', 'пишет'],
    ...['поясняет', 'считает', 'полагает'],
    ...ruPast(['пообещал', 'предположил', 'говорил', 'объяснил', 'подтвердил', 'утверждал', 'настаивал', 'уверял']),
    ...ruPast(['допустил', 'констатировал', 'сообщал', 'отмечал', 'подчеркивал', 'подчёркивал', 'напоминал']),
    ...ruPast(['объяснял', 'пояснял', 'рассказывал', 'писал', 'пошутил', 'иронизировал', 'заявлял', 'объявил']),
    ...ruPast(['объявлял', 'обещал', 'повторил', 'повторял']),
    ...['оговорился', 'оговорилась', 'признался', 'призналась'],
    ...['выразил уверенность', 'выразила уверенность', 'выразил надежду', 'выразила надежду'],
    ...['напоминает', 'утверждает', 'уточняет', 'предупреждает', 'настаивает', 'подтверждает', 'признает'],
    ...['признаёт', 'уверяет', 'уверен', 'уверена', 'объясняет', 'рассказывает', 'констатирует'],
    ...['заявили', 'сообщили', 'сказали', 'отметили', 'добавили', 'подчеркнули', 'пояснили', 'уточнили'],
  ],
  bareClauseVerbs: [],
  objectVerbs: [],
  objects: [],
  // "отписался у себя в канале, мол, «…»": a particle that reports the words of its clause's subject; so does a verbal
  // adverb ("отменил встречу, сославшись на «…»", "подписал указ, назвав договор «…»").
  participles: ['мол', 'дескать', ...RU_VERBAL_ADVERBS],
  auxiliaries: [],
  adverbs: [
    ...['также', 'тоже', 'ранее', 'затем', 'позднее', 'позже', 'вновь', 'снова', 'еще', 'ещё', 'уже', 'лишь'],
    ...['не случайно', 'неслучайно', 'недаром', 'прямо', 'открыто', 'публично', 'даже', 'тогда же', 'тогда', 'сразу'],
    ...['потом', 'сегодня', 'вчера', 'накануне', 'впервые', 'сначала', 'наконец', 'неоднократно', 'сам', 'сама'],
    ...['поначалу', 'первоначально', 'изначально', 'не раз', 'только', 'просто', 'коротко', 'тихо', 'честно'],
  ],
  // Adverbs of manner made from adjectives: "торжественно объявила", "резко ответил".
  adverbPattern: '\\p{Ll}{3,}(?:но|ко)',
  personPronouns: ['он', 'она'],
  possessives: ['его', 'её', 'ее'],
  organizationPronouns: [],
  according: ['по словам', 'по данным', 'по мнению', 'по информации'],
  accordingPronoun: [
    ...['по его словам', 'по ее словам', 'по её словам', 'по его мнению', 'по ее мнению', 'по её мнению'],
    ...['по его данным', 'по ее данным', 'по её данным'],
  ],
  accordingAfterQuote: [],
  accordingAfterName: [],
  complementizers: ['что'],
  coordinators: ['и', 'а', 'но', 'затем'],
  relativePersons: ['который', 'которая'],
  relativeThings: ['которое', 'которые'],
  relativeOthers: [
    ...['которого', 'которой', 'которому', 'которым', 'котором', 'которую', 'которых', 'которыми', 'чей', 'чья', 'чьё'],
    ...['чье', 'чьи', 'чьего', 'чьей'],
  ],
  namingWords: [
    ...['под названием', 'так называемый', 'так называемая', 'так называемое', 'так называемые'],
    ...['так называемой', 'так называемого', 'так называемых', 'так называемую', 'так называемым'],
  ],
  functionWords: [
    ...['он', 'она', 'оно', 'они', 'мы', 'я', 'вы', 'это', 'этот', 'эта', 'эти', 'тот', 'та', 'те', 'кто', 'что'],
    ...['который', 'которая', 'которое', 'которые', 'когда', 'где', 'как', 'и', 'а', 'но', 'или', 'если'],
    ...['потому', 'также', 'тоже', 'в', 'во', 'на', 'с', 'со', 'к', 'ко', 'по', 'из', 'от', 'до', 'для', 'о'],
    ...['об', 'при', 'за', 'под', 'над', 'перед', 'после', 'был', 'была', 'было', 'были'],
  ],
  // "сообщили в Кремле": an institution named by where it sits.
  connectors: ['в', 'во'],
  determiners: ['этот', 'эта', 'это', 'тот', 'та'],
  indefinites: [],
  proDrop: true,
  infinitives: [
    ...['заявить', 'сказать', 'отметить', 'подчеркнуть', 'ответить', 'добавить', 'напомнить', 'пояснить'],
    ...['произнести', 'заметить', 'уточнить', 'возразить', 'заверить', 'признать', 'повторить'],
  ],
  // A modal verb, or one of manner that hands its subject to the infinitive ("успел произнести", "поспешил заверить").
  infinitiveMarkers: [
    ...['может', 'могут', 'мог', 'могла', 'должен', 'должна', 'хочет', 'хотел', 'хотела', 'смог', 'смогла'],
    ...ruPast(['успел', 'поспешил', 'решил', 'преминул']),
    ...['предпочел', 'предпочёл', 'предпочла', 'попытался', 'попыталась'],
  ],
  viewOf: [],
  speechNouns:
    '(?:заявлени|выступлени|обращени|послани|комментари|ответ|вердикт)\\p{L}*|слов[оаеу]?|речи|речь|интервью',
  adverbialLeads: ['на', 'в', 'во', 'после', 'перед', 'накануне', 'ранее', 'вчера', 'сегодня', 'по', 'до', 'из', 'при'],
};

const CUES: Record<Language, Cues> = { en: EN, fr: FR, es: ES, de: DE, ru: RU };

/** Every language's cues at once, for a page whose language is not known; German "so" stays out (English "so"). */
function unionCues(): Cues {
  const all = Object.values(CUES);
  const merge = (pick: (c: Cues) => readonly string[]) => [...new Set(all.flatMap(pick))];
  return {
    verbs: merge((c) => c.verbs),
    clauseVerbs: merge((c) => c.clauseVerbs),
    bareClauseVerbs: merge((c) => c.bareClauseVerbs),
    objectVerbs: merge((c) => c.objectVerbs),
    objects: merge((c) => c.objects),
    participles: merge((c) => c.participles),
    auxiliaries: merge((c) => c.auxiliaries),
    adverbs: merge((c) => c.adverbs),
    adverbPattern: EN.adverbPattern,
    personPronouns: merge((c) => c.personPronouns),
    possessives: merge((c) => c.possessives),
    organizationPronouns: merge((c) => c.organizationPronouns),
    according: merge((c) => c.according),
    accordingPronoun: merge((c) => c.accordingPronoun),
    accordingAfterQuote: [],
    accordingAfterName: merge((c) => c.accordingAfterName),
    complementizers: merge((c) => c.complementizers),
    coordinators: merge((c) => c.coordinators),
    relativePersons: merge((c) => c.relativePersons),
    relativeThings: merge((c) => c.relativeThings),
    relativeOthers: merge((c) => c.relativeOthers),
    namingWords: merge((c) => c.namingWords),
    functionWords: merge((c) => c.functionWords),
    connectors: merge((c) => c.connectors),
    determiners: merge((c) => c.determiners),
    indefinites: [],
    proDrop: false,
    infinitives: merge((c) => c.infinitives),
    infinitiveMarkers: merge((c) => c.infinitiveMarkers),
    viewOf: merge((c) => c.viewOf),
    speechNouns: all.map((c) => c.speechNouns).join('|'),
    adverbialLeads: merge((c) => c.adverbialLeads),
    clitics: merge((c) => c.clitics ?? []),
  };
}

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';

/** One alternation of words, longest first; a space matches any run of spaces. */
function alternation(words: readonly string[]): string {
  const body = [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
    .join('|');
  return body || '(?!)';
}

interface Lexicon {
  cues: Cues;
  /** A reporting verb with its auxiliary and adverbs; French inversion ("a-t-il déclaré", "déclare-t-il") included. */
  verb: RegExp;
  according: RegExp;
  /** The same, sticky: at a position. */
  accordingAt: RegExp;
  accordingPronounAt: RegExp;
  /** The same, anywhere. */
  accordingPronoun: RegExp;
  accordingAfterQuote: RegExp;
  accordingAfterName: RegExp;
  /** At a position: an optional comma, then the complementizer. */
  complementizer: RegExp;
  /** A complementizer anywhere: "that", "que", "что". */
  complementizerWord: RegExp;
  /** The end of the text before a quote: a word that makes the quote a name. */
  naming: RegExp;
  /** An indefinite article and up to three words to its noun: "a senior official", "une source proche". */
  indefinitePhrase: RegExp;
  sets: {
    clauseVerbs: Set<string>;
    bareClauseVerbs: Set<string>;
    objectVerbs: Set<string>;
    participles: Set<string>;
    personPronouns: Set<string>;
    possessives: Set<string>;
    organizationPronouns: Set<string>;
    coordinators: Set<string>;
    relativePersons: Set<string>;
    relativeThings: Set<string>;
    relativeOthers: Set<string>;
    functionWords: Set<string>;
    connectors: Set<string>;
    determiners: Set<string>;
    verbs: Set<string>;
    infinitives: Set<string>;
    infinitiveMarkers: Set<string>;
    adverbialLeads: Set<string>;
    clitics: Set<string>;
  };
  objects: RegExp;
  /** At a sentence's start: "Pour", "For", "Para" before a source. */
  viewOf: RegExp;
  speechNoun: RegExp;
}

function compile(cues: Cues): Lexicon {
  const adverbs = [alternation(cues.adverbs), ...(cues.adverbPattern ? [cues.adverbPattern] : [])].join('|');
  const lower = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
  return {
    cues,
    verb: new RegExp(
      `${L}(?:(?<aux>${alternation(cues.auxiliaries)})(?<inv1>-t-(?:il|elle))?\\s+)?(?:(?:${adverbs})\\s+){0,2}` +
        `(?<core>${alternation([...cues.verbs, ...cues.verbs.map(capitalized), ...cues.infinitives])})(?<inv2>(?:-t)?-(?:il|elle))?${R}`,
      'gdu',
    ),
    according: new RegExp(`${L}(?:${alternation(cues.according)})${R}`, 'giu'),
    accordingAt: new RegExp(`(?:${alternation(cues.according)})${R}`, 'yiu'),
    accordingPronounAt: new RegExp(`(?:${alternation(cues.accordingPronoun)})${R}`, 'yiu'),
    accordingPronoun: new RegExp(`${L}(?:${alternation(cues.accordingPronoun)})${R}`, 'giu'),
    accordingAfterQuote: new RegExp(`(?:${alternation(cues.accordingAfterQuote)})${R}`, 'yu'),
    accordingAfterName: new RegExp(`^\\s+(?:${alternation(cues.accordingAfterName)})${R}`, 'u'),
    complementizer: new RegExp(`\\s*,?\\s*(?:${alternation(cues.complementizers)})(?:${R}|(?<=['’]))`, 'yu'),
    complementizerWord: new RegExp(`${L}(?:${alternation(cues.complementizers)})(?:${R}|(?<=['’]))`, 'iu'),
    naming: new RegExp(`${L}(?:${alternation(cues.namingWords)})\\s*$`, 'iu'),
    indefinitePhrase: new RegExp(`${L}(?:${alternation(cues.indefinites)})(?:\\s+[\\p{L}-]+){1,4}`, 'giu'),
    sets: {
      clauseVerbs: lower(cues.clauseVerbs),
      bareClauseVerbs: lower(cues.bareClauseVerbs),
      objectVerbs: lower(cues.objectVerbs),
      participles: lower(cues.participles),
      personPronouns: lower(cues.personPronouns),
      possessives: lower(cues.possessives),
      organizationPronouns: lower(cues.organizationPronouns),
      coordinators: lower(cues.coordinators),
      relativePersons: lower(cues.relativePersons),
      relativeThings: lower(cues.relativeThings),
      relativeOthers: lower(cues.relativeOthers),
      functionWords: lower(cues.functionWords),
      connectors: lower(cues.connectors),
      determiners: lower(cues.determiners),
      verbs: lower(cues.verbs),
      infinitives: lower(cues.infinitives),
      infinitiveMarkers: lower(cues.infinitiveMarkers),
      adverbialLeads: lower(cues.adverbialLeads),
      clitics: lower(cues.clitics ?? []),
    },
    objects: new RegExp(`\\s+(?:${alternation(cues.objects)})${R}`, 'yu'),
    viewOf: new RegExp(`(?:${alternation(cues.viewOf)})\\s+`, 'yiu'),
    speechNoun: new RegExp(`${L}(?:${cues.speechNouns})${R}`, 'iu'),
  };
}

const LEXICONS = new Map<string, Lexicon>();

function lexiconFor(language: string | null): Lexicon {
  const code = languageCode(language);
  const key = code in CUES ? code : '*';
  let lexicon = LEXICONS.get(key);
  if (!lexicon) {
    lexicon = compile(key === '*' ? unionCues() : CUES[key as Language]);
    LEXICONS.set(key, lexicon);
  }
  return lexicon;
}

// ─── Quote marks ─────────────────────────────────────────────────────────────────────────────────────────────────

/** Each opening mark and the marks that close it. */
const CLOSERS: Record<string, string> = {
  '“': '”',
  '„': '“”',
  '‚': '‘’',
  '‘': '’',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
  '「': '」',
  '『': '』',
  '"': '"',
  "'": "'",
};
const MARKS = /["'“”‘’«»„‚‹›「」『』\n]/g;
/** Marks that quote for sure: their presence keeps a sentence from being read as reported speech. */
const DOUBLE_MARKS = /["“”«»„‹›「」『』]/;
/** A quotation that runs longer than this within one paragraph is two stray marks, not a quotation. */
const MAX_QUOTE = 3000;
const MAX_DEPTH = 8;

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined) => ch === undefined || /\s/u.test(ch);

function canOpen(ch: string, prev: string | undefined, next: string | undefined): boolean {
  switch (ch) {
    case '“':
    case '„':
    case '«':
    case '‹':
    case '「':
    case '『':
      return true;
    case '»':
    case '›':
      // German »…«: opens only where a word starts.
      return (isSpace(prev) || /[([{—–-]/.test(prev ?? '')) && !isSpace(next);
    case '‚':
      return isSpace(prev) && isWordChar(next);
    case '‘':
    case "'":
    case '"':
      // Never inside or right after a word: "Russia‘s", "rock'n", 12" are not quotations.
      return !isWordChar(prev) && !isSpace(next);
    default:
      return false;
  }
}

const isHangul = (ch: string | undefined) => ch !== undefined && /\p{Script=Hangul}/u.test(ch);

function canClose(ch: string, prev: string | undefined, next: string | undefined): boolean {
  // An apostrophe inside a word ("Russia’s", "don't") never closes; Korean glues a particle to the closing mark
  // (‘…’라고, ‘…’은), and has no apostrophes.
  if (ch === '’' || ch === "'") return !isSpace(prev) && (!isWordChar(next) || isHangul(next));
  if (ch === '‘') return !isWordChar(next);
  return true;
}

interface Pair {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
}

interface Opened {
  at: number;
  ch: string;
  /** Opened at the start of its paragraph, or carried over from the paragraph before. */
  leading: boolean;
}

/** The first non-space offset at or after `i`, skipping blank lines. */
function nextVisible(body: string, i: number): number {
  let j = i;
  while (j < body.length && /\s/u.test(body[j] as string)) j++;
  return j;
}

/**
 * Pairs quote marks, paragraph by paragraph. A mark that closes one of the open quotes closes it (and any left open
 * inside it); unclosed quotes end with their paragraph, except in the English convention where a paragraph of a
 * quotation leaves it open and the next paragraph reopens it: then the quotation goes on.
 */
function pairMarks(body: string): Pair[] {
  const pairs: Pair[] = [];
  let stack: Opened[] = [];
  // Where the current paragraph's text starts: a mark there opens the paragraph.
  let firstVisible = nextVisible(body, 0);
  let paragraphStart = 0;
  let reopen = -1;
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(body); m !== null; m = MARKS.exec(body)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '\n') {
      const bottom = stack[0];
      stack = [];
      const next = nextVisible(body, i + 1);
      firstVisible = next;
      paragraphStart = i + 1;
      if (!bottom) continue;
      const reopens = body[next] === bottom.ch || (bottom.ch === '«' && body[next] === '»');
      const inner = body.slice(bottom.at + 1, i).trim();
      // A quotation that opened mid-paragraph goes on only when its part is whole sentences.
      const whole = bottom.leading || (/[.!?…]$/u.test(inner) && countWords(inner) >= 3);
      if (reopens && whole) {
        stack = [{ ...bottom, leading: true }];
        reopen = next;
      }
      continue;
    }
    if (i === reopen) continue;
    const prev = body[i - 1];
    const next = body[i + 1];
    let closed = false;
    if (canClose(ch, prev, next)) {
      for (let k = stack.length - 1; k >= 0; k--) {
        const opened = stack[k] as Opened;
        if (!(CLOSERS[opened.ch] ?? '').includes(ch)) continue;
        if (i - Math.max(opened.at, paragraphStart) <= MAX_QUOTE) pairs.push({ open: opened.at, close: i });
        stack.length = k;
        closed = true;
        break;
      }
    }
    if (!closed && canOpen(ch, prev, next)) {
      // Real quotations nest two or three deep; a deeper stack is stray marks, and bounding it keeps this linear.
      if (stack.length >= MAX_DEPTH) stack.splice(0, stack.length - MAX_DEPTH + 1);
      stack.push({ at: i, ch, leading: i === firstVisible });
    }
  }
  // Only the outermost quotation of a nest is one; marks inside it stay inside it.
  pairs.sort((a, b) => a.open - b.open);
  const top: Pair[] = [];
  for (const pair of pairs) {
    const last = top.at(-1);
    if (!last || pair.open > last.close) top.push(pair);
  }
  return top;
}

// ─── Incises ─────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * A dialogue dash opening a paragraph: the paragraph is someone's words, with the author's between dashes. A hyphen
 * with a space after it stands for the dash where a keyboard or a machine translation typed one ("- Le document…").
 */
const DIALOGUE_OPENING = /^[^\S\n]*(?:[—–]|-(?=[^\S\n]))[^\S\n]+(?=\S)/u;
/**
 * A dialogue dash opening a sentence inside a paragraph, after one about the speaker: "…a remercié les sénateurs.
 * — Le peuple coréen n'oubliera jamais ce jour, — a dit le diplomate." It counts only with the author's words after it.
 */
const DIALOGUE_SENTENCE = /[.!?…]["'”’»]?[^\S\n]+([—–]|-)[^\S\n]+(?=[\p{Lu}«“„"])/gu;
/**
 * Where the author's words start inside quoted words: a dash after the speaker's punctuation ("…, — сказал он"), or a
 * hyphen standing for it with spaces on both sides ("…, - a déclaré le sénateur").
 */
const DASH_INCISE = /([,!?…])(?:[^\S\n]*[—–]|[^\S\n]+-)[^\S\n]+(?=\p{Ll})/gu;
/** Where the quoted words resume after the author's: a dash after their punctuation ("… он. — …", "… он, — …"). */
const DASH_RESUME = /[.,:!?…](?:[^\S\n]*([—–])|[^\S\n]+(-))[^\S\n]+/u;
/** Where the author's words start with no dash: a comma, then the verb ("« …, écrit-il. … »"). */
const COMMA_INCISE = /,[^\S\n]+(?=\p{Ll})/gu;
/** Where they end with no dash: a comma or a full stop, then the quoted words go on. */
const COMMA_RESUME = /[.,][^\S\n]+(?=\S)/u;
/** How far the author's words run inside quoted words, at most. */
const MAX_INCISE = 200;
/**
 * A Russian verb by its ending, in the present or the past, right after the dash that opens the author's words: there
 * any verb tells what the speaker did as they spoke ("— листает он", "— смеется она", "— формулирует он").
 */
const DASH_VERB = /^\p{Ll}\p{Script=Cyrillic}+?(?:[её]т|ит|[её]тся|ится|[аяиеу]л(?:а|ся|ась)?)(?![\p{L}-])/u;

/** A French verb with its subject pronoun joined by hyphens, as an incise writes it: "lâche-t-elle", "insiste-t-il". */
const INVERTED_VERB = /^(?:(?:nous|vous|lui|leur|me|te)\s+)?\p{Ll}[\p{Ll}'’]*?(?:-t)?-(?:il|elle)(?![\p{L}-])/u;

/** The parts of the speaker's words in [open, close] with the author's words taken out; null when none break in. */
function splitAtIncise(body: string, open: number, close: number, verb: RegExp, dashesOnly: boolean): Pair[] | null {
  // After a dash, the verb may come after an adverb or the subject ("— сказал он", "— Песков добавил"); after a comma
  // it comes first, with the subject in it or right after ("écrit-il", "a déclaré Macron"), since "“…, says it all”"
  // is the speaker's own.
  const anywhere = new RegExp(verb.source, verb.flags.replace('g', ''));
  const verbAt = (from: number, dash: boolean): boolean => {
    const head = body.slice(from, Math.min(close, from + 60));
    const m = anywhere.exec(head);
    if (!m) return dash && DASH_VERB.test(head);
    if (dash) return head.slice(0, m.index).trim().split(/\s+/u).filter(Boolean).length <= 2;
    return (
      m.index === 0 && (Boolean(m.groups?.inv1 || m.groups?.inv2) || /^[^\S\n]+\p{Lu}/u.test(head.slice(m[0].length)))
    );
  };
  const kinds = dashesOnly
    ? ([[DASH_INCISE, DASH_RESUME]] as const)
    : ([
        [DASH_INCISE, DASH_RESUME],
        [COMMA_INCISE, COMMA_RESUME],
      ] as const);
  for (const [incise, resume] of kinds) {
    const parts: Pair[] = [];
    let from = open;
    incise.lastIndex = open + 1;
    for (let m = incise.exec(body); m !== null && from !== -1; m = incise.exec(body)) {
      const authorStart = m.index + m[0].length;
      if (authorStart >= close) break;
      if (m.index <= from || !verbAt(authorStart, incise === DASH_INCISE)) continue;
      // The part ends at the space after its punctuation: it keeps its comma, and the cue is read right after it.
      const punct = m.index + (m[1] ?? ',').length - 1;
      parts.push({ open: from, close: /\s/u.test(body[punct + 1] ?? '') ? punct + 1 : punct });
      const back = resume.exec(body.slice(authorStart, Math.min(close, authorStart + MAX_INCISE)));
      // The next part opens at the resuming dash, or at the punctuation that ends the author's words.
      const dash = back?.[1] ?? back?.[2];
      from = back ? authorStart + back.index + (dash ? back[0].indexOf(dash) : 0) : -1;
      incise.lastIndex = Math.max(from + 1, authorStart);
    }
    if (parts.length === 0) continue;
    if (from !== -1 && from < close) parts.push({ open: from, close });
    return parts;
  }
  return null;
}

/**
 * Quotations with the author's words inside them split into their parts: "« Ici, le poids compte, écrit-il. Et il
 * le sait. »", "«Текст, — пишет Юн. — Продолжение»". Each part is a pair of its own, so the author's words are read as
 * a cue after the first part, and the part after goes on with the same speaker. The author's words must hold a
 * reporting verb near their start (`splitAtIncise`): a dash or a comma inside a quotation is otherwise the speaker's.
 */
function splitAtIncises(body: string, pairs: readonly Pair[], verb: RegExp): Pair[] {
  return pairs.flatMap((p) => splitAtIncise(body, p.open, p.close, verb, false) ?? [p]);
}

/** A paragraph of dialogue: its parts, and the speaker the sentence before introduced when no author's words do. */
interface Dialogue {
  parts: Pair[];
  introduced: Attributed | null;
  paragraph: number;
  /** A question put between someone's words, alone in its paragraph ("— Vous lui parliez, à l'époque ?"): no one's. */
  asked?: boolean;
  /** The answer to such a question: the words of whoever spoke before it, the dialogue at this index. */
  answers?: number;
}

/**
 * Paragraphs of dialogue with no quote marks, as Russian news writes someone's words: "— Она человек абсолютной
 * лояльности, — считает Глеб Корнилов. — Не надо искать…". Where the author's words break in after a dash; or,
 * with none, where the paragraph alone follows a sentence about its speaker. Any other paragraph that merely opens
 * with a dash is a list item or an interview's turn. Each is the list of its parts, from the opening dash to the
 * paragraph's end.
 */
function dialogueParagraphs(f: Finder): Dialogue[] {
  const out: Dialogue[] = [];
  for (let p = 0; p < f.paragraphs.length; p++) {
    const start = f.paragraphs[p] as number;
    const end = f.paragraphEnd(p);
    const dash = DIALOGUE_OPENING.exec(f.body.slice(start, end));
    // The last part closes at the paragraph's newline, or on the body's last character.
    const close = end === f.body.length ? end - 1 : end;
    if (!dash) {
      const inside = dialogueInside(f, start, close);
      if (inside) out.push({ parts: inside, introduced: null, paragraph: p });
      continue;
    }
    const open = start + dash[0].search(/[—–-]/u);
    // The author's words after a dash, or after a comma as French writes them ("— …, poursuit Claudia Fässler. …").
    const parts = splitAtIncise(f.body, open, close, f.lexicon.verb, false);
    // With no author's words inside, a paragraph of words alone right after a sentence about one person is theirs;
    // not one opened by a hyphen, which is as often a list's item.
    if (parts) {
      out.push({ parts, introduced: null, paragraph: p });
      continue;
    }
    if (f.body[open] === '-') continue;
    // "— En juin, …, raconte-t-il.¶— Vous lui parliez, à l'époque ?¶— Un peu. …": in an exchange of dialogue, a
    // question alone is the reporter's, and the paragraph after it the answer of the one who spoke before it.
    const before = out.at(-1);
    if (before?.paragraph === f.paragraphBefore(p)) {
      const question = /\?\s*$/u.test(f.body.slice(open, close + 1));
      const earlier = out.at(-2);
      if (question && !before.asked) {
        out.push({ parts: [{ open, close }], introduced: null, paragraph: p, asked: true });
        continue;
      }
      if (before.asked && earlier && !earlier.asked && earlier.paragraph === f.paragraphBefore(before.paragraph)) {
        out.push({ parts: [{ open, close }], introduced: null, paragraph: p, answers: out.length - 2 });
        continue;
      }
    }
    // Under a line that leads into it with a colon, unless it is an item of a list quoting words of its own
    // ("Главное из заявления Путина:¶— Россия «не исключает» сотрудничества;").
    const item = /[;,]\s*$/u.test(f.body.slice(open, close + 1)) || f.masked.slice(open, close).includes('\uE000');
    const introduced = f.introducedBefore({ open, close }) ?? (item ? null : f.underIntro(p));
    if (introduced) out.push({ parts: [{ open, close }], introduced, paragraph: p });
  }
  return out;
}

/** The parts of the first dialogue that opens a sentence inside the paragraph [start, close] with the author's words. */
function dialogueInside(f: Finder, start: number, close: number): Pair[] | null {
  for (const m of f.body.slice(start, close).matchAll(DIALOGUE_SENTENCE)) {
    const open = start + (m.index ?? 0) + m[0].indexOf(m[1] as string, 1);
    const parts = splitAtIncise(f.body, open, close, f.lexicon.verb, true);
    if (parts) return parts;
  }
  return null;
}

/** The direct quotation of body[start, end), with the speaker, verb and cue its attribution found, if any. */
function directQuotation(body: string, start: number, end: number, attributed: Attributed | null): FoundQuotation {
  return {
    text: body.slice(start, end),
    start,
    end,
    kind: 'direct',
    speaker: attributed?.speaker ? speakerOf(attributed.speaker) : null,
    attribution: attributed?.attribution ?? null,
    verb: attributed?.verb ?? null,
    cue: attributed ? body.slice(attributed.cueStart, attributed.cueEnd) : null,
  };
}

/**
 * The parts of each paragraph of dialogue as direct quotations: the first attributed by the author's words after
 * it, as a quotation is by its cue after the closing mark; each later part, without a cue of its own, goes on with
 * the speaker before it. The words inside are not blanked out like a quotation's, so the quotations they quote keep
 * their own cues ("— Однажды она сказала мне: „…“, — вспоминает он").
 */
function dialogueQuotations(f: Finder, dialogues: readonly Dialogue[]): FoundQuotation[] {
  f.spoken = dialogues.flatMap((d) => d.parts);
  f.spokenStarts = f.spoken.map((p) => p.open);
  const out: FoundQuotation[] = [];
  const last: (Attributed | null)[] = [];
  for (const { parts, introduced, asked, answers } of dialogues) {
    let prior: Attributed | null = answers === undefined ? introduced : (last[answers] ?? null);
    for (const part of parts) {
      const own = asked ? NONE : f.afterQuote(part).outcome;
      const attributed: Attributed | null = own === NONE ? null : (own ?? prior);
      prior = attributed;
      const start = f.skipSpaces(part.open + 1, part.close);
      const end = f.trimBack(part.close, start);
      if (end <= start) continue;
      out.push(directQuotation(f.body, start, end, attributed));
    }
    last.push(prior);
  }
  return out;
}

// ─── Sentences ───────────────────────────────────────────────────────────────────────────────────────────────────

/** Words a period does not end a sentence after. */
const ABBREVIATIONS = new Set([
  ...['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Gov', 'Sen', 'Rep', 'Rev', 'St', 'Jr'],
  ...['Sr', 'Mt', 'No', 'vs', 'etc', 'approx', 'Inc', 'Ltd', 'Co', 'Corp', 'Mme', 'Mlle', 'Sra', 'Srta', 'Hr'],
  ...['Fr', 'Nr', 'bzw', 'ca', 'Jan', 'Feb', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec', 'г', 'гг', 'им', 'ул', 'тыс'],
  ...['млн', 'млрд', 'Sq', 'Ave', 'Blvd'],
]);

function abbreviationBefore(body: string, i: number): boolean {
  const word = /[\p{L}]+$/u.exec(body.slice(Math.max(0, i - 12), i))?.[0];
  // "Дж. Таун", "Ch. de Gaulle": an initial may be two letters that write one sound.
  return word !== undefined && (word.length === 1 || ABBREVIATIONS.has(word) || INITIAL_OF_TWO.test(word));
}

/** An initial of two letters that write one sound ("Дж", "Ch"), as the mention finder reads initials. */
const INITIAL_OF_TWO = new RegExp(`^(?:${TWO_LETTER_INITIALS})$`, 'u');

/**
 * The start of the next sentence when one starts after `j` (spaces, then a capital, a digit, an opening mark, or a
 * letter of a script without capitals: Korean, Chinese).
 */
function sentenceAfter(body: string, j: number): number {
  if (!/[ \t\u00a0]/u.test(body[j] ?? '')) return -1;
  let k = j;
  while (k < body.length && /[ \t\u00a0]/u.test(body[k] as string)) k++;
  const ch = body[k];
  return ch !== undefined && /[\p{Lu}\p{N}\p{Script=Hangul}\p{Script=Han}“„«»‘'"(「『—–-]/u.test(ch) ? k : -1;
}

/** Full stops of Chinese and Japanese: the next sentence starts right after, with no space. */
const CJK_STOP = /[。！？]/u;

/** After a Chinese full stop (and the marks that close around it), where the next sentence starts, or -1. */
function sentenceAfterCjk(body: string, j: number): number {
  let k = j;
  while (k < body.length && /[」』”’)）\]】 \t\u00a0]/u.test(body[k] as string)) k++;
  return k < body.length && body[k] !== '\n' ? k : -1;
}

/**
 * Sentence starts, in order: paragraph starts, and after . ! ? … (a quotation's inner stop counts after its mark) and
 * 。！？.
 */
function sentenceStarts(body: string, pairs: readonly Pair[]): number[] {
  const starts = [0];
  const stops = /[\n.!?…。！？]/g;
  let next = 0;
  for (let m = stops.exec(body); m !== null; m = stops.exec(body)) {
    let i = m.index;
    // A quotation is passed over whole; its own last stop ends the sentence after its closing mark.
    while (next < pairs.length && (pairs[next] as Pair).close < i) next++;
    const pair = pairs[next];
    if (pair && pair.open < i) {
      stops.lastIndex = pair.close + 1;
      const inner = body.slice(pair.open + 1, pair.close).trimEnd();
      const after = CJK_STOP.test(inner.at(-1) ?? '')
        ? sentenceAfterCjk(body, pair.close + 1)
        : /[.!?…]$/u.test(inner)
          ? sentenceAfter(body, pair.close + 1)
          : -1;
      if (after !== -1) starts.push(after);
      continue;
    }
    const ch = m[0];
    if (ch === '\n') {
      starts.push(i + 1);
      continue;
    }
    if (CJK_STOP.test(ch)) {
      const after = sentenceAfterCjk(body, i + 1);
      if (after !== -1) starts.push(after);
      continue;
    }
    if (ch === '.' && abbreviationBefore(body, i)) continue;
    i++;
    while (i < body.length && /[)\]”’"»'.!?]/u.test(body[i] as string)) i++;
    const after = sentenceAfter(body, i);
    if (after !== -1) starts.push(after);
  }
  return [...new Set(starts)].sort((a, b) => a - b);
}

/** The largest value ≤ `x` in a sorted array, as an index (-1 when none). */
function floorIndex(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

// ─── The finder ──────────────────────────────────────────────────────────────────────────────────────────────────

const SPEAKER_TYPES = new Set(['person', 'organization', 'organisation']);

interface VerbHit {
  start: number;
  end: number;
  /** The verb words as written, auxiliary included. */
  text: string;
  /** The main verb, lower case. */
  core: string;
  /** French inversion: the pronoun is in the verb ("a-t-il déclaré"). */
  inverted: boolean;
}

/** What stands before a reporting verb. */
type Subject =
  | { kind: 'speaker'; mention: SpeakerMention }
  | { kind: 'pronoun'; of: 'person' | 'organization'; at: number }
  | { kind: 'coordinated' }
  | { kind: 'relative' }
  | { kind: 'other' }
  | { kind: 'start' };

interface Attributed {
  speaker: SpeakerMention | null;
  attribution: Attribution;
  verb: string | null;
  cueStart: number;
  cueEnd: number;
  /** Where the cue after the quotation ends, for a quotation that follows. */
  tail?: number;
}

/** The word for a question, a few words at most before a comma: "на вопрос", "on the question of the troops". */
const QUESTION_BEFORE = /(?:вопрос|question)\p{L}*(?:\s+[\p{L}-]+){0,3}\s*$/iu;
/** An indirect question: "означает ли …", "будет ли …", "когда …", "whether …", "si …". */
const INDIRECT_QUESTION =
  /^\s*(?:[\p{L}-]+\s+ли(?![\p{L}])|(?:что|как|когда|почему|зачем|где|куда|кто|какой|какая|какие|сколько|whether|how|why|when|what|si|pourquoi|comment|quand)(?![\p{L}]))/iu;

/** How many words an adverbial between a subject and its verb may have without opening with a preposition. */
const SHORT_ADVERBIAL = 5;

/** No linked speaker, for sure: the subject is a name nobody linked, a description, or a plural. */
const NONE = 'none' as const;
type Outcome = Attributed | typeof NONE | undefined;

class Finder {
  readonly masked: string;
  readonly paragraphs: number[];
  /** Each person's gender as the text gives it, worked out on first need (`genderOf`). */
  private genders: Map<string, Gender | null> | undefined;
  readonly sentences: number[];
  /** A transcript's speaker labels ("MR BROOKS:"): names outside the discourse, which no pronoun takes up. */
  readonly labels: SpeakerLabel[];
  readonly labelEnds: Set<number>;
  readonly mentions: SpeakerMention[];
  readonly mentionStarts: number[];
  readonly byEnd = new Map<number, SpeakerMention>();
  readonly verbs: VerbHit[] = [];
  readonly verbStarts: number[];
  /** Capitalised names before a reporting verb that no mention links: a pronoun after one is not resolved past it. */
  readonly unlinkedNames: number[] = [];
  readonly pairStarts: number[];
  /**
   * The words of the paragraphs of dialogue, once found, in text order, with where each starts: names in them are no
   * antecedents, as quoted ones are not.
   */
  spoken: readonly Pair[] = [];
  spokenStarts: readonly number[] = [];

  constructor(
    readonly body: string,
    readonly lexicon: Lexicon,
    mentions: readonly SpeakerMention[],
    readonly pairs: Pair[],
    readonly describe: (id: string) => string | null | undefined = () => null,
  ) {
    // Quoted words are never cues: the text is searched with every quotation blanked out.
    const parts: string[] = [];
    let last = 0;
    for (const p of pairs) {
      parts.push(body.slice(last, p.open), '\uE000'.repeat(p.close - p.open + 1));
      last = p.close + 1;
    }
    parts.push(body.slice(last));
    this.masked = parts.join('');
    this.pairStarts = pairs.map((p) => p.open);
    this.paragraphs = [0];
    for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) this.paragraphs.push(i + 1);
    this.sentences = sentenceStarts(body, pairs);
    const valid = mentions
      .filter((m) => m.start >= 0 && m.end <= body.length && m.start < m.end)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    this.mentions = [];
    for (const m of valid) {
      const prev = this.mentions.at(-1);
      if (prev && m.start < prev.end) continue;
      this.mentions.push(m);
      this.byEnd.set(m.end, m);
    }
    this.mentionStarts = this.mentions.map((m) => m.start);
    const capitals = speakerLabels(body, isGivenName).named;
    this.labels = capitals.length > 0 ? capitals : this.titleCaseLabels();
    this.labelEnds = new Set(this.labels.map((l) => l.nameEnd));

    const re = new RegExp(lexicon.verb.source, lexicon.verb.flags);
    for (let m = re.exec(this.masked); m !== null; m = re.exec(this.masked)) {
      const groups = m.indices?.groups;
      const core = groups?.core;
      const aux = groups?.aux;
      if (!core) continue;
      // A capitalised verb is one only where it opens a sentence ("Añadió: «…»"), not in "the United States".
      if (/^\p{Lu}/u.test(body[core[0]] ?? '') && (aux || this.sentenceStart(core[0]) !== core[0])) continue;
      // An infinitive is a reporting verb only after its marker ("to say", "de déclarer", "peut bien jurer"): "state
      // media" is no verb.
      const coreWord = body.slice(core[0], core[1]).toLowerCase();
      if (lexicon.sets.infinitives.has(coreWord) && !lexicon.sets.verbs.has(coreWord)) {
        const marker = /([\p{L}]+['’]?)\s*$/u.exec(this.masked.slice(Math.max(0, m.index - 20), m.index))?.[1];
        if (!marker || !lexicon.sets.infinitiveMarkers.has(marker.toLowerCase())) continue;
      }
      // After a possessive or an article the word is a noun: "Putin’s answers:", "the remarks".
      if (!aux && NOUN_BEFORE.test(this.masked.slice(Math.max(0, m.index - 24), m.index))) continue;
      const from = aux ? aux[0] : core[0];
      this.verbs.push({
        start: m.index,
        end: m.index + m[0].length,
        text: body.slice(from, core[1]),
        core: body.slice(core[0], core[1]).toLowerCase(),
        inverted: Boolean(groups?.inv1 || groups?.inv2),
      });
    }
    this.verbStarts = this.verbs.map((v) => v.start);
    for (const v of this.verbs) {
      const at = this.unlinkedNameBefore(v.start);
      if (at !== -1) this.unlinkedNames.push(at);
    }
  }

  /**
   * Speaker labels in title case, each opening a paragraph with a linked person and a colon: after an honorific
   * ("Mr Tobias Rennard (Wexcombe and Hale) (Con):", "Camille Verdier :"), or in brackets after a role ("The
   * Minister of State, Foreign Office (Helen Okafor):"); brackets after the name hold a constituency or a party. A
   * page is a transcript when at least three paragraphs open so.
   */
  titleCaseLabels(): SpeakerLabel[] {
    const labels: SpeakerLabel[] = [];
    for (let p = 0; p < this.paragraphs.length; p++) {
      const from = this.skipSpaces(this.paragraphs[p] as number, this.paragraphEnd(p));
      const m = this.mentionsIn(from, Math.min(this.paragraphEnd(p), from + 100)).find((x) => x.type === 'person');
      if (!m) continue;
      const lead = this.masked.slice(from, m.start);
      const bracketed = ROLE_BEFORE_BRACKET.test(lead);
      const initials = INITIALS_BEFORE.test(lead);
      // Words as written, the full stop of an abbreviation kept ("M.", "Dr.").
      // A note in brackets and an article may stand among them ("M. le général (2S) Hervé Lachenal. –").
      const leadWords = lead
        .split(/[^\S\n]+/u)
        .filter((w) => w !== '' && !/^\(.*\)$/u.test(w) && !LEAD_ARTICLES.has(w.toLowerCase()));
      if (!bracketed && !initials && !leadWords.every((w) => isHonorific(w) || isTitleWord(w))) continue;
      const after = this.masked.slice(m.end, m.end + 200);
      const tail = (bracketed ? BRACKETED_LABEL_END : LABEL_END).exec(after) ?? this.recordLabelEnd(leadWords, after);
      if (!tail) continue;
      labels.push({
        start: from,
        nameStart: m.start,
        nameEnd: m.end,
        words: m.surface.split(/\s+/u),
        textStart: m.end + tail[0].length,
        end: this.paragraphEnd(p),
      });
    }
    return labels.length >= TRANSCRIPT_TURNS ? labels : [];
  }

  /**
   * The end of a label as a French parliamentary record writes it, after an honorific: the name, perhaps a role after
   * a comma, and a full stop ("M. Laurent Ferrand. Ma question …", "Mme Sophie Primas, ministre déléguée chargée du
   * commerce extérieur. Monsieur le député, …"); the role opens on a title and holds no verb of saying.
   */
  recordLabelEnd(lead: readonly string[], after: string): RegExpExecArray | null {
    if (lead.length === 0 || !lead.every((w) => isHonorific(w))) return null;
    const end = RECORD_LABEL_END.exec(after);
    if (!end) return null;
    const role = wordsIn(end[1] ?? '');
    const first = role[0];
    if (first !== undefined && !isTitleWord(first) && !isRoleNoun(first)) return null;
    return role.some((w) => this.lexicon.sets.verbs.has(w.toLowerCase())) ? null : end;
  }

  paragraphOf(pos: number): number {
    return Math.max(0, floorIndex(this.paragraphs, pos));
  }

  /** The last paragraph before `index` with words in it, or -1. */
  paragraphBefore(index: number): number {
    for (let p = index - 1; p >= 0; p--) if (!this.blank(p)) return p;
    return -1;
  }

  /** The first paragraph after `index` with words in it, or -1. */
  paragraphAfter(index: number): number {
    for (let p = index + 1; p < this.paragraphs.length; p++) if (!this.blank(p)) return p;
    return -1;
  }

  /** True when paragraph `p` holds nothing but spaces. */
  blank(p: number): boolean {
    return this.skipSpaces(this.paragraphs[p] as number, this.paragraphEnd(p)) >= this.paragraphEnd(p);
  }

  /** True when a determiner stands right before `at`: quoted words used as a noun, a term ("the “special operation”"). */
  determinerBefore(at: number): boolean {
    return this.lexicon.sets.determiners.has(this.wordRightBefore(at));
  }

  /** The word right before `at`, spaces between allowed, in lower case ("l'" keeps its apostrophe); '' when none. */
  wordRightBefore(at: number): string {
    return /([\p{L}'’]+)\s*$/u.exec(this.masked.slice(Math.max(0, at - 20), at))?.[1]?.toLowerCase() ?? '';
  }

  /**
   * True when the quoted words at `at` follow a possessive in the clause of a reporting verb: they are the owner's
   * words, not a term ("expressed its “grave concern”", "l'a assuré de son « soutien total »"; but "denounced the
   * “special operation”").
   */
  ownWords(at: number): boolean {
    if (!POSSESSIVES.has(this.wordRightBefore(at))) return false;
    const floor = this.sentenceStart(at);
    const clause = Math.max(floor, ...[',', ';', ':', '\uE000'].map((p) => this.masked.lastIndexOf(p, at - 1) + 1));
    return this.verbsIn(clause, at).length > 0;
  }

  /**
   * True when a quotation with no cue of its own goes on with the speaker of the attributed one whose cue ends at
   * `tail`: nothing between but punctuation ("…," Putin said. "…"); or it opens its sentence in the same paragraph
   * with no one else named between ("X called it «…». «…»"); or it makes up the first sentence of its paragraph,
   * right after the paragraph that quoted the speaker last, with no one else named after that ("…," she said.¶"…").
   */
  goesOn(tail: number, pair: Pair, speaker: SpeakerMention): boolean {
    const between = this.masked.slice(tail, pair.open);
    const paragraph = this.paragraphOf(pair.open);
    const sameParagraph = this.paragraphOf(tail) === paragraph;
    if (sameParagraph && /^[\s.,;:!?…—–-]*$/u.test(between)) return true;
    if (/[\uE000]/u.test(between)) return false;
    const named = this.mentionsIn(tail, pair.open).some((m) => this.isSpeaker(m) && m.entityId !== speaker.entityId);
    const unlinked = this.unlinkedNames[floorIndex(this.unlinkedNames, pair.open - 1)];
    if (named || (unlinked !== undefined && unlinked >= tail)) return false;
    // A reporting verb in the quotation's own sentence is a cue of its own, even one naming no one we know ("…,"
    // one official told reporters).
    const sentence = this.sentenceStart(pair.open);
    if (this.verbsIn(sentence, this.sentenceEnd(pair.close)).length > 0) return false;
    const opensSentence = this.skipSpaces(this.sentenceStart(pair.open), pair.open) === pair.open;
    // "Puis, plus sérieux : « … »": a lead-in with neither verb nor name, as an aside of the author's.
    if (sameParagraph) return opensSentence || /:\s*$/u.test(this.masked.slice(sentence, pair.open));
    return this.standsAlone(pair);
  }

  /**
   * True when a quotation makes up the first sentence of its paragraph and ends it: a heading made of quoted words
   * ("‘It feels like the war never ended’") does not end a sentence, and goes on from no one.
   */
  standsAlone(pair: Pair): boolean {
    const paragraphStart = this.paragraphs[this.paragraphOf(pair.open)] as number;
    // A sign before it, as a page marks a reader's question ("? «Правда ли …»"), is no words of the author's.
    const lead = this.masked.slice(paragraphStart, pair.open);
    return (/^\s*$/u.test(lead) || /^\s*[?•►▶❓■◆*]\s+$/u.test(lead)) && this.ownSentence(pair);
  }

  /** True when a quotation opens its sentence and ends it, with nothing but punctuation after it. */
  ownSentence(pair: Pair): boolean {
    if (this.skipSpaces(this.sentenceStart(pair.open), pair.open) !== pair.open) return false;
    const rest = this.masked.slice(pair.close + 1, this.sentenceEnd(pair.close));
    // At the body's end a paragraph of dialogue closes on its own full stop.
    const ends =
      /[.!?…]["'”’»)]*$/u.test(this.body.slice(pair.open + 1, pair.close).trimEnd()) ||
      /[.!?…]/u.test(rest + this.body[pair.close]);
    return /^[\s.,!?…]*$/u.test(rest) && ends;
  }

  /** True when a quotation stands alone and nothing but punctuation follows it to the end of its (last) paragraph. */
  wholeParagraph(pair: Pair): boolean {
    const rest = this.masked.slice(pair.close + 1, this.paragraphEnd(this.paragraphOf(pair.close)));
    return this.standsAlone(pair) && /^[\s.,!?…]*$/u.test(rest);
  }

  /**
   * The person who signs a paragraph of quoted words on the line after it, as a pull quote, an epigraph or a page of
   * quotes signs them: "“Kim has never had …”¶— Jenny Town, senior fellow, Stimson Center", "« … »¶Vladimir Poutine,
   * président russe, le 19 juin à Pyongyang". A short line that opens with the name (or a title and the name), after
   * a dash if any; with no dash, nothing but a comma and words that end no sentence after the name.
   */
  signedAfter(pair: Pair): Attributed | null {
    if (!this.wholeParagraph(pair)) return null;
    const next = this.paragraphAfter(this.paragraphOf(pair.close));
    if (next === -1) return null;
    const from = this.paragraphs[next] as number;
    const end = this.trimBack(this.paragraphEnd(next), from);
    const dash = /^\s*(?:[—–]|-(?=\s))\s*/u.exec(this.masked.slice(from, end));
    if (countWords(this.masked.slice(from, end)) > (dash ? 15 : 20)) return null;
    const speaker = this.mentionsIn(from, end)[0];
    const opening = this.skipSpaces(from + (dash?.[0].length ?? 0), end);
    if (!speaker || !this.isSpeaker(speaker)) return null;
    // "— Acting Under Secretary Marian K. Lowell": a title may stand before the name, in capitals or as titles go.
    const titled = titleBefore(this.body, speaker.start)?.start ?? speaker.start;
    const capitals = /^(?:\p{Lu}[\p{L}.'’-]*[^\S\n]+){1,8}$/u.test(this.masked.slice(opening, speaker.start));
    if (speaker.start !== opening && titled !== opening && !capitals) return null;
    // After the name, its place or office: "Нина Петровна Зуева, г. Льгов", a short word's full stop ending nothing.
    const after = this.masked.slice(speaker.end, end).replace(/(?<![\p{L}])(\p{L}{1,3})\./gu, '$1');
    if (!dash && !/^(?:,[^.!?;:\uE000]*)?$/u.test(after)) return null;
    return {
      speaker,
      attribution: 'after-quote',
      verb: null,
      cueStart: this.skipSpaces(from, end),
      cueEnd: speaker.end,
    };
  }

  /**
   * The one person the sentence before a quoted sentence is about: the sentence before it in its paragraph, or, for a
   * paragraph of quoted words alone, the last of the paragraph before ("Dr Ji-yeon Park-Holloway, a lecturer at the
   * University of Sheffield, was more cautious.¶‘Nobody should …’"). Not when that sentence names anyone else,
   * quotes anything or leaves its subject unnamed.
   */
  introducedBefore(pair: Pair): Attributed | null {
    if (!this.ownSentence(pair)) return null;
    const paragraphStart = this.paragraphs[this.paragraphOf(pair.open)] as number;
    let end: number;
    if (this.skipSpaces(paragraphStart, pair.open) < pair.open) {
      // Within a paragraph: the sentence right before ("Son mari, Yann Le Gall, se veut plus rassurant. « … »").
      end = this.trimBack(this.sentenceStart(pair.open), paragraphStart);
    } else {
      if (!this.wholeParagraph(pair)) return null;
      const before = this.paragraphBefore(this.paragraphOf(pair.open));
      if (before === -1) return null;
      end = this.trimBack(this.paragraphEnd(before), this.paragraphs[before] as number);
      // A paragraph of dialogue before is someone's words, not a sentence about them; a line that ends no sentence
      // signs the quotation before it ("Kim Jong-un, dirigeant nord-coréen, le même jour").
      if (DIALOGUE_OPENING.test(this.body.slice(this.paragraphs[before] as number, end))) return null;
    }
    if (!/[.!?…]["'”’»)]*$/u.test(this.body.slice(Math.max(0, end - 4), end))) return null;
    const from = this.sentenceStart(end - 1);
    if (/[\uE000:]/u.test(this.masked.slice(from, end))) return null;
    const unlinked = this.unlinkedNames[floorIndex(this.unlinkedNames, end - 1)];
    if (unlinked !== undefined && unlinked >= from) return null;
    const people = this.mentionsIn(from, end).filter((m) => m.type === 'person');
    if (people.some((m) => m.entityId !== people[0]?.entityId)) return null;
    // "На прощание она показывает на фотографию.": a pronoun subject, after a short adverbial at most.
    const pronoun = [...this.masked.slice(from, end).matchAll(/\p{L}+/gu)]
      .slice(0, 4)
      .find((w) => this.lexicon.sets.personPronouns.has(w[0].toLowerCase()));
    if (people.length === 0 && pronoun) {
      const at = from + (pronoun.index ?? 0);
      const speaker = this.antecedent('person', from, PRONOUN_GENDER.get(pronoun[0].toLowerCase()) ?? null);
      return (
        speaker && { speaker, attribution: 'introduced', verb: null, cueStart: at, cueEnd: at + pronoun[0].length }
      );
    }
    // "Le dessinateur reconnaît avoir hésité. « … »": a description opening the sentence, of the person it stands for.
    if (people.length === 0) {
      const described = this.describedSubject(from, end, true);
      if (described) return { speaker: described, attribution: 'introduced', verb: null, cueStart: from, cueEnd: end };
    }
    // "Pour Juliette Marchetti, ce traité est un terrain idéal. « … »": the source whose view the sentence gives.
    const { source } = this.viewAt(this.skipSpaces(from, end), end);
    const subject =
      (source?.type === 'person' ? source : null) ?? this.subjectOf(from, end, (m) => m.type === 'person');
    if (!subject) return null;
    return { speaker: subject, attribution: 'introduced', verb: null, cueStart: subject.start, cueEnd: subject.end };
  }

  /**
   * The word that opens a view at `at` ("Pour", "For") and the source named right after it, set off by a comma
   * ("Pour Lavrov, qui accompagnait le président, …"), if any, before `limit`.
   */
  viewAt(at: number, limit: number): { view: RegExpExecArray | null; source: SpeakerMention | null } {
    this.lexicon.viewOf.lastIndex = at;
    const view = this.lexicon.viewOf.exec(this.masked);
    const named = view ? this.speakerAfter(at + view[0].length, limit) : null;
    const source = named && /^\s*,/u.test(this.masked.slice(named.end, limit)) ? named : null;
    return { view, source };
  }

  paragraphEnd(index: number): number {
    const next = this.paragraphs[index + 1];
    return next === undefined ? this.body.length : next - 1;
  }

  sentenceStart(pos: number): number {
    return this.sentences[Math.max(0, floorIndex(this.sentences, pos))] ?? 0;
  }

  sentenceEnd(pos: number): number {
    const next = this.sentences[floorIndex(this.sentences, pos) + 1];
    const paragraphEnd = this.paragraphEnd(this.paragraphOf(pos));
    return Math.min(next ?? this.body.length, paragraphEnd);
  }

  insideQuotation(pos: number): boolean {
    const pair = this.pairs[floorIndex(this.pairStarts, pos)];
    const part = this.spoken[floorIndex(this.spokenStarts, pos)];
    return (pair !== undefined && pos <= pair.close) || (part !== undefined && pos <= part.close);
  }

  /** True for a transcript's speaker label ("MR BROOKS:"), a name outside the text's discourse. */
  isLabel(m: SpeakerMention): boolean {
    return this.labelEnds.has(m.end);
  }

  isSpeaker(m: SpeakerMention): boolean {
    return SPEAKER_TYPES.has(m.type);
  }

  /** The mentions wholly inside [from, to), in order. */
  mentionsIn(from: number, to: number): SpeakerMention[] {
    const out: SpeakerMention[] = [];
    for (let i = Math.max(0, floorIndex(this.mentionStarts, from - 1) + 1); i < this.mentions.length; i++) {
      const m = this.mentions[i] as SpeakerMention;
      if (m.start >= to) break;
      if (m.end <= to) out.push(m);
    }
    return out;
  }

  /** Reporting verbs starting in [from, to), in order. */
  verbsIn(from: number, to: number): VerbHit[] {
    const out: VerbHit[] = [];
    for (let i = Math.max(0, floorIndex(this.verbStarts, from - 1) + 1); i < this.verbs.length; i++) {
      const v = this.verbs[i] as VerbHit;
      if (v.start >= to) break;
      if (v.start >= from) out.push(v);
    }
    return out;
  }

  /** The last position before `pos` that is not a space, plus one. */
  trimBack(pos: number, floor: number): number {
    let e = pos;
    while (e > floor && /\s/u.test(this.masked[e - 1] as string)) e--;
    return e;
  }

  skipSpaces(pos: number, limit: number): number {
    let s = pos;
    while (s < limit && /\s/u.test(this.masked[s] as string)) s++;
    return s;
  }

  /** The word ending at `e` (letters, digits, apostrophes, hyphens, dots), with its start. */
  wordBefore(e: number, floor: number): { word: string; start: number } | null {
    const m = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u.exec(this.masked.slice(Math.max(floor, e - 60), e));
    return m ? { word: m[0].replace(/\.$/, ''), start: e - m[0].length } : null;
  }

  /** A capitalised word that is no function word and not a common noun after a determiner. */
  looksLikeName(word: string, start: number, floor: number): boolean {
    const sets = this.lexicon.sets;
    if (!/^\p{Lu}/u.test(word) || sets.functionWords.has(word.toLowerCase())) return false;
    const before = this.wordBefore(this.trimBack(start, floor), floor);
    if (before && sets.determiners.has(before.word.toLowerCase())) return false;
    // A plural common noun opening a sentence ("Officials said") is no name.
    const sentenceOpening = this.trimBack(start, 0) <= this.sentenceStart(start);
    return !(sentenceOpening && !before && /\p{Ll}s$/u.test(word));
  }

  /** Where an unlinked capitalised name stands as the subject of the verb at `verbStart`, or -1. */
  unlinkedNameBefore(verbStart: number): number {
    const floor = this.sentenceStart(verbStart);
    const e = this.trimBack(verbStart, floor);
    if (this.byEnd.has(e)) return -1;
    const w = this.wordBefore(e, floor);
    // "Елена Викторовна Ли из Артема рассказала": a capitalised word after a preposition is a place, not a subject.
    return w && this.looksLikeName(w.word, w.start, floor) && !this.prepositionBefore(w.start, floor) ? w.start : -1;
  }

  /** True when [from, to) holds only a few title words: "Russian President", "US Secretary of State", "el presidente". */
  titleRun(from: number, to: number, maxWords = 6): boolean {
    const text = this.masked.slice(from, to);
    if (!/^[\p{L}\p{N}\s.'’-]*$/u.test(text)) return false;
    const words = text.split(/\s+/u).filter(Boolean);
    const sets = this.lexicon.sets;
    return (
      words.length <= maxWords &&
      words.every((w) => {
        const lw = w.toLowerCase();
        // An acronym ("US", "UN") is a title word even where its letters spell a function word.
        return sets.connectors.has(lw) || !sets.functionWords.has(lw) || /^\p{Lu}{2,}$/u.test(w);
      })
    );
  }

  /**
   * True when the mention at `start` opens its clause: nothing before it in the clause but title words, and not as
   * the complement of a noun ("The office of President Yoon": the office is the subject).
   */
  opensClause(start: number, floor: number): boolean {
    const before = this.masked.slice(floor, start);
    const cut = Math.max(...[',', ';', ':', '(', '—', '–'].map((p) => before.lastIndexOf(p)));
    const sets = this.lexicon.sets;
    // A sentence may open with a conjunction: "А Путин из Ханоя ответил, что …", "But Lavrov said that …".
    const lead = /^\s*([\p{L}]+)\s/u.exec(this.masked.slice(floor + cut + 1, start));
    const from =
      floor + cut + 1 + (lead && sets.coordinators.has((lead[1] as string).toLowerCase()) ? lead[0].length : 0);
    if (this.complementOfNoun(start, floor)) return false;
    // A long title the title reader knows ("советник по национальной безопасности"), after a short opening
    // adverbial ("На следующий день советник … Чан Хо Джин заявил").
    const title = titleBefore(this.body, start);
    const head = title && title.start >= from ? title.start : start;
    if (this.titleRun(from, start) || this.titleRun(from, head)) return true;
    const words = this.masked.slice(from, head).split(/\s+/u).filter(Boolean);
    // "le Dr Mamadou Lamine Sarr", "the spokesman Dmitry Peskov": an article before the title.
    if (title && head < start && words.length === 1 && sets.determiners.has((words[0] as string).toLowerCase()))
      return true;
    const named = this.mentions[floorIndex(this.mentionStarts, start)];
    return this.pastAdverbial(words, named?.start === start ? named.surface : '') !== words;
  }

  /** The words before the name at `start` and the title before it, in its clause from `floor`: the nearest last. */
  wordsBeforeTitle(start: number, floor: number): string[] {
    const titleStart = Math.max(floor, titleBefore(this.body, start)?.start ?? start);
    return this.masked
      .slice(Math.max(floor, titleStart - 60), titleStart)
      .trim()
      .split(/\s+/u);
  }

  /** True when the name at `start` (past its title) follows a preposition of source: "from", "de", "d'", "от". */
  fromSource(start: number, floor: number): boolean {
    const last = /([\p{L}]+)['’]?$/u.exec(this.wordsBeforeTitle(start, floor).at(-1) ?? '')?.[1];
    return last !== undefined && SOURCE_PREPOSITIONS.has(last.toLowerCase());
  }

  /** True when the name at `start` (past its title) follows a noun and "of": "the office of President Yoon". */
  complementOfNoun(start: number, floor: number): boolean {
    const words = this.wordsBeforeTitle(start, floor);
    const last = words.at(-1)?.toLowerCase();
    const head = words.at(-2);
    return (
      last !== undefined && COMPLEMENT_OF.has(last) && head !== undefined && /^\p{L}/u.test(head) && !isTitleWord(head)
    );
  }

  /** The person from `floor` on that the body `m` names right after belongs to: "Jenny Town of the Stimson Center". */
  memberOf(m: SpeakerMention, floor: number): SpeakerMention | undefined {
    if (m.type === 'person') return undefined;
    const fellow = this.mentions[floorIndex(this.mentionStarts, m.start - 1)];
    const belongs =
      fellow?.type === 'person' && fellow.start >= floor && AFFILIATION.test(this.masked.slice(fellow.end, m.start));
    return belongs ? fellow : undefined;
  }

  /** Where ", which", ", who", ", qui", ", которого" opens a relative clause in [floor, to), or -1: its comma. */
  relativeOpening(floor: number, to: number): number {
    const sets = this.lexicon.sets;
    const text = this.masked.slice(floor, to);
    for (const m of text.matchAll(/,\s*([\p{L}]+)/gu)) {
      const word = (m[1] as string).toLowerCase();
      if (sets.relativePersons.has(word) || sets.relativeThings.has(word) || sets.relativeOthers.has(word))
        return floor + (m.index ?? 0);
    }
    return -1;
  }

  /**
   * Where a name would end before `e`, past a note in brackets after it: a party and a district, an age ("Del. Irene
   * Hwang (D-Fairfax), …, said").
   */
  pastNote(e: number, floor: number): number {
    const note = /\([^()\n]{1,60}\)$/u.exec(this.masked.slice(Math.max(floor, e - 62), e));
    return note ? this.trimBack(e - note[0].length, floor) : e;
  }

  /** True when only coordinators, adverbs and auxiliaries stand between `from` and `to` ("И", "And then"). */
  onlyLinks(from: number, to: number): boolean {
    const { sets, cues } = this.lexicon;
    const words = [...this.masked.slice(from, to).matchAll(WORD)].map((w) => w[0].toLowerCase());
    return (
      words.length > 0 &&
      sets.coordinators.has(words[0] as string) &&
      words.every((w) => sets.coordinators.has(w) || cues.adverbs.includes(w) || cues.auxiliaries.includes(w))
    );
  }

  /** What stands before the verb at `pos`, within the clause from `floor`. */
  subjectBefore(pos: number, floor: number, verb: VerbHit | null): Subject {
    const sets = this.lexicon.sets;
    const e = this.trimBack(pos, floor);
    // "s'est contenté de déclarer", "refused to say": the infinitive shares the subject of the verb before it (the
    // verbs found keep an infinitive only after its marker).
    if (verb && sets.infinitives.has(verb.core) && !sets.verbs.has(verb.core)) {
      // "M. Dmitri Peskov, s'est borné à déclarer": the subject before the verb that leads to the infinitive, up to
      // four words back; else the subject of the verb of saying before.
      const lead = this.infinitiveLead(verb, floor);
      if (lead) {
        const at = this.trimBack(lead.start, floor);
        const before = at > floor ? this.subjectBefore(at, floor, null) : null;
        if (before?.kind === 'speaker') return before;
      }
      return { kind: 'coordinated' };
    }
    // "Jens Stoltenberg, le répète", "Putin lo dijo": an object pronoun between the subject and the verb.
    const clitic = /(?:^|[\s,])([\p{L}]+['’]?)\s*$/u.exec(this.masked.slice(Math.max(floor, e - 12), e));
    if (clitic && this.lexicon.sets.clitics.has((clitic[1] as string).toLowerCase())) {
      return this.subjectBefore(e - (clitic[1] as string).length, floor, null);
    }
    if (e <= floor) return { kind: 'start' };
    const m = this.byEnd.get(this.pastNote(e, floor));
    // "Цой Сон Хи во время переговоров в Москве сказала": a place after a preposition ends an adverbial.
    const inAdverbial = m !== undefined && !this.isSpeaker(m) && this.prepositionBefore(m.start, floor);
    if (m && m.start >= floor && !inAdverbial) {
      // "Jenny Town of the Stimson Center observed": the body a person belongs to is not the subject, the person is.
      const fellow = this.memberOf(m, floor);
      if (fellow) return { kind: 'speaker', mention: fellow };
      return this.isSpeaker(m) && !this.complementOfNoun(m.start, floor)
        ? { kind: 'speaker', mention: m }
        : { kind: 'other' };
    }
    const ch = this.masked[e - 1] as string;
    // "Kim Yo Jong issued a statement last night calling the broadcasts a “provocation”": a participle with no comma
    // before it, in a clause a person opens and no other person's name follows, is that person's.
    if (verb && sets.participles.has(verb.core) && ch !== ',') {
      const opener = this.subjectOf(floor, e, (x) => x.type === 'person' && this.isSpeaker(x));
      if (opener && !this.mentionsIn(opener.end, e).some((x) => x.type === 'person'))
        return { kind: 'speaker', mention: opener };
    }
    // "…, a-t-il déclaré avec son homologue, Andrzej Duda, précisant …": after a verb of its clause, a participle
    // shares that verb's subject, whatever name stands right before it.
    if (ch === ',' && verb && this.lexicon.sets.participles.has(verb.core) && this.verbsIn(floor, e).length > 0)
      return { kind: 'coordinated' };
    if (ch === ',') {
      // "Kim received him and, according to KCNA, told him": the source set off by commas is not the subject.
      const opening = this.masked.lastIndexOf(',', e - 2);
      // "M. Peskov, lui, avait déclaré": a pronoun set off by commas stresses the subject before it; "Володин в
      // октябре, при ратификации, говорил": a short adverbial set off so stands between the subject and the verb.
      const aside = opening >= floor ? this.masked.slice(opening + 1, e - 1) : '';
      const asideWords = wordsIn(aside);
      const adverbial =
        asideWords.length > 0 &&
        asideWords.length <= SHORT_ADVERBIAL &&
        this.lexicon.sets.adverbialLeads.has((asideWords[0] as string).toLowerCase()) &&
        this.verbsIn(opening + 1, e - 1).length === 0 &&
        !this.mentionsIn(opening + 1, e - 1).some((m) => m.type === 'person');
      const emphatic = EMPHATIC.test(aside);
      if (opening >= floor && (emphatic || adverbial)) {
        const before = this.subjectBefore(opening, floor, verb);
        if (before.kind === 'speaker' || before.kind === 'pronoun' || emphatic) return before;
      }
      if (opening >= floor) {
        this.lexicon.accordingAt.lastIndex = this.skipSpaces(opening + 1, e);
        if (this.lexicon.accordingAt.test(this.masked)) return this.subjectBefore(opening, floor, verb);
      }
      // "Песков на вопрос, означает ли ратификация …, ответил": an indirect question set off by commas after the word
      // for a question belongs to the adverbial before it, past which the subject stands.
      if (opening >= floor && QUESTION_BEFORE.test(this.masked.slice(floor, opening))) {
        if (INDIRECT_QUESTION.test(this.masked.slice(opening + 1, e - 1)))
          return this.subjectBefore(opening, floor, verb);
      }
      // "Media, which called him by his full name, Vladimir Vladimirovich Putin, said": a name inside a relative
      // clause is not the subject; the name before the relative is, if any.
      const relative = this.relativeOpening(floor, e - 1);
      if (relative !== -1) {
        const named = this.byEnd.get(this.trimBack(relative, floor));
        return named && this.isSpeaker(named) && named.start >= floor
          ? { kind: 'speaker', mention: named }
          : { kind: 'other' };
      }
      // "Putin’s adviser, Yuri Ushakov, announced", "le secrétaire général de l'OTAN, Jens Stoltenberg, s'est dit":
      // the person set off by commas.
      const set = this.byEnd.get(this.trimBack(e - 1, floor));
      // Not a name ending an apposition that describes the name before it ("Mykhailo Podolyak, an adviser to
      // President Volodymyr Zelensky, wrote"): only title words may stand between its comma and it.
      const setOff = set ? this.masked.lastIndexOf(',', set.start - 1) : -1;
      const apposed = set !== undefined && setOff >= floor && !this.titleRun(setOff + 1, set.start);
      if (set && set.type === 'person' && set.start >= floor && !apposed) return { kind: 'speaker', mention: set };
      // "Sergei Morozov, chairman of the Society for Friendship of Primorye Territory, Russia, said": a person who
      // opens the clause, with an apposition of commas of its own that holds a title, up to the verb.
      const opener = this.subjectOf(floor, e, (x) => x.type === 'person');
      if (opener && e - opener.end <= 200 && /^\s*,/u.test(this.masked.slice(opener.end, e))) {
        const apposition = this.masked.slice(opener.end, e - 1);
        const titled = wordsIn(apposition).some((w) => isTitleWord(w) || isRoleNoun(w));
        if (titled && !/[.;:!?\uE000]/u.test(apposition) && this.verbsIn(opener.end, e - 1).length === 0)
          return { kind: 'speaker', mention: opener };
      }
      // "Leif-Eric Easley, a professor at …, said": the name before the apposition.
      const comma = this.masked.lastIndexOf(',', e - 2);
      if (comma >= floor && e - comma <= 160 && !/[.;:!?\uE000]/u.test(this.masked.slice(comma + 1, e - 1))) {
        const named = this.byEnd.get(this.pastNote(this.trimBack(comma, floor), floor));
        if (named && this.isSpeaker(named)) return { kind: 'speaker', mention: named };
      }
      if (set && this.isSpeaker(set) && set.start >= floor) return { kind: 'speaker', mention: set };
      if (verb && this.lexicon.sets.participles.has(verb.core)) return { kind: 'coordinated' };
      return { kind: 'other' };
    }
    const w = this.wordBefore(e, floor);
    if (!w) return ch === ':' || ch === '—' || ch === '–' || ch === '(' ? { kind: 'start' } : { kind: 'other' };
    const lw = w.word.toLowerCase();
    if (sets.personPronouns.has(lw)) return { kind: 'pronoun', of: 'person', at: w.start };
    if (sets.organizationPronouns.has(lw)) return { kind: 'pronoun', of: 'organization', at: w.start };
    if (sets.coordinators.has(lw)) return { kind: 'coordinated' };
    // "he replied, before adding that …", "tout en ajoutant": a participle after a preposition of time shares the
    // subject of the verb before it.
    if (verb && sets.participles.has(verb.core) && PARTICIPLE_LEADS.has(lw)) return { kind: 'coordinated' };
    if (sets.relativePersons.has(lw)) {
      // "Kim, who …": the name right before the relative.
      const before = this.trimBack(w.start, floor);
      const named =
        this.byEnd.get(before) ??
        (this.masked[before - 1] === ',' ? this.byEnd.get(this.trimBack(before - 1, floor)) : undefined);
      return named && this.isSpeaker(named) ? { kind: 'speaker', mention: named } : { kind: 'other' };
    }
    if (sets.relativeThings.has(lw)) return { kind: 'relative' };
    // "Путин еще в октябре заявил", "Lavrov on Tuesday said": a short adverbial between the subject and the verb. A
    // longer one only opens with a preposition and holds no conjunction and no verb ("Песков на вопрос о возможных
    // санкционных рисках для российских компаний ответил").
    const adverbial = /((?:\s+[\p{L}\p{N}'’-]+){1,10})$/u.exec(this.masked.slice(Math.max(floor, e - 130), e));
    for (let n = 1; adverbial && n <= 10; n++) {
      const words = (adverbial[1] as string).trim().split(/\s+/u).slice(-n);
      if (words.length < n) break;
      if (n > SHORT_ADVERBIAL && !this.longAdverbial(words)) continue;
      const at = this.trimBack(e - words.join(' ').length, floor);
      const lead = (words[0] as string).toLowerCase();
      const opens = sets.adverbialLeads.has(lead) || this.lexicon.cues.adverbs.includes(lead) || WEEKDAYS.has(lead);
      // "Кожемяко, который входил в состав делегации, в своем Telegram-канале назвал": the adverbial after a comma
      // stands between the verb and the clause that holds its subject.
      if (opens && this.masked[at - 1] === ',' && !this.mentionsIn(at, e).some((m) => m.type === 'person')) {
        const before = this.subjectBefore(at, floor, verb);
        if (before.kind === 'speaker') return before;
      }
      // "Shin Won-sik had earlier this month warned": an auxiliary between the subject and the adverbial.
      const auxiliary = this.wordBefore(at, floor);
      const helped =
        auxiliary && this.lexicon.cues.auxiliaries.includes(auxiliary.word.toLowerCase())
          ? this.byEnd.get(this.trimBack(auxiliary.start, floor))
          : undefined;
      const named = this.byEnd.get(at) ?? helped;
      // "Он еще перед поездкой говорил журналистам": a pronoun before it.
      const pronoun = named ? null : this.wordBefore(at, floor);
      if (opens && pronoun && pronoun.start + pronoun.word.length === at) {
        const lower = pronoun.word.toLowerCase();
        if (sets.personPronouns.has(lower)) return { kind: 'pronoun', of: 'person', at: pronoun.start };
        if (sets.organizationPronouns.has(lower)) return { kind: 'pronoun', of: 'organization', at: pronoun.start };
      }
      if (!named || named.start < floor) continue;
      // Capitals in a place or a weekday ("Путин из Ханоя ответил"), never in a person the text names.
      const plain = !this.mentionsIn(at, e).some((p) => p.type === 'person');
      // "во время визита в Москву в начале ноября": a place after its preposition is inside the adverbial; the
      // person before it must then open the clause ("Лавров на переговорах с Цой Сон Хи в Москве" is Lavrov's).
      const placed = this.mentionsIn(at, e).length > 0;
      const subject = placed ? this.opensClause(named.start, floor) : !this.complementOfNoun(named.start, floor);
      if (opens && plain && this.isSpeaker(named) && subject) return { kind: 'speaker', mention: named };
      if (!this.isSpeaker(named) && this.prepositionBefore(named.start, floor)) continue;
      break;
    }
    return { kind: 'other' };
  }

  /**
   * The words of a name's clause right before it, past any other person: a title with its complement, as Russian
   * writes it ("Посол КНДР в Российской Федерации Син Хон Чхоль"); eight words at most.
   */
  leadIn(m: SpeakerMention): string {
    const before = this.masked.slice(Math.max(0, m.start - 100), m.start);
    const clause = before.slice(
      Math.max(...[',', ';', ':', '.', '!', '?', '\n', '\uE000'].map((p) => before.lastIndexOf(p))) + 1,
    );
    const other = this.mentionsIn(m.start - clause.length, m.start)
      .filter((x) => x.type === 'person')
      .at(-1);
    const words = wordsIn(other ? this.masked.slice(other.end, m.start) : clause).slice(-8);
    // "вместе с министром … Юн Чжон Хо", "переговоры с Министром … Чон Мун Саном": a title after a preposition is
    // the object's, whom the sentence is not about.
    const titleish = (w: string) => isTitleWord(w) || isRoleNoun(w) || isTitleModifier(w);
    const head = words.findIndex((w) => titleish(w) || w.split('-').some(titleish));
    if (head === -1 || LISTENER_BEFORE.has(words[head - 1]?.toLowerCase() ?? '')) return '';
    return words.slice(head).join(' ');
  }

  /** True when the word right before `at` is one that opens an adverbial ("in", "à", "в"). */
  prepositionBefore(at: number, floor: number): boolean {
    const w = this.wordBefore(this.trimBack(at, floor), floor);
    return w !== null && this.lexicon.sets.adverbialLeads.has(w.word.toLowerCase());
  }

  /** Words of a long adverbial: a preposition first, then no conjunction, relative or verb of saying. */
  longAdverbial(words: readonly string[]): boolean {
    const sets = this.lexicon.sets;
    if (!sets.adverbialLeads.has((words[0] as string).toLowerCase())) return false;
    const clausal = [sets.coordinators, sets.relativePersons, sets.relativeThings, sets.verbs];
    return words.every((word) => !clausal.some((set) => set.has(word.toLowerCase())));
  }

  /**
   * The words after a short adverbial opening `words` ("на этой неделе", "on Tuesday", "lors d'un point de presse"):
   * a leading word of time or place, then up to three words, never ending on a function word ("in an interview
   * with …": the name after it is an object, not the speaker); `words` as they are when nothing of the kind opens them.
   * A Russian name (`next`, as written) in the dative or instrumental after one is no subject ("в интервью Путину").
   */
  pastAdverbial(words: readonly string[], next: string): readonly string[] {
    const sets = this.lexicon.sets;
    const lead = words[0]?.toLowerCase();
    if (lead === undefined || !sets.adverbialLeads.has(lead)) return words;
    if (/\p{Script=Cyrillic}(?:у|ю|ому|ему|ой|ым|им|ом|ем)$/u.test(next)) return words;
    const isFunction = (w: string) => sets.functionWords.has(w.toLowerCase()) && !sets.connectors.has(w.toLowerCase());
    for (let k = 1; k <= Math.min(4, words.length); k++) {
      const rest = words.slice(k);
      if (rest.length === 0 && isFunction(words[k - 1] as string)) break;
      if (!rest.some(isFunction)) return rest;
    }
    return words;
  }

  /**
   * The person a description in [from, to) stands for: the description holds a title ("the spokeswoman", "официальный
   * представитель ведомства") and no name, and the nearest person before `before` that the text gave that title, right
   * before the name or in apposition after it ("spokeswoman Maria Zakharova", "Maria Zakharova, the spokeswoman").
   */
  described(from: number, until: number, before: number): SpeakerMention | null {
    // "le président russe lors de la conférence de presse": the description ends where an adverbial opens after it.
    let to = until;
    let headSeen = false;
    for (const w of this.masked.slice(from, until).matchAll(WORD)) {
      if (headSeen && this.lexicon.sets.adverbialLeads.has(w[0].toLowerCase())) {
        to = from + (w.index ?? 0);
        break;
      }
      headSeen ||= isTitleWord(w[0]) || isRoleNoun(w[0]);
    }
    const text = this.masked.slice(from, to);
    if (/[\uE000]/u.test(text)) return null;
    // "a senior diplomat who asked not to be named": someone the text keeps unnamed on purpose is no one named before.
    if (ANONYMOUS.test(this.masked.slice(from, this.sentenceEnd(from)))) return null;
    // A description that names a person ("the office of President Yoon") is not that person, nor anyone else.
    const inside = this.mentionsIn(from, to);
    if (inside.some((m) => m.type === 'person')) return null;
    const words = [...text.matchAll(WORD)];
    // "глава государства", "le chef de la diplomatie": an office named by what it heads stands for its title.
    const periphrasis = periphrasisIn(text);
    const tokens = words.map((w, i) => {
      const word = w[0].replace(ELIDED_ARTICLE, '');
      // "l'OTAN": the word starts past its elided article.
      const at = from + (w.index ?? 0) + w[0].length - word.length;
      // "— сказал нашему корреспонденту собеседник": a Russian noun in the dative is the listener, not the speaker;
      // so is one after a preposition ("— поделился с корреспондентом", "told to a reporter").
      const listener = RUSSIAN_DATIVE.test(word) || LISTENER_BEFORE.has(words[i - 1]?.[0].toLowerCase() ?? '');
      const head = (isTitleWord(word) || isRoleNoun(word)) && !isTitleModifier(word) && !listener;
      const end = at + w[0].length;
      const periphrastic = periphrasis !== null && at - from >= periphrasis.start && at - from < periphrasis.end;
      return { word, at, end, head, periphrastic, inMention: inside.some((m) => m.start <= at && at < m.end) };
    });
    // One head: the first, but for one that owns another ("the president's aide"). A title after it qualifies it
    // ("помощник президента", "conseiller du président", "spokesman for the president") and is someone else's.
    const main = tokens.find((t) => t.head && !/^['’]s(?![\p{L}])/u.test(this.masked.slice(t.end, t.end + 3)));
    const heads = periphrasis ? periphrasis.offices : main ? [main.word] : [];
    // A title the person was given fits the description's head; an office named by what it heads, the head of any of
    // their titles (with the second word it needs: "министр иностранных дел" for "глава МИД").
    const fits = (titled: readonly string[], titleHeads: readonly string[]) =>
      periphrasis
        ? heads.some((h) => titleHeads.some((t) => sameName(h, t) || sameTitle(h, t))) &&
          (periphrasis.also.length === 0 || periphrasis.also.some((a) => titled.some((t) => sameName(a, t))))
        : heads.some((h) => titled.some((t) => sameName(h, t)));
    // "the Russian president", "le président russe": a nationality the person's own title must carry. In lower case
    // only right beside the head, since French adjectives of nationality end like many others ("quotidien").
    const nationalities: string[] = [];
    for (const [i, t] of tokens.entries()) {
      if (t.head || t.inMention || t.periphrastic) continue;
      const capital = /^\p{Lu}/u.test(t.word);
      const besideHead = tokens[i - 1]?.head === true || tokens[i + 1]?.head === true;
      // "the North Korean leader": a point of the compass before a nationality belongs to it.
      const compass =
        COMPASS.test(t.word) && tokens[i + 1] !== undefined && isNationalityWord(tokens[i + 1]?.word ?? '');
      if ((isNationalityWord(t.word) || compass) && (capital || besideHead)) nationalities.push(t.word);
      else if (capital && !isTitleModifier(t.word) && t.at !== this.skipSpaces(from, to)) return null;
    }
    if (heads.length === 0 || words.length > 8) return null;
    // "президент Южной Кореи" is not the person the text called "президент США": what the title names must agree.
    const idsIn = (a: number, b: number) =>
      this.mentionsIn(a, b)
        .filter((m) => m.type !== 'person')
        .map((m) => m.entityId);
    const qualifiers = inside.map((m) => m.entityId);
    // "A senior official, speaking on condition of anonymity, said … “…”, the official said": a definite description
    // after an indefinite one with its head is the one the text brought in unnamed, nearer than anyone named.
    const definite = DEFINITE.test(text.trimStart());
    const unnamed = definite ? this.introducedUnnamed(heads, before) : -1;
    // The nearest people only: a description points back a few paragraphs at most, and a long page stays fast.
    const nearest = floorIndex(this.mentionStarts, before - 1);
    for (let i = nearest; i >= 0 && i > nearest - DESCRIBED_LOOK_BACK; i--) {
      const m = this.mentions[i] as SpeakerMention;
      if (m.start < unnamed) return null;
      if (m.type !== 'person' || m.end > before || this.insideQuotation(m.start)) continue;
      const title = titleBefore(this.body, m.start);
      // "Soo-jin Marchand, 46 ans, présidente de l'association": an apposition of up to two parts.
      const after =
        /^\s*,[^\S\n]*\n?([^,.;:!?\n\uE000]{1,80}(?:,[^,.;:!?\n\uE000]{1,80})?)/u.exec(
          this.masked.slice(m.end, m.end + 170),
        )?.[1] ?? '';
      // "…, — сказал Путин, пригласив северокорейского лидера": a clause after the comma is no apposition.
      const apposition = this.verbal(/^\s*([\p{L}'’-]+)/u.exec(after)?.[1] ?? '') ? '' : after;
      // "le porte-parole de la présidence russe, Dmitri Peskov,": the phrase the name stands in apposition to.
      const phrase = /([^,.;:!?\n\uE000]{1,80}),\s*$/u.exec(this.masked.slice(Math.max(0, m.start - 90), m.start));
      const phraseStart = phrase ? m.start - (phrase[0] as string).length : m.start;
      // "генерал-лейтенант в отставке" is a general: a compound title's parts are its heads too.
      const sources = [title?.text ?? '', apposition, phrase?.[1] ?? '', this.leadIn(m)];
      const titled = wordsIn(sources.join(' ')).flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]));
      // The first title of each phrase is its head; one after it is a complement ("пресс-секретарь президента").
      const titleHeads = sources.flatMap((x) => wordsIn(x).find((w) => isTitleWord(w) || isRoleNoun(w)) ?? []);
      if (!fits(titled, titleHeads)) continue;
      if (!nationalities.every((n) => titled.some((t) => sameName(n, t)))) continue;
      const named = [
        ...idsIn(Math.min(title?.start ?? m.start, phraseStart), m.start),
        ...idsIn(m.end, m.end + 1 + apposition.length),
      ];
      if (qualifiers.every((id) => named.includes(id))) return m;
    }
    if (unnamed !== -1) return null;
    // What qualifies the title must be in the description: a nationality, or a place or body named as written or as
    // its entity is ("Президент России": "President of Russia").
    const qualified = (words: readonly string[]) =>
      nationalities.every((n) => words.some((w) => sameStem(n, w))) &&
      inside.every(
        (m) =>
          words.some((w) => sameStem(m.surface, w)) ||
          m.entityId.split('-').every((part) => words.some((w) => sameStem(part, w))),
      );
    const known = this.knownAs(
      periphrasis
        ? (head) => fits(head, head)
        : (head) => heads.every((h) => head.some((w) => sameName(h, w) || sameTitle(h, w))),
      qualified,
      text,
      before,
    );
    if (known) return known;
    // "— отметил дипломат", "the analyst said": a role the text never gave anyone, with the definite article where the
    // language has one, is the person the text was just speaking of. A title ("the president") is not: it names an
    // office someone else may hold.
    const bare = !/\p{Script=Latin}/u.test(text);
    if (qualifiers.length + nationalities.length > 0 || !(definite || bare)) return null;
    if (heads.every(isRoleNoun)) return this.antecedent('person', before);
    // "Олег Мельников выразил уверенность … — сказал сенатор.": in Russian, a bare title nobody was given, alone
    // ("помощника президента" is someone else's aide), stands for the person of the sentence just before.
    const near =
      bare && words.length === 1 && /\p{Script=Cyrillic}/u.test(text) ? this.antecedent('person', before) : null;
    if (!near) return null;
    // Named in the last sentence before the paragraph the words stand in.
    const opening = Math.min(before, this.paragraphs[this.paragraphOf(before)] as number);
    return this.sentences.some((x) => x > near.end && x < opening && /\S/u.test(this.masked.slice(x, opening)))
      ? null
      : near;
  }

  /**
   * True when `word` opens a clause rather than a noun phrase: a verb of saying, a participle or gerund ("inviting",
   * "invitant", "пригласив", "прибывший"), but not a title or role that ends alike ("représentant", "бывший").
   */
  verbal(word: string): boolean {
    const w = word.toLowerCase();
    if (w === '' || w !== word) return false;
    if (this.lexicon.sets.verbs.has(w)) return true;
    if (isTitleWord(w) || isRoleNoun(w) || isTitleModifier(w) || FORMER.test(w)) return false;
    return /^(?:\p{Script=Latin}+(?:ing|ant)|\p{Script=Cyrillic}+(?:[аеиуыя]в|вшись|ясь|вши|вший|вшая|вшее|вшие))$/u.test(
      w,
    );
  }

  /**
   * Where the text last brought in someone unnamed with one of `heads` before `before`, within the look-back of a
   * description: an indefinite article and up to three words before the head ("a senior official", "une source
   * diplomatique", "ein Sprecher"); -1 when it did not.
   */
  introducedUnnamed(heads: readonly string[], before: number): number {
    const from = Math.max(0, before - UNNAMED_LOOK_BACK);
    const window = this.masked.slice(from, before);
    let last = -1;
    for (const m of window.matchAll(this.lexicon.indefinitePhrase)) {
      const at = from + (m.index ?? 0);
      const words = wordsIn(m[0]).slice(1);
      if (!words.some((w) => heads.some((h) => sameName(h, w)))) continue;
      // "Sergey Lavrov, a veteran diplomat,", "Lavrov is a diplomat": said of someone named, not someone new.
      const named = this.mentions[floorIndex(this.mentionStarts, at - 1)];
      if (named?.type === 'person' && named.end <= at && OF_THE_NAMED.test(this.masked.slice(named.end, at))) continue;
      last = at;
    }
    return last;
  }

  /**
   * The one person named before `before` whose curated description's head fits the description's (`fitsHead`) and
   * who has its nationality or country ("the Russian president", "le président russe": "President of Russia"), for a title the
   * text itself never gave anyone. A description of someone's former office fits only a description that says so.
   */
  knownAs(
    fitsHead: (head: readonly string[]) => boolean,
    qualified: (descriptionWords: readonly string[]) => boolean,
    text: string,
    before: number,
  ): SpeakerMention | null {
    const former = wordsIn(text).some((w) => FORMER.test(w));
    const fits = new Map<string, SpeakerMention>();
    const nearest = floorIndex(this.mentionStarts, before - 1);
    for (let i = nearest; i >= 0 && i > nearest - DESCRIBED_LOOK_BACK; i--) {
      const m = this.mentions[i] as SpeakerMention;
      if (m.type !== 'person' || m.end > before || fits.has(m.entityId)) continue;
      const description = this.describe(m.entityId);
      if (!description) continue;
      const all = wordsIn(description);
      const cut = all.findIndex((w) => DESCRIPTION_HEAD_END.has(w.toLowerCase()));
      const head = cut === -1 ? all : all.slice(0, cut);
      if (head.some((w) => FORMER.test(w)) !== former) continue;
      if (!fitsHead(head) || !qualified(all)) continue;
      fits.set(m.entityId, m);
    }
    return fits.size === 1 ? ([...fits.values()][0] as SpeakerMention) : null;
  }

  describedAs(from: number, to: number, before: number, verb: VerbHit | null, tail?: number): Attributed | null {
    const speaker = this.described(from, to, before) ?? this.statementOf(from, to, before);
    if (!speaker) return null;
    const cueStart = this.skipSpaces(Math.min(from, verb?.start ?? from), to);
    const cueEnd = Math.max(this.trimBack(to, from), verb?.end ?? 0);
    return {
      speaker,
      attribution: 'description',
      verb: verb?.text ?? null,
      cueStart,
      cueEnd,
      ...(tail ? { tail } : {}),
    };
  }

  /**
   * The speaker named after `from` and before `limit`: past title words and possessives ("Putin’s spokesman Dmitry
   * Peskov"), the first person; an organisation that ends the phrase ("said the Kremlin"), not one that qualifies
   * the next word ("the Kremlin spokesman").
   */
  speakerAfter(from: number, limit: number): SpeakerMention | null {
    const sets = this.lexicon.sets;
    let pos = from;
    let words = 0;
    for (let i = Math.max(0, floorIndex(this.mentionStarts, from - 1) + 1); i < this.mentions.length; i++) {
      const m = this.mentions[i] as SpeakerMention;
      if (m.start < from) continue;
      if (m.end > limit) break;
      // The title before the name is the subject's ("le conseiller à la sécurité nationale Chang Ho-jin").
      const title = titleBefore(this.body, m.start);
      const gap = this.masked.slice(pos, title && title.end >= pos ? Math.max(pos, title.start) : m.start);
      if (/[;:!?\uE000"“”«»„]/u.test(this.masked.slice(pos, m.start))) break;
      const gapWords = gap.split(/[\s,]+/u).filter(Boolean);
      // Right after the verb, a short adverbial may stand before the subject ("— заявил на брифинге Песков"); the
      // words past it are the subject's title, eight at most.
      const rest = pos === from && !/,/u.test(gap) ? this.pastAdverbial(gapWords, m.surface) : gapWords;
      words += rest.length;
      // An office in title case, as a government's release writes it ("said Acting Under Secretary of the Treasury
      // for Terrorism and Financial Intelligence Marian K. Lowell"), may be longer and hold its function words.
      if (!(pos === from && words <= MAX_OFFICE_WORDS && officeInTitleCase(rest, sets.connectors))) {
        if (words > 8) break;
        if (rest.some((w) => sets.functionWords.has(w.toLowerCase()) && !sets.connectors.has(w.toLowerCase()))) break;
      }
      const after = this.masked.slice(m.end, m.end + 40);
      if (/^['’]s?(?![\p{L}])/u.test(after) || !this.isSpeaker(m)) {
        pos = m.end + (/^['’]s?/u.exec(after)?.[0].length ?? 0);
        continue;
      }
      if (m.type === 'person') return m;
      const next = /^\s*,?\s*/u.exec(after)?.[0].length ?? 0;
      const appositive = this.mentions[i + 1];
      if (appositive && appositive.start === m.end + next && appositive.type === 'person' && appositive.end <= limit)
        return appositive;
      // "a poursuivi le chef du Kremlin", "said the head of the agency": the body a title belongs to is not the speaker.
      const owners = this.masked.slice(pos, m.start).trim().split(/\s+/u).slice(-3);
      if (owners.some((w) => isTitleWord(w) || isRoleNoun(w))) return null;
      const word = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(after)?.[1];
      if (!word || sets.functionWords.has(word.toLowerCase()) || /^\p{Lu}/u.test(word)) return m;
      pos = m.end;
    }
    return null;
  }

  /** The person (or organisation) the text was just speaking of, before `pos`: this paragraph, else the one before. */
  antecedent(of: 'person' | 'organization', pos: number, gender: Gender | null = null): SpeakerMention | null {
    const paragraph = this.paragraphOf(pos);
    const from = this.paragraphs[paragraph] ?? 0;
    // "она сказала" is not the man named last.
    const agrees = (m: SpeakerMention) => gender === null || this.genderOf(m.entityId) !== opposite(gender);
    const fits = (m: SpeakerMention) =>
      m.type === of && !this.insideQuotation(m.start) && !this.isLabel(m) && agrees(m);
    const nearest = (lo: number, hi: number): { at: number; mention: SpeakerMention | null } | null => {
      let best: { at: number; mention: SpeakerMention | null } | null = null;
      for (let i = floorIndex(this.mentionStarts, hi - 1); i >= 0; i--) {
        const m = this.mentions[i] as SpeakerMention;
        if (m.start < lo) break;
        if (m.end <= hi && fits(m)) {
          // Of the people that sentence names, its subject: "Mr. Lavrov said that the treaty Putin and Kim signed …
          // “…,” he said" is Lavrov.
          const floor = Math.max(lo, this.sentenceStart(m.start));
          // A sentence whose subject is a pronoun of the gender sought, before a name of no known gender, speaks of
          // that pronoun's person ("Она вместе с министром Ли Ён Хо вышла к журналистам. По ее словам, …").
          // So does one whose subject is such a pronoun, before a name that is no subject ("Quand il a vu les images
          // de son camarade accueillant Vladimir Poutine, il a ri.").
          const chained = gender === null ? -1 : this.pronounOf(gender, floor, m.start);
          const subject =
            chained !== -1 && (this.genderOf(m.entityId) === null || !this.opensClause(m.start, floor))
              ? this.antecedent(of, chained, gender)
              : (this.subjectOf(floor, m.end, fits) ?? m);
          best = { at: m.start, mention: subject };
          break;
        }
      }
      if (of === 'person') {
        const k = floorIndex(this.unlinkedNames, hi - 1);
        const name = this.unlinkedNames[k];
        if (name !== undefined && name >= lo && (!best || name > best.at)) best = { at: name, mention: null };
        // "…, the official said Seoul had taken note. “…,” he said": someone the text keeps unnamed spoke last.
        const unnamed = this.unnamedSpeakerAt(Math.max(lo, best?.at ?? lo), hi);
        if (unnamed !== -1) best = { at: unnamed, mention: null };
      }
      return best;
    };
    // A sentence after the nearest name whose subject is a description ("Le président russe a …") speaks of the
    // person that description stands for.
    const latest = (lo: number, hi: number) => {
      const named = nearest(lo, hi);
      const described = of === 'person' ? this.describedSubject(Math.max(lo, named?.at ?? lo), hi) : null;
      return described ?? named?.mention ?? (named ? null : undefined);
    };
    const here = latest(from, pos);
    if (here !== undefined) return here;
    let headings = 0;
    for (let p = paragraph - 1; p >= 0; p--) {
      const start = this.paragraphs[p] as number;
      const end = this.paragraphEnd(p);
      if (this.skipSpaces(start, end) === end) continue;
      const found = latest(start, end);
      // A heading that names no one stands between a pronoun and the paragraph its person was last spoken of in; so
      // does a paragraph of someone's words alone ("— Договор подписали Путин и Ким…"), whose names are theirs.
      if (found === undefined && this.heading(p) && ++headings <= MAX_HEADINGS) continue;
      if (found === undefined && this.wordsAlone(start, end)) continue;
      // "Elle a lu un passage de l'article signé par Vladimir Poutine.": a paragraph that speaks of the person only
      // by a pronoun of the gender sought goes on from the paragraph before.
      if (found === undefined && gender !== null && this.pronounOf(gender, start, this.sentenceEnd(start)) !== -1)
        continue;
      return found ?? null;
    }
    return null;
  }

  /** True when [start, end) holds quoted or spoken words and nothing of the author's but marks and dashes. */
  wordsAlone(start: number, end: number): boolean {
    const spoken = this.spoken.filter((p) => p.open < end && p.close >= start);
    let rest = this.masked.slice(start, end);
    for (const p of spoken) {
      const from = Math.max(0, p.open - start);
      const to = Math.min(end, p.close + 1) - start;
      rest = rest.slice(0, from) + ' '.repeat(to - from) + rest.slice(to);
    }
    return (spoken.length > 0 || rest.includes('\uE000')) && !/\p{L}/u.test(rest);
  }

  /**
   * Where in [lo, hi) the last reporting verb has for subject a definite description of someone the text brought in
   * unnamed ("a senior official, speaking on condition of anonymity, … the official said"); -1 when none does.
   */
  unnamedSpeakerAt(lo: number, hi: number): number {
    let last = -1;
    for (const v of this.verbsIn(lo, hi)) {
      const clause = Math.max(lo, ...[',', ';', ':', '—', '.'].map((p) => this.masked.lastIndexOf(p, v.start - 1) + 1));
      const text = this.masked.slice(clause, v.start).trim();
      const head = text.split(/\s+/u).at(-1) ?? '';
      if (!DEFINITE.test(text) || countWords(text) > 4 || !(isTitleWord(head) || isRoleNoun(head))) continue;
      if (this.introducedUnnamed([head], clause) !== -1) last = this.skipSpaces(clause, v.start);
    }
    return last;
  }

  /** True for a paragraph of a few words that ends no sentence: a heading, quoted or not. */
  heading(p: number): boolean {
    const start = this.paragraphs[p] as number;
    const text = this.body.slice(start, this.trimBack(this.paragraphEnd(p), start));
    return countWords(text) <= 12 && !/[.!?…:;]["'”’»)\s]*$/u.test(text);
  }

  /** Where a personal pronoun of `gender` stands in [from, to) ("она", "she", "elle"), or -1. */
  pronounOf(gender: Gender, from: number, to: number): number {
    for (const m of this.masked.slice(from, to).matchAll(/\p{L}+/gu)) {
      const word = m[0].toLowerCase();
      if (this.lexicon.sets.personPronouns.has(word) && PRONOUN_GENDER.get(word) === gender) return from + m.index;
    }
    return -1;
  }

  /**
   * The gender the text gives a person: what the words around each mention say (a form of address, an apposition,
   * a Russian verb's agreement), else a Russian case ending only a man's name takes, else the given name its mentions
   * open with. Null when nothing says, or they disagree.
   */
  genderOf(entityId: string): Gender | null {
    this.genders ??= gendersIn(
      this.body,
      this.mentions.filter((m) => m.type === 'person').map((m) => ({ ...m, id: m.entityId })),
      (surface) => (surface.includes(' ') ? givenNameGender(/^[\p{L}]+/u.exec(surface)?.[0] ?? '') : null),
    );
    return this.genders.get(entityId) ?? null;
  }

  /** The gender a pronoun cue says: its pronoun ("she said", "a-t-elle dit", "сказал он"), else a Russian past tense. */
  genderOfCue(cueStart: number, cueEnd: number, verb: VerbHit | null): Gender | null {
    for (const w of this.masked
      .slice(cueStart, cueEnd)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []) {
      const g = PRONOUN_GENDER.get(w);
      if (g) return g;
    }
    const core = verb?.core.toLowerCase() ?? '';
    if (!/^\p{Script=Cyrillic}+$/u.test(core)) return null;
    return /(?:ла|лась)$/u.test(core) ? 'female' : /[^л]л(?:ся)?$/u.test(core) ? 'male' : null;
  }

  /**
   * The person a description opening a sentence in [lo, hi) stands for, of the last few sentences, the last first:
   * "Le président russe a d'ailleurs pris soin …", "The Russian president went on". Up to four words, ending on a
   * title (or a role, with `roles`: "Le dessinateur reconnaît …").
   */
  describedSubject(lo: number, hi: number, roles = false): SpeakerMention | null {
    const last = floorIndex(this.sentences, hi - 1);
    for (let k = last; k >= 0 && k > last - DESCRIBED_SENTENCES; k--) {
      const start = this.sentences[k] as number;
      if (start < lo) break;
      const from = this.skipSpaces(start, hi);
      const opening = /^(?:[\p{L}][\p{L}'’-]*\s+){0,3}[\p{L}][\p{L}'’-]*/u.exec(this.masked.slice(from, hi))?.[0] ?? '';
      const parts = [...opening.matchAll(WORD)];
      for (let n = parts.length; n >= 1; n--) {
        const head = (parts[n - 1] as RegExpExecArray)[0].replace(ELIDED_ARTICLE, '');
        if (!(isTitleWord(head) || (roles && isRoleNoun(head))) || isTitleModifier(head)) continue;
        const next = parts[n]?.[0];
        const last = parts[next !== undefined && isNationalityWord(next) ? n : n - 1] as RegExpExecArray;
        const end = from + (last.index ?? 0) + last[0].length;
        const person = DEFINITE.test(this.masked.slice(from, end)) ? this.described(from, end, from) : null;
        if (person) return person;
        break;
      }
    }
    return null;
  }

  /**
   * The author of the statement a definite description in [from, to) names ("“…,” the statement said", "précise le
   * communiqué"): the person or body opening the sentence that last spoke of a statement, in this paragraph or the
   * one before ("Irene Hwang … said in a statement Wednesday that …").
   */
  statementOf(from: number, to: number, before: number): SpeakerMention | null {
    const words = this.masked.slice(from, to).trim().split(/\s+/u);
    const [first = '', noun = first] = words;
    if (words.length > 2 || (words.length === 2 && !this.lexicon.sets.determiners.has(first.toLowerCase())))
      return null;
    if (!this.lexicon.speechNoun.test(noun) || !/^\p{Ll}/u.test(noun)) return null;
    const previous = this.paragraphBefore(this.paragraphOf(before));
    const floor = this.paragraphs[previous === -1 ? this.paragraphOf(before) : previous] as number;
    const said = [...this.masked.slice(floor, from).matchAll(new RegExp(this.lexicon.speechNoun.source, 'giu'))].at(-1);
    if (said?.index === undefined || floor + said.index >= before) return null;
    const at = floor + said.index;
    return this.subjectOf(this.sentenceStart(at), at, (m) => this.isSpeaker(m));
  }

  /** The first mention in [floor, to) that fits and opens its clause: the subject of the sentence, if it names one. */
  subjectOf(floor: number, to: number, fits: (m: SpeakerMention) => boolean): SpeakerMention | null {
    for (let i = Math.max(0, floorIndex(this.mentionStarts, floor - 1) + 1); i < this.mentions.length; i++) {
      const m = this.mentions[i] as SpeakerMention;
      if (m.end > to) break;
      if (fits(m) && this.opensClause(m.start, floor)) return m;
    }
    return null;
  }

  pronoun(
    of: 'person' | 'organization',
    before: number,
    cueStart: number,
    cueEnd: number,
    verb: VerbHit | null,
    tail?: number,
  ): Attributed | typeof NONE {
    const speaker = this.antecedent(of, before, of === 'person' ? this.genderOfCue(cueStart, cueEnd, verb) : null);
    if (!speaker) return NONE;
    return { speaker, attribution: 'pronoun', verb: verb?.text ?? null, cueStart, cueEnd, ...(tail ? { tail } : {}) };
  }

  /**
   * The lower-case words right before an infinitive, after `floor`, four at most, and where they start: the verb or
   * modal that leads to it and its marker ("s'est borné à déclarer", "успел произнести", "was quick to add").
   */
  infinitiveLead(verb: VerbHit, floor: number): { start: number; words: string[] } | null {
    const from = Math.max(floor, verb.start - 60);
    const lead = LEAD_WORDS.exec(this.masked.slice(from, verb.start));
    if (!lead) return null;
    const run = lead[1] as string;
    return { start: verb.start - run.length, words: run.trim().split(/\s+/u) };
  }

  /**
   * An infinitive verb of saying after at most three lower-case words from `j` that end on its marker ("успел
   * произнести", "a tenu à préciser", "was quick to add") and before the speaker, as one verb from `j`; null for any
   * other verb, and for a clause of its own ("and declined to say anything").
   */
  helpedInfinitive(verb: VerbHit, j: number, end: number): VerbHit | null {
    const sets = this.lexicon.sets;
    if (verb.start <= j || !sets.infinitives.has(verb.core) || sets.verbs.has(verb.core)) return null;
    const lead = this.infinitiveLead(verb, j);
    if (!lead || lead.start !== this.skipSpaces(j, verb.start)) return null;
    const { words } = lead;
    if (words.length > 3 || words.some((w) => sets.coordinators.has(w))) return null;
    if (!sets.infinitiveMarkers.has((words.at(-1) as string).toLowerCase())) return null;
    const pronoun = /^\s+([\p{L}]+)/u.exec(this.masked.slice(verb.end, end))?.[1]?.toLowerCase();
    if (!(pronoun && sets.personPronouns.has(pronoun)) && !this.speakerAfter(verb.end, end)) return null;
    return { ...verb, start: j, text: this.body.slice(j, verb.end) };
  }

  /** After the closing mark: "…," Putin said / said Putin / he said / according to Peskov; «…», — заявил Путин. */
  afterQuote(pair: Pair): { outcome: Outcome; according: Outcome } {
    const { masked } = this;
    const paragraphEnd = this.paragraphEnd(this.paragraphOf(pair.close));
    // Its words' last mark, past an inner quotation's closing one ("Each side 'shall provide … without delay,'").
    const inner = this.body.slice(pair.open + 1, pair.close).replace(/[\s'’"”»›]+$/u, '');
    // A comma, a dash or both ("», —"); a hyphen counts only as a dash with a space after it ("”-based" is a word).
    const lead = /^[ \t\u00a0]*(,)?[ \t\u00a0]*([—–]|-(?=\s))?[ \t\u00a0]*/u.exec(
      masked.slice(pair.close + 1, Math.min(paragraphEnd, pair.close + 20)),
    );
    const j = pair.close + 1 + (lead?.[0].length ?? 0);
    // A quotation whose last word ends its sentence ("….”) has no cue after it.
    if (!/[,!?…—–:]$/u.test(inner) && !lead?.[1] && !lead?.[2]) return { outcome: undefined, according: undefined };
    let end = j;
    while (end < paragraphEnd && end - j < 160) {
      const ch = masked[end] as string;
      if (/[;!?:\uE000"“”«»„‘]/u.test(ch)) break;
      if (ch === '.' && !abbreviationBefore(masked, end)) break;
      end++;
    }
    const none = { outcome: undefined, according: undefined };
    const according = this.accordingAt(j, end);
    if (according) return { outcome: undefined, according };
    const verbs = this.verbsIn(j, end);
    // "«…», — листает он": after a comma and a dash, a Russian verb of any kind.
    const loose =
      verbs[0]?.start !== j && lead?.[2] && (lead[1] || /[,!?…]$/u.test(inner))
        ? DASH_VERB.exec(masked.slice(j, end))
        : null;
    // "« … », lâche-t-elle": after a comma, any French verb with the subject pronoun joined to it.
    // So after a question or an exclamation with no comma: "« … ? » a-t-elle demandé".
    const joined =
      verbs[0]?.start !== j && !loose && (lead?.[1] || /[!?…]$/u.test(inner))
        ? INVERTED_VERB.exec(masked.slice(j, end))
        : null;
    const hit = loose ?? joined;
    let first: VerbHit | undefined = hit
      ? { start: j, end: j + hit[0].length, text: hit[0], core: hit[0].toLowerCase(), inverted: hit === joined }
      : verbs[0];
    if (!first) return none;
    const tail = end;
    // "— успел произнести Новак", "», a tenu à préciser Dupont": the words before an infinitive that end on its marker
    // are the verb's, which then comes first.
    const helped = this.helpedInfinitive(first, j, end);
    if (helped) first = helped;
    // "«…», добавив, что …", "“…”, adding that …": a participle after the quotation shares the subject of the cue
    // before it, and is no cue of its own.
    if (first.start === j && !first.inverted && this.lexicon.sets.participles.has(first.core)) return none;
    if (first.start === j) {
      // The verb first: "said Putin", "a-t-il déclaré", "сказал он", "dijo".
      if (first.inverted)
        return { outcome: this.pronoun('person', pair.open, j, first.end, first, tail), according: undefined };
      const pronoun = /^\s+([\p{L}]+)/u.exec(masked.slice(first.end, end));
      const pronounWord = pronoun?.[1]?.toLowerCase();
      if (pronounWord && this.lexicon.sets.personPronouns.has(pronounWord)) {
        const cueEnd = first.end + (pronoun?.[0].length ?? 0);
        return { outcome: this.pronoun('person', pair.open, j, cueEnd, first, tail), according: undefined };
      }
      const speaker = this.speakerAfter(first.end, end);
      if (speaker)
        return {
          outcome: { speaker, attribution: 'after-quote', verb: first.text, cueStart: j, cueEnd: speaker.end, tail },
          according: undefined,
        };
      if (masked.slice(first.end, end).trim() === '')
        return { outcome: this.pronoun('person', pair.open, j, first.end, first, tail), according: undefined };
      // "— ответила официальный представитель ведомства", "said the spokeswoman".
      return { outcome: this.describedAs(first.end, end, pair.open, first, tail) ?? NONE, according: undefined };
    }
    // The subject first: "Putin said", "Russian President Vladimir Putin said", "he said", "Blinken told reporters";
    // but not a verb with a quotation of its own ("«…», госсекретарь Блинкен говорил об «отчаянии»").
    if (masked[end] === '\uE000' && !/[,:—–]/u.test(masked.slice(first.end, end))) return none;
    // "“…”, the official said Seoul had taken note": a verb followed by a clause of its own says that clause.
    if (this.clauseAfter(first.end, end)) return none;
    const subject = this.subjectBefore(first.start, j, first);
    switch (subject.kind) {
      case 'speaker': {
        // "“…,” the Kremlin spokesman, Dmitry Peskov, told reporters": a title set off before the name too.
        const apposed = /^([^,]*),\s*$/u.exec(masked.slice(j, subject.mention.start));
        const titled = apposed !== null && this.titleRun(j, j + (apposed[1] as string).length, 8);
        if (!this.titleRun(j, subject.mention.start) && !titled) return none;
        return {
          outcome: {
            speaker: subject.mention,
            attribution: 'after-quote',
            verb: first.text,
            cueStart: subject.mention.start,
            cueEnd: first.end,
            tail,
          },
          according: undefined,
        };
      }
      case 'pronoun': {
        if (subject.at !== j) return none;
        return { outcome: this.pronoun(subject.of, pair.open, j, first.end, first, tail), according: undefined };
      }
      case 'other': {
        if (!this.titleRun(j, first.start)) return none;
        // "“…,” the spokeswoman said."
        return { outcome: this.describedAs(j, first.start, pair.open, first, tail) ?? NONE, according: undefined };
      }
      default:
        return none;
    }
  }

  /** "according to Peskov", "selon Macron", "по словам Пескова" starting at `at`; "Peskow zufolge". */
  accordingAt(at: number, limit: number): Outcome {
    const { masked, lexicon } = this;
    // "according to her", "по ее словам": the person the text was just speaking of, of the pronoun's gender.
    lexicon.accordingPronounAt.lastIndex = at;
    const pronoun = lexicon.accordingPronounAt.exec(masked);
    if (pronoun) {
      const cueEnd = at + pronoun[0].length;
      const attributed = this.pronoun('person', at, at, cueEnd, null, limit);
      return attributed === NONE ? NONE : { ...attributed, attribution: 'according-to' };
    }
    lexicon.accordingAt.lastIndex = at;
    let m = lexicon.accordingAt.exec(masked);
    if (!m) {
      lexicon.accordingAfterQuote.lastIndex = at;
      m = lexicon.accordingAfterQuote.exec(masked);
    }
    if (m) {
      const from = at + m[0].length;
      const speaker = this.speakerAfter(from, limit);
      if (speaker)
        return { speaker, attribution: 'according-to', verb: null, cueStart: at, cueEnd: speaker.end, tail: limit };
      // "По словам дипломата, …", "according to the spokeswoman": a description the text gave someone.
      const clause = this.masked.slice(from, limit).search(/[,;:—–(]/u);
      const described = this.describedAs(from, clause === -1 ? limit : from + clause, at, null, limit);
      return described ? { ...described, cueStart: at } : NONE;
    }
    // "Peskow zufolge": the source before the word.
    for (let i = Math.max(0, floorIndex(this.mentionStarts, at - 1) + 1); i < this.mentions.length; i++) {
      const named = this.mentions[i] as SpeakerMention;
      if (named.end > limit) break;
      const post = lexicon.accordingAfterName.exec(masked.slice(named.end, limit));
      if (!post || !this.isSpeaker(named) || !this.titleRun(at, named.start)) continue;
      return {
        speaker: named,
        attribution: 'according-to',
        verb: null,
        cueStart: named.start,
        cueEnd: named.end + post[0].length,
        tail: limit,
      };
    }
    return undefined;
  }

  /**
   * Before the opening mark, within its sentence: a name and a colon ("Putin: “…”"), or the last reporting verb
   * and its subject ("Putin said: “…”", "Kim vowed “…”", "Putin said the pact “…”", "Как заявил Путин, «…»").
   * A quotation opening its paragraph under a paragraph that ends with a colon takes that paragraph's last sentence;
   * so does one in a list item under such a paragraph, when its own item gives no cue ("Из заявления Путина:¶— «…»;¶—
   * Россия «не исключает» …").
   */
  beforeQuote(pair: Pair): { outcome: Outcome; according: Outcome } {
    const paragraph = this.paragraphOf(pair.open);
    const paragraphStart = this.paragraphs[paragraph] ?? 0;
    const item = LIST_MARKER.exec(this.masked.slice(paragraphStart, pair.open));
    const intro = this.introEnd(paragraph);
    if (intro !== -1 && this.skipSpaces(paragraphStart + (item?.[0].length ?? 0), pair.open) === pair.open)
      return this.introCue(intro);
    const own = this.cueBefore(pair.open, this.sentenceStart(pair.open));
    // A pronoun in the item that finds no one goes back to the person the lead-in names ("— санкции, по его словам, …").
    if (intro !== -1 && item && own.outcome === undefined && (own.according === undefined || own.according === NONE))
      return this.introCue(intro);
    return own;
  }

  /**
   * Who speaks in paragraph `index` by the paragraph ending with a colon that leads it ("Отвечает доцент Ольга
   * Бережная:¶— Договор подписали…"), if its last sentence says.
   */
  underIntro(index: number): Attributed | null {
    const intro = this.introEnd(index);
    if (intro === -1) return null;
    const { outcome } = this.introCue(intro);
    return outcome === undefined || outcome === NONE ? null : outcome;
  }

  /** The cue of the last sentence of a paragraph leading with a colon that ends at `intro`. */
  introCue(intro: number): { outcome: Outcome; according: Outcome } {
    return this.cueBefore(intro, this.sentenceStart(intro - 1));
  }

  /**
   * The end of the paragraph ending with a colon that leads paragraph `index`: the one right before it, or, for an
   * item of a list, the one before the list's first item; -1 when there is none.
   */
  introEnd(index: number): number {
    for (let p = index; p > 0; ) {
      const end = this.trimBack(this.paragraphs[p] ?? 0, 0);
      if (this.masked[end - 1] === ':') return end;
      const before = this.paragraphBefore(p);
      if (before === -1 || !this.isListItem(p) || !this.isListItem(before)) return -1;
      p = before;
    }
    return -1;
  }

  isListItem(index: number): boolean {
    const start = this.paragraphs[index] ?? 0;
    return LIST_MARKER.test(this.masked.slice(start, Math.min(start + 8, this.paragraphEnd(index))));
  }

  /**
   * A sentence headed by a name and a colon, perhaps with whom it was said to ("Песков — журналистам: договор «…»",
   * "Peskov to reporters: the treaty is “…”"): the words after the colon are theirs, when no one else speaks there.
   */
  headedBy(floor: number, quoteAt: number): Attributed | null {
    const colon = this.masked.indexOf(':', floor);
    if (colon === -1 || colon >= quoteAt) return null;
    const opening = this.skipSpaces(floor, colon);
    const named = this.mentionsIn(opening, colon)[0];
    if (!named || named.start !== opening || !this.isSpeaker(named) || this.isLabel(named)) return null;
    if (!HEADING_TAIL.test(this.masked.slice(named.end, colon))) return null;
    if (this.verbsIn(named.end, quoteAt).length > 0) return null;
    if (this.mentionsIn(colon, quoteAt).some((m) => m.type === 'person')) return null;
    return { speaker: named, attribution: 'colon', verb: null, cueStart: named.start, cueEnd: colon + 1 };
  }

  /**
   * The person a sentence that opens with a possessive and a noun for what was said stands for, up to its colon at
   * `colonAt`: "And Putin answered the same evening. His words, per the transcript: “…”". The nearest person before,
   * of the possessive's gender where it has one.
   */
  possessorOf(floor: number, colonAt: number): SpeakerMention | undefined {
    const opening = /^\s*(\p{L}+)\s+(\p{L}+)/u.exec(this.masked.slice(floor, colonAt));
    const possessive = opening?.[1]?.toLowerCase();
    if (possessive && this.lexicon.sets.possessives.has(possessive)) {
      if (!this.lexicon.speechNoun.test(opening?.[2] as string)) return undefined;
      return this.antecedent('person', floor, PRONOUN_GENDER.get(possessive) ?? null) ?? undefined;
    }
    // "Réplique du député :", "The minister's reply:", "Ответ министра:": a noun for what was said, and the
    // description of who said it, stand for the person that description stands for.
    const lead = this.masked.slice(floor, colonAt);
    const noun = this.lexicon.speechNoun.exec(lead);
    if (!noun || wordsIn(lead.slice(0, noun.index)).length > 1 || wordsIn(lead).length > 5) return undefined;
    return this.described(floor + noun.index + noun[0].length, colonAt, floor) ?? undefined;
  }

  /**
   * True when a clause opens right after a verb ending at `at`, before `end`: a complementizer ("said that"), or a
   * name with a verb after it ("said Seoul had taken note"), not a listener or an adverbial ("told Reuters", "said
   * Wednesday").
   */
  clauseAfter(at: number, end: number): boolean {
    const rest = this.masked.slice(at, end);
    const word = /^\s+([\p{L}'’]+)/u.exec(rest);
    if (!word) return false;
    // "said that evening" is an adverbial of time.
    const after = /^\s+\p{L}+\s+(\p{L}+)/u.exec(rest)?.[1]?.toLowerCase() ?? '';
    if (this.lexicon.cues.complementizers.includes((word[1] as string).toLowerCase()) && !TIME_NOUNS.has(after))
      return true;
    const named = this.mentionsIn(at, end)[0];
    if (!named || named.start !== this.skipSpaces(at, end)) return false;
    const next = /^\s+(\p{Ll}+)/u.exec(this.masked.slice(named.end, end))?.[1];
    return next !== undefined && (FINITE_AFTER_SUBJECT.has(next) || this.lexicon.cues.auxiliaries.includes(next));
  }

  /** The cue before `quoteAt` within the sentence from `floor`; see `beforeQuote`. */
  cueBefore(at: number, sentenceFloor: number): { outcome: Outcome; according: Outcome } {
    const { masked } = this;
    const quoteAt = at;
    let floor = sentenceFloor;
    // "X выразил «…», госсекретарь Y говорил об «…»": a verb whose own quotation came before, with someone else opening
    // a clause since, is not this quotation's cue ("depictions of Putin" opens none).
    const previousQuote = masked.lastIndexOf('\uE000', quoteAt - 1) + 1;
    const opensSince = (m: SpeakerMention) => m.type === 'person' && this.opensClause(m.start, previousQuote);
    if (previousQuote > floor && this.mentionsIn(previousQuote, quoteAt).some(opensSince)) floor = previousQuote;
    // "… : « Rien, non. On a livré. » Réplique du député : « … »": a quotation that ends its sentence inside its
    // marks, and a capital after it, open a new sentence.
    const ended = /[.!?…][\s»”"’]*$/u.test(this.body.slice(Math.max(floor, previousQuote - 8), previousQuote));
    if (previousQuote > floor && ended && /^\s+\p{Lu}/u.test(masked.slice(previousQuote, quoteAt)))
      floor = previousQuote;
    const none = { outcome: undefined, according: undefined };
    if (quoteAt <= floor) return none;
    // A name and a colon.
    const colonAt = this.trimBack(quoteAt, floor) - 1;
    if (masked[colonAt] === ':') {
      const e = this.trimBack(colonAt, floor);
      // "Jenny Town of the Stimson Center:": the person, not the body they belong to.
      const last = this.byEnd.get(e);
      const named = last && (this.memberOf(last, floor) ?? last);
      // A transcript's label is the turn's speaker, who quotes someone else ("HOST : « Une escalade »"); whom a verb
      // was said to is not the speaker ("Kim told Putin:").
      const verbBefore = named && this.wordBefore(this.trimBack(named.start, floor), floor);
      // Nor one in apposition to whom it was said to ("l'a dit hier à son homologue, Andrii Sybiha :").
      // An honorific may stand before the name ("aux côtés de son homologue ukrainien, M. Andriï Sybiha :").
      const lead = named
        ? masked.slice(floor, named.start).replace(/(?:\S+\.?\s+)$/u, (h) => (isHonorific(h.trim()) ? '' : h))
        : '';
      const apposed = named ? /([^,;:\n\uE000]{1,60}),\s*$/u.exec(lead) : null;
      const listener = wordsIn(apposed?.[1] ?? '')
        .slice(-5, -1)
        .some((w) => LISTENER_BEFORE.has(w.toLowerCase()));
      const told = (verbBefore && this.lexicon.sets.objectVerbs.has(verbBefore.word.toLowerCase())) || listener;
      if (
        named &&
        !told &&
        !this.isLabel(named) &&
        this.isSpeaker(named) &&
        named.start >= floor &&
        this.opensClause(named.start, floor)
      )
        return {
          outcome: { speaker: named, attribution: 'colon', verb: null, cueStart: named.start, cueEnd: colonAt + 1 },
          according: undefined,
        };
    }
    const headed = this.headedBy(floor, quoteAt);
    if (headed) return { outcome: headed, according: undefined };
    // "Asked whether the cargo could be legitimate, Raman was careful: “…”": a participle opening the sentence, its
    // clause closed by a comma, is no cue; the clause after the comma holds the subject. Nor is one after "when"
    // ("Then Peskov, when asked about the US reaction: “…”"): it is what was put to the subject.
    // "on ne confirme rien : interrogé …, Vladimir Poutine s'est contenté d'affirmer": a colon before the last verb
    // closes the clauses before it.
    const sentenceVerbs = this.verbsIn(floor, quoteAt);
    const lastVerb = sentenceVerbs.at(-1);
    const clauseColon = lastVerb ? masked.lastIndexOf(':', lastVerb.start) : -1;
    if (clauseColon > floor && !sentenceVerbs.some((v) => v.start >= clauseColon && v !== lastVerb))
      floor = clauseColon + 1;
    const verbs = sentenceVerbs
      .filter((v) => v.start >= floor)
      .filter(
        (v, i) =>
          v.core !== 'asked' ||
          !(
            (i === 0 &&
              v.start === this.skipSpaces(floor, quoteAt) &&
              this.masked.slice(v.end, quoteAt).includes(',')) ||
            /(?:^|[^\p{L}])(?:when|if|once)[^\S\n]+$/iu.test(
              this.masked.slice(Math.max(floor, v.start - 6), v.start),
            ) ||
            // "Putin at the BRICS presser, asked about the satellite pictures: “…”": a participle set off after him.
            (/,\s*$/u.test(this.masked.slice(floor, v.start)) &&
              /^\s+(?:about|whether|if|why|how|what|when|on)(?![\p{L}])/iu.test(this.masked.slice(v.end, quoteAt)))
          ),
      );
    // "Пенсионер Геннадий Рябов настроен иначе: «…»": with no reporting verb, a sentence that leads up to the quote
    // with a colon gives the words of its subject, if it names that one person only.
    if (verbs.length === 0 && masked[colonAt] === ':') {
      const person = (m: SpeakerMention) => m.type === 'person' && !this.isLabel(m);
      const people = this.mentionsIn(floor, colonAt).filter(person);
      // "Putin’s critics:" are not Putin.
      const owns = (m: SpeakerMention) => /^['’]s(?![\p{L}])/u.test(masked.slice(m.end, m.end + 3));
      // Or a heading over their words that names that one person ("Из вступительного слова Путина:", "From Putin’s
      // opening remarks:").
      const only = people.every((m) => m.entityId === people[0]?.entityId) ? people[0] : undefined;
      const heading = only && this.lexicon.speechNoun.test(masked.slice(floor, colonAt)) ? only : undefined;
      // "The reply came from spokesman Dmitry Peskov:", "la réponse de Peskov :": the one person named, as the words'
      // source, right before the colon.
      const named = this.byEnd.get(this.trimBack(colonAt, floor));
      const source = named && person(named) && this.fromSource(named.start, floor) ? named : undefined;
      const subject =
        this.subjectOf(floor, colonAt, (m) => person(m) && !owns(m)) ??
        heading ??
        source ??
        (people.length === 0 ? this.possessorOf(floor, colonAt) : undefined);
      if (subject && people.every((m) => m.entityId === subject.entityId))
        return {
          outcome: {
            speaker: subject,
            attribution: 'colon',
            verb: null,
            // The lead-in's own words where the person stands before it ("Réplique du député :").
            cueStart: subject.start >= floor ? subject.start : this.skipSpaces(floor, colonAt),
            cueEnd: colonAt + 1,
          },
          according: undefined,
        };
      // "…, il a eu cette phrase :", "he had one answer:": a pronoun that opens the clause before the colon.
      const clause = Math.max(floor, masked.lastIndexOf(',', colonAt) + 1);
      const pronounAt = this.skipSpaces(clause, colonAt);
      const first = /^\p{L}+/u.exec(masked.slice(pronounAt, colonAt))?.[0].toLowerCase() ?? '';
      if (this.lexicon.sets.personPronouns.has(first)) {
        const outcome = this.pronoun('person', pronounAt, pronounAt, colonAt + 1, null);
        if (outcome !== NONE) return { outcome, according: undefined };
      }
      const possessor = people.length === 0 ? this.possessorOf(floor, colonAt) : undefined;
      if (possessor) {
        const cueStart = this.skipSpaces(floor, colonAt);
        return {
          outcome: { speaker: possessor, attribution: 'introduced', verb: null, cueStart, cueEnd: colonAt + 1 },
          according: undefined,
        };
      }
    }
    // "Как подчеркнул г-н Син, южнокорейская сторона будет действовать «поэтапно»": the clause opened by "as" names
    // the source of the words after its comma.
    const as = this.asSaid(this.skipSpaces(floor, quoteAt), quoteAt);
    if (as && as !== NONE) return { outcome: undefined, according: as };
    let coordinated = false;
    for (let k = verbs.length - 1; k >= 0; k--) {
      const v = verbs[k] as VerbHit;
      if (k === verbs.length - 1) {
        // The speaker after the verb, right before the quote: "said Putin: “…”", "declaró Sánchez: «…»"; not the one
        // a verb that takes whom it was said to has after it ("Kim told Putin: “…”").
        const speaker = this.lexicon.sets.objectVerbs.has(v.core) ? null : this.speakerAfter(v.end, quoteAt);
        const rest = speaker ? masked.slice(speaker.end, quoteAt) : '';
        // Or set off by commas as an aside: "Dans ce cas, a ajouté M. Poutine, la Russie prendrait « … »".
        const aside = /,\s*$/u.test(masked.slice(floor, v.start)) && /^\s*,/u.test(rest);
        if (speaker && (aside || /^[\s,:]*$/u.test(rest)))
          return {
            outcome: { speaker, attribution: 'before-quote', verb: v.text, cueStart: v.start, cueEnd: speaker.end },
            according: undefined,
          };
        // "КНДР, заявила она, «…»", "…, добавляет эксперт, начнется «…»": a verb set off by commas with its subject
        // after it, a pronoun or a description.
        const inverted = /^\s*([^,\uE000]{1,60}?)\s*,/u.exec(masked.slice(v.end, quoteAt));
        if (!speaker && inverted && /,\s*$/u.test(masked.slice(floor, v.start))) {
          const words = wordsIn(inverted[1] as string);
          const subjectAt = this.skipSpaces(v.end, quoteAt);
          const subjectEnd = subjectAt + (inverted[1] as string).length;
          if (words.length === 1 && this.lexicon.sets.personPronouns.has((words[0] as string).toLowerCase())) {
            const outcome = this.pronoun('person', v.start, v.start, subjectEnd, v);
            if (outcome !== NONE) return { outcome, according: undefined };
          }
          const described = this.describedAs(subjectAt, subjectEnd, v.start, v);
          if (described) return { outcome: described, according: undefined };
        }
      }
      // "« … », a déclaré Vladimir Poutine devant la presse, qualifiant le texte de « … »": the speaker after an
      // earlier verb right after a quotation, when the later one has no subject of its own.
      const later = verbs[k + 1];
      const incise = /[\uE000"”»’][\s,—–-]*$/u.test(masked.slice(Math.max(0, v.start - 8), v.start));
      const after = coordinated && later && incise && !v.inverted ? this.speakerAfter(v.end, later.start) : null;
      if (after) {
        const last = verbs.at(-1) as VerbHit;
        return {
          outcome: {
            speaker: after,
            attribution: 'before-quote',
            verb: last.text,
            cueStart: v.start,
            cueEnd: last.end,
          },
          according: undefined,
        };
      }
      if (v.inverted) return { outcome: this.pronoun('person', v.start, v.start, v.end, v), according: undefined };
      // "Putin was asked about them and answered that “…”": a verb in the passive is said to its subject, who is then
      // the subject of the verb coordinated with it.
      const passive = PASSIVE_BEFORE.exec(masked.slice(Math.max(floor, v.start - 12), v.start));
      if (passive && k < verbs.length - 1) {
        const auxiliary = v.start - passive[0].length + passive[0].search(/\p{L}/u);
        const asked = this.subjectBefore(auxiliary, floor, null);
        if (asked.kind === 'speaker') {
          const last = verbs.at(-1) as VerbHit;
          return {
            outcome: {
              speaker: asked.mention,
              attribution: 'before-quote',
              verb: last.text,
              cueStart: asked.mention.start,
              cueEnd: last.end,
            },
            according: undefined,
          };
        }
        coordinated = true;
        continue;
      }
      const subject = this.subjectBefore(v.start, floor, v);
      switch (subject.kind) {
        case 'speaker':
          return {
            outcome: {
              speaker: subject.mention,
              attribution: 'before-quote',
              verb: v.text,
              cueStart: Math.min(subject.mention.start, v.start),
              cueEnd: v.end,
            },
            according: undefined,
          };
        case 'pronoun':
          return { outcome: this.pronoun(subject.of, subject.at, subject.at, v.end, v), according: undefined };
        case 'coordinated':
          coordinated = true;
          continue;
        case 'relative':
          continue;
        case 'start':
          if (this.lexicon.cues.proDrop)
            return { outcome: this.pronoun('person', v.start, v.start, v.end, v), according: undefined };
          return { outcome: NONE, according: undefined };
        default: {
          // "telling a reporter who asked about the images that “…”": a verb in a relative clause about someone
          // unnamed leaves the quotation to the verb before it.
          const relative = this.wordBefore(this.trimBack(v.start, floor), floor);
          if (k > 0 && relative && this.lexicon.sets.relativePersons.has(relative.word.toLowerCase())) continue;
          // "…,” the Russian president said, adding that Moscow would take decisions “…”": a participle after a
          // comma shares the subject of the verb before it.
          if (k > 0 && this.lexicon.sets.participles.has(v.core) && /,\s*$/u.test(masked.slice(floor, v.start))) {
            coordinated = true;
            continue;
          }
          // "The spokeswoman said: “…”".
          const clause = Math.max(
            floor,
            ...[',', ';', ':', '—', '\uE000'].map((p) => masked.lastIndexOf(p, v.start - 1) + 1),
          );
          const described = this.describedAs(clause, v.start, v.start, v);
          if (described) return { outcome: described, according: undefined };
          // "Reto Caflisch a indiqué que la commission n'avait constaté « … »": a verb inside the clause another verb
          // of saying brings in leaves the quotation to that verb's subject.
          // So does one in a clause with no complementizer after a verb that may take one so ("Binh said some funds
          // had asked whether …, but “…”").
          const outer = verbs[k - 1];
          if (outer && this.lexicon.sets.clauseVerbs.has(outer.core)) {
            const between = masked.slice(outer.end, v.start);
            if (this.lexicon.complementizerWord.test(between)) continue;
            const bare = this.lexicon.sets.bareClauseVerbs.has(outer.core) && /^\s+\p{Ll}/u.test(between);
            if (bare && !/[,;:\uE000]/u.test(between)) continue;
          }
          return { outcome: NONE, according: undefined };
        }
      }
    }
    if (coordinated) {
      // "Putin arrived on Wednesday and said “…”": the subject that opens the sentence (or its clause after an
      // adverbial: "À Pékin, le porte-parole, Lin Jian, s'est contenté de déclarer : «…»").
      // A person before a body: "le porte-parole du Kremlin, Dmitri Peskov, s'est contenté de saluer".
      const first =
        this.subjectOf(floor, quoteAt, (m) => m.type === 'person') ??
        this.subjectOf(floor, quoteAt, (m) => this.isSpeaker(m));
      if (first) {
        const v = verbs.at(-1) as VerbHit;
        return {
          outcome: { speaker: first, attribution: 'before-quote', verb: v.text, cueStart: first.start, cueEnd: v.end },
          according: undefined,
        };
      }
      // "И добавил, что …", "And added that …": a sentence that opens with its verb, past a coordinator, goes on
      // with the subject of the sentence before, as a pronoun would.
      const v = verbs[0] as VerbHit;
      if (this.subjectBefore(v.start, floor, v).kind === 'coordinated' && this.onlyLinks(floor, v.start))
        return { outcome: this.pronoun('person', v.start, v.start, v.end, v), according: undefined };
      return { outcome: NONE, according: undefined };
    }
    // "Pour Lavrov, qui accompagnait le président, l'accord « … »": the view of the source that opens the sentence.
    const opening = this.skipSpaces(floor, quoteAt);
    const { view, source: speaker } = this.viewAt(opening, quoteAt);
    if (view) {
      if (speaker)
        return {
          outcome: undefined,
          according: { speaker, attribution: 'according-to', verb: null, cueStart: opening, cueEnd: speaker.end },
        };
      // "Pour lui, la Corée du Sud n'a « … »": a pronoun for the person the text was just speaking of.
      const after = /^\s*(\p{L}+)\s*,/u.exec(masked.slice(opening + view[0].length, quoteAt));
      if (after && PRONOUN_GENDER.has((after[1] as string).toLowerCase())) {
        const cueEnd = opening + view[0].length + after[0].length - 1;
        const outcome = this.pronoun('person', opening, opening, cueEnd, null);
        if (outcome !== NONE) return { outcome: undefined, according: { ...outcome, attribution: 'according-to' } };
      }
      // "Pour la ministre, cette coopération « … »": a description the text gave someone.
      const comma = masked.indexOf(',', opening);
      const described =
        comma !== -1 && comma < quoteAt ? this.describedAs(opening + view[0].length, comma, opening, null) : null;
      if (described)
        return { outcome: undefined, according: { ...described, attribution: 'according-to', cueStart: opening } };
    }
    // "According to Peskov, “…”", "По словам Пескова, «…»".
    // "Договор, по его словам, «…»": a source, or a pronoun for one, anywhere in the sentence before the quote.
    const prefix = masked.slice(floor, quoteAt);
    let lastPhrase = -1;
    for (const phrase of [this.lexicon.according, this.lexicon.accordingPronoun])
      for (const m of prefix.matchAll(phrase)) lastPhrase = Math.max(lastPhrase, floor + (m.index ?? 0));
    if (lastPhrase !== -1) return { outcome: undefined, according: this.accordingAt(lastPhrase, quoteAt) };
    return { outcome: undefined, according: this.accordingAt(floor, quoteAt) };
  }

  /** Reported speech in one sentence: "<speaker> said (that) <clause>." or "<clause>, <speaker> said." */
  reported(start: number, end: number): FoundQuotation | null {
    const { masked, body, lexicon } = this;
    const sets = lexicon.sets;
    const sentence = masked.slice(start, end);
    if (/[\uE000]/u.test(sentence) || DOUBLE_MARKS.test(sentence) || /(?:^|[\s(])['‘]/u.test(sentence)) return null;
    const stop = this.sentenceStop(start, end);
    if (masked[stop - 1] === '?' || stop <= start) return null;
    const clause = (from: number, to: number) => {
      const s = this.skipSpaces(from, to);
      return countWords(body.slice(s, to)) >= 3 ? { s, e: to } : null;
    };
    const verbs = this.verbsIn(start, stop);
    const v = verbs[0];
    if (v && sets.clauseVerbs.has(v.core)) {
      const subject = this.subjectBefore(v.start, start, v);
      // "He said that …", "Комментируя опасения Сеула, он подчеркнул, что …": a pronoun opening its clause stands for
      // the person the text was just speaking of, of its gender; only with the conjunction.
      const pronoun =
        subject.kind === 'pronoun' &&
        subject.of === 'person' &&
        /(?:^|[,;:—–]\s*)$/u.test(masked.slice(start, subject.at))
          ? this.pronoun('person', subject.at, subject.at, v.end, v)
          : NONE;
      // "Дипломат напомнил, что …", "The spokeswoman said that …": a description the text gave someone before.
      const described =
        subject.kind === 'other' && pronoun === NONE && countWords(masked.slice(start, v.start)) <= 4
          ? this.describedAs(start, v.start, start, v)
          : null;
      const via: Attributed | null =
        subject.kind === 'speaker' && this.opensClause(subject.mention.start, start)
          ? {
              speaker: subject.mention,
              attribution: 'before-quote',
              verb: v.text,
              cueStart: Math.min(subject.mention.start, v.start),
              cueEnd: v.end,
            }
          : pronoun !== NONE
            ? pronoun
            : described;
      const named = via?.speaker ?? null;
      if (via && named) {
        let k = v.end;
        if (sets.objectVerbs.has(v.core)) {
          const listener = this.mentions[floorIndex(this.mentionStarts, this.skipSpaces(k, stop))];
          if (listener && listener.start === this.skipSpaces(k, stop)) k = listener.end;
          else {
            lexicon.objects.lastIndex = k;
            const object = lexicon.objects.exec(masked);
            if (object) k += object[0].length;
          }
        }
        let from = -1;
        lexicon.complementizer.lastIndex = k;
        const direct = lexicon.complementizer.exec(masked);
        if (direct) from = k + direct[0].length;
        else {
          // An adverbial first: "said on Tuesday that", "a déclaré aux journalistes que", "sagte am Montag, dass".
          const rest = masked.slice(k, stop);
          for (let n = 1; n <= 5 && from === -1; n++) {
            const words = new RegExp(`^(?:\\s+[\\p{L}\\p{N}'’-]+){${n}}`, 'u').exec(rest);
            if (!words) break;
            lexicon.complementizer.lastIndex = k + words[0].length;
            const after = lexicon.complementizer.exec(masked);
            if (after) from = k + words[0].length + after[0].length;
          }
          // A clause with no "that" is reported only after a name: "He said the talks were good" is left alone.
          if (from === -1 && sets.bareClauseVerbs.has(v.core) && via.attribution === 'before-quote') {
            const next = /^\s+([\p{L}]+)/u.exec(rest)?.[1]?.toLowerCase();
            if (next && !NOT_A_CLAUSE.has(next)) from = k;
          }
        }
        const words = from === -1 ? null : clause(from, stop);
        if (words)
          return {
            text: body.slice(words.s, words.e),
            start: words.s,
            end: words.e,
            kind: 'reported',
            speaker: speakerOf(named),
            attribution: via.attribution,
            verb: v.text,
            cue: body.slice(via.cueStart, v.end),
          };
      }
    }
    const sourced = this.openingSource(start, stop);
    if (sourced) return sourced;
    // "<clause>, the Kremlin said.", "…, a déclaré Macron."
    const comma = masked.lastIndexOf(',', stop - 1);
    if (comma <= start) return null;
    // A dateline before the clause is the wire's, not the speaker's: "ИНТЕРФАКТ — …", "SEOUL, June 21 (Asia Wire) - …".
    const dateline = DATELINE.exec(masked.slice(start, comma));
    const said = clause(start + (dateline?.[0].length ?? 0), comma);
    const cue = said && this.tailCue(comma, stop, start);
    if (!said || !cue?.speaker) return null;
    return {
      text: body.slice(said.s, said.e),
      start: said.s,
      end: said.e,
      kind: 'reported',
      speaker: speakerOf(cue.speaker),
      attribution: cue.attribution,
      verb: cue.verb,
      cue: body.slice(cue.cueStart, cue.cueEnd),
    };
  }

  /**
   * A sentence whose source opens it, set off by a comma: "According to Peskov, the leaders drove…", "По его словам,
   * лидеры…", "Selon Iouri Ouchakov, conseiller diplomatique du Kremlin, le texte…", also after a short opening
   * adverbial ("Pendant ce temps, selon Kiev, …"). The words after the source's comma (and after an apposition of
   * title words) are what the source said; a source that names no speaker gives nothing.
   */
  openingSource(start: number, stop: number): FoundQuotation | null {
    const { masked, body } = this;
    let at = this.skipSpaces(start, stop);
    let outcome = this.accordingAt(at, stop) ?? this.asSaid(at, stop);
    if (outcome === undefined) {
      const comma = masked.indexOf(',', at);
      if (comma === -1 || comma >= stop || countWords(masked.slice(at, comma)) > 4) return null;
      if (this.mentionsIn(at, comma).length > 0) return null;
      at = this.skipSpaces(comma + 1, stop);
      outcome = this.accordingAt(at, stop);
    }
    if (!outcome || outcome === NONE || !outcome.speaker) return null;
    let from = this.skipSpaces(outcome.cueEnd, stop);
    if (masked[from] !== ',') return null;
    // "Selon Iouri Ouchakov, conseiller diplomatique du Kremlin, le texte…": the apposition is the source's.
    const next = masked.indexOf(',', from + 1);
    const first = wordsIn(masked.slice(from + 1, next === -1 ? stop : next));
    const lead = first[0] === undefined ? '' : first[0].toLowerCase();
    const titled =
      first.length > 0 &&
      first.length <= 10 &&
      (isTitleWord(first[0] as string) ||
        isRoleNoun(first[0] as string) ||
        (this.lexicon.sets.determiners.has(lead) && first.slice(1, 4).some((w) => isTitleWord(w) || isRoleNoun(w))));
    if (titled && next !== -1 && next < stop) from = next;
    const s = this.skipSpaces(from + 1, stop);
    if (countWords(body.slice(s, stop)) < 3) return null;
    return {
      text: body.slice(s, stop),
      start: s,
      end: stop,
      kind: 'reported',
      speaker: speakerOf(outcome.speaker),
      attribution: outcome.attribution,
      verb: outcome.verb,
      cue: body.slice(outcome.cueStart, outcome.cueEnd),
    };
  }

  /**
   * "As Peskov noted, …", "Как подчеркнул г-н Син, …", "Comme l'a rappelé Iouri Ouchakov, …": a clause of saying
   * opened by "as" at `at`, up to its comma; the speaker is its subject, before the verb or after it.
   */
  asSaid(at: number, stop: number): Outcome {
    const { masked } = this;
    const lead = /^([\p{L}]+)\s/u.exec(masked.slice(at, stop));
    if (!lead || !AS_LEADS.has((lead[1] as string).toLowerCase())) return undefined;
    const first = masked.indexOf(',', at);
    if (first === -1 || first >= stop) return undefined;
    const v = this.verbsIn(at + lead[0].length, first)[0];
    if (!v) return undefined;
    const before = this.subjectBefore(v.start, at + lead[0].length, v);
    // The clause may run past the title the name stands in apposition to, and end on a date ("Comme l'a rappelé le
    // Président de la République, M. Emmanuel Macron, le 12 novembre 2024, « … »"): up to its third comma.
    for (let comma = first, n = 0; comma !== -1 && comma < stop && n < 3; comma = masked.indexOf(',', comma + 1), n++) {
      const speaker =
        before.kind === 'speaker'
          ? before.mention
          : this.trimBack(comma, v.end) > v.end
            ? this.speakerAfter(v.end, comma)
            : null;
      if (!speaker) continue;
      // "As Peskov noted, Kim Jong Un told the crowd that …": a clause of saying of its own after the comma keeps its
      // subject.
      const own = this.verbsIn(comma + 1, stop)[0];
      if (own && this.subjectBefore(own.start, comma + 1, own).kind === 'speaker') return undefined;
      const end = this.trimBack(comma, at);
      if (end > Math.max(speaker.end, v.end) && !this.dateAfter(Math.max(speaker.end, v.end), end)) return NONE;
      return { speaker, attribution: 'before-quote', verb: v.text, cueStart: at, cueEnd: end };
    }
    return NONE;
  }

  /** True when [from, to) is a comma perhaps and a short adverbial of time: "le 12 novembre 2024", "on Tuesday". */
  dateAfter(from: number, to: number): boolean {
    const words = wordsIn(this.masked.slice(from, to).replace(/^\s*,/u, ''));
    const lead = words[0]?.toLowerCase() ?? '';
    return (
      words.length > 0 &&
      words.length <= 5 &&
      (this.lexicon.sets.adverbialLeads.has(lead) || WEEKDAYS.has(lead) || /^(?:le|the|am|el)$/u.test(lead)) &&
      /\p{N}|day|jour|недел|tag|día/iu.test(this.masked.slice(from, to)) &&
      this.verbsIn(from, to).length === 0 &&
      this.mentionsIn(from, to).every((m) => m.type !== 'person')
    );
  }

  /** Where the words of a sentence ending at `end` stop, before its closing marks and spaces, not before `floor`. */
  sentenceStop(floor: number, end: number): number {
    let stop = end;
    while (stop > floor && /[\s.!…]/u.test(this.masked[stop - 1] as string)) stop--;
    return stop;
  }

  /**
   * The cue of the sentence right after a quotation that ends its own, when that sentence opens by pointing back to
   * the words: "« … » C'est en ces termes que la porte-parole, Lee Soo-jin, a résumé …", "«…» Об этом заявил
   * Песков.", "“…” That was how Peskov put it."; the subject of its verb, or the speaker after the verb.
   */
  nextSentenceCue(pair: Pair): Attributed | null {
    const inner = this.body.slice(Math.max(pair.open, pair.close - 3), pair.close);
    const gap = /^[\s"”»’)]*([.:]?)[\s]*/u.exec(this.masked.slice(pair.close + 1, pair.close + 12));
    if (!gap) return null;
    const at = pair.close + 1 + gap[0].length;
    if (!gap[1] && !/[.!?…]\s*$/u.test(inner) && !/^\p{Lu}/u.test(this.masked[at] ?? '')) return null;
    const lead = POINTING_BACK.exec(this.masked.slice(at, at + 60));
    if (!lead) return null;
    const from = at + lead[0].length;
    const stop = this.sentenceEnd(from);
    const v = this.verbsIn(from, stop)[0];
    if (!v) return null;
    // "le secrétaire général de l'OTAN a réagi": the person a title stands for, not the body it belongs to.
    const subject = this.subjectBefore(v.start, from, v);
    const described = this.skipSpaces(from, v.start) < v.start ? this.describedAs(from, v.start, at, v) : null;
    if (described && (subject.kind !== 'speaker' || subject.mention.type !== 'person'))
      return { ...described, cueStart: at };
    const cue = (speaker: SpeakerMention, end: number): Attributed => ({
      speaker,
      attribution: 'after-quote',
      verb: v.text,
      cueStart: at,
      cueEnd: end,
    });
    if (subject.kind === 'speaker') return cue(subject.mention, v.end);
    if (this.skipSpaces(from, v.start) < v.start) return null;
    const after = this.speakerAfter(v.end, stop);
    if (after) return cue(after, after.end);
    const clause = this.masked.slice(v.end, stop).search(/[,;:]/u);
    return this.describedAs(v.end, clause === -1 ? stop : v.end + clause, at, v);
  }

  /**
   * The cue that closes the sentence a quotation stands inside, after it: "Security questions would be “among the
   * issues” it covers, he added."; null when the sentence ends otherwise.
   */
  closingCue(pair: Pair): Attributed | null {
    const start = this.sentenceStart(pair.open);
    const stop = this.sentenceStop(pair.close, this.sentenceEnd(pair.close));
    if (this.masked[stop - 1] === '?') return null;
    const comma = this.masked.lastIndexOf(',', stop - 1);
    return comma > pair.close ? this.tailCue(comma, stop, start) : null;
  }

  /**
   * The cue that closes a sentence after its last comma, at `comma`: "…, the Kremlin said.", "…, a déclaré Macron.",
   * "…, he added." (a pronoun only when nobody is named in the sentence from `from` to the comma, which it might take
   * up), followed at most by a short adverbial ("on Tuesday", "mardi", "в среду"), never an object ("said nothing").
   */
  tailCue(comma: number, stop: number, from: number): Attributed | null {
    const { masked, lexicon } = this;
    const sets = lexicon.sets;
    const t = this.verbsIn(comma + 1, stop)[0];
    if (!t || !sets.clauseVerbs.has(t.core)) return null;
    const adverbialOnly = (after: number) => {
      const words = masked.slice(after, stop).split(/\s+/u).filter(Boolean);
      const first = words[0];
      if (first === undefined) return true;
      const lw = first.toLowerCase();
      // "…, заявил Ким Чен Ын после переговоров с Владимиром Путиным": a phrase of time or place may run longer.
      return (
        words.length <= (sets.adverbialLeads.has(lw) ? 6 : 4) &&
        !/[,;:]/u.test(masked.slice(after, stop)) &&
        (sets.functionWords.has(lw) || ADVERBIAL_STARTS.has(lw) || WEEKDAYS.has(lw) || /^\p{Lu}/u.test(first))
      );
    };
    const opening = this.skipSpaces(comma + 1, stop);
    const unnamed = !this.mentionsIn(from, comma).some((m) => m.type === 'person');
    const byPronoun = (at: number, cueEnd: number) => {
      const outcome = unnamed && adverbialOnly(cueEnd) ? this.pronoun('person', from, at, cueEnd, t) : NONE;
      return outcome === NONE ? null : outcome;
    };
    if (t.start === opening) {
      // "…, a-t-il ajouté.", "…, добавил он."
      if (t.inverted) return byPronoun(t.start, t.end);
      const pronoun = /^\s+([\p{L}]+)/u.exec(masked.slice(t.end, stop));
      if (pronoun && sets.personPronouns.has((pronoun[1] as string).toLowerCase()))
        return byPronoun(t.start, t.end + pronoun[0].length);
      const speaker = this.speakerAfter(t.end, stop);
      if (!speaker || !adverbialOnly(speaker.end)) return null;
      return { speaker, attribution: 'after-quote', verb: t.text, cueStart: t.start, cueEnd: speaker.end };
    }
    const subject = this.subjectBefore(t.start, comma + 1, t);
    if (subject.kind === 'pronoun' && subject.of === 'person' && subject.at === opening)
      return byPronoun(subject.at, t.end);
    if (subject.kind !== 'speaker' || !this.titleRun(opening, subject.mention.start, 4)) return null;
    if (!adverbialOnly(t.end)) return null;
    return {
      speaker: subject.mention,
      attribution: 'after-quote',
      verb: t.text,
      cueStart: subject.mention.start,
      cueEnd: t.end,
    };
  }
}

const COMPASS = /^(?:North|South|East|West)$/u;

/** "As" opening a clause of saying before the words said: "As Peskov noted, …", "Как заявил Песков, …". */
const AS_LEADS = new Set(['as', 'comme', 'como', 'wie', 'как']);

/** A wire dateline opening a sentence: a word in capitals (a city or agency) within a short lead, then a dash. */
const DATELINE = /^\s*(?=[^—–\n]{0,60}?(?<![\p{L}])\p{Lu}{3,}(?![\p{L}]))[^—–\n.!?]{0,80}?\s(?:[—–]|--?)\s+/u;

/** A source the text keeps unnamed on purpose: "speaking on condition of anonymity", "попросивший не называть его имени". */
const ANONYMOUS = new RegExp(
  [
    'condition of anonymity|speaking anonymously|(?:asked|declined) not to be (?:named|identified)|declined to be named',
    "couvert de l['’]anonymat|sous couvert d['’]anonymat|(?:requis|gardé|garder) l['’]anonymat",
    'condición de anonimato|bajo anonimato|pidió no ser identificad',
    'nicht genannt werden (?:wollte|will)|anonym bleiben',
    'не называть (?:его|ее|её|их) (?:имени|имя|имен)|на условиях анонимности|пожелавш\\p{L}* остаться неизвестн',
  ].join('|'),
  'iu',
);

/** A word as names and titles spell it: letters, with apostrophes and hyphens inside ("porte-parole", "l'OTAN"). */
const WORD = /[\p{L}][\p{L}'’-]*/gu;
const wordsIn = (text: string): string[] => text.match(WORD) ?? [];

/** Where the head of a curated description ends: "President | of Russia", "Foreign policy adviser | to …". */
const DESCRIPTION_HEAD_END = new Set(['of', 'to', 'for', 'at', 'in', 'and', 'de', 'du', 'des', 'à', 'auprès']);
const FORMER = /^(?:former|ex|ancien|ancienne|exministro|бывший|бывшего|бывшему|бывшим)$/iu;

/** Two words that open alike, as a nationality and its country do ("Russian", "russe", "Russia"): four letters. */
function sameStem(a: string, b: string): boolean {
  const x = searchKey(a);
  const y = searchKey(b);
  return x.length >= 4 && y.length >= 4 && x.slice(0, 4) === y.slice(0, 4);
}

/** A definite article opening a description, in the languages that have one: "the analyst", "l'analyste". */
const DEFINITE = /^(?:(?:the|le|la|les|el|los|las|der|die|das|den|dem|il|lo|gli)\s|l['’])/iu;
/** Right before a verb in the passive: "was asked", "were told". */
const PASSIVE_BEFORE = /(?:^|[^\p{L}])(?:was|were|is|are|been|being)[^\S\n]+$/iu;

/** Between a name and an indefinite description of it: a comma, a bracket or a dash, or a copula. */
const OF_THE_NAMED = /^\s*[,(—–]?\s*(?:(?:is|was|est|était|es|era|fue|ist|war)\s+)?$/iu;
/** How far back, in characters, a definite description looks for the unnamed one it takes up. */
const UNNAMED_LOOK_BACK = 1500;
/** Headings a pronoun's antecedent is sought across. */
const MAX_HEADINGS = 2;
const ELIDED_ARTICLE = /^l['’](?=\p{L})/iu;

/** How many sentences back a pronoun looks for one whose subject is a description. */
const DESCRIBED_SENTENCES = 4;

/** How many mentions back a description looks for the person the text gave its title. */
const DESCRIBED_LOOK_BACK = 200;

/** The prepositions that make a name the source of what follows: "a reply from Peskov:", "la réponse de Peskov :". */
const SOURCE_PREPOSITIONS = new Set(['from', 'by', 'de', 'd', 'par', 'от', 'von', 'vom', 'desde', 'da', 'di']);

/** Up to four lower-case words, each followed by spaces, that end a text: the words leading to an infinitive. */
const LEAD_WORDS = /(?:^|[^\p{L}'’-])((?:\p{Ll}[\p{Ll}'’-]*[^\S\n]+){1,4})$/u;

/** Prepositions before the listener of a verb of saying: "с корреспондентом", "to a reporter", "à un journaliste". */
const LISTENER_BEFORE = new Set('с со к ко перед рядом to with alongside à avec auprès côtés con mit zu'.split(' '));

/** A Russian noun's dative endings, singular and plural ("корреспонденту", "журналистам"). */
const RUSSIAN_DATIVE = /^\p{Script=Cyrillic}{3,}(?:у|ю|ам|ям)$/u;

/** Between a person and the body they belong to: "Jenny Town of the Stimson Center", "Ланьков из Кукмина". */
const AFFILIATION = /^\s+(?:of|at|from|de|du|des|de\s+la|de\s+l['’]|d['’]|del|von|vom|der|из)(?:\s+the)?\s*$/iu;

/** The words that make a name the complement of the noun before it: "the office of President Yoon". */
const COMPLEMENT_OF = new Set(['of', 'de', 'du', 'des', 'del', 'della', 'von', 'der']);

/** Nouns of time that make "that" a demonstrative: "said that evening". */
const TIME_NOUNS = new Set(['day', 'evening', 'morning', 'afternoon', 'night', 'week', 'month', 'year', 'time']);

/** Verbs that make a name before them the subject of a clause: "said Seoul had taken note", "dit que Séoul était". */
const FINITE_AFTER_SUBJECT = new Set([
  ...['is', 'was', 'were', 'are', 'had', 'has', 'have', 'would', 'will', 'could', 'should', 'may', 'might', 'must'],
  ...['did', 'does', 'do', 'est', 'était', 'sera', 'serait', 'avait', 'aurait', 'ont', 'pourrait', 'devrait'],
]);

/** Words after "said" that start an adverbial ("said in a statement") or an object ("said nothing"), not a clause. */
const NOT_A_CLAUSE = new Set([
  ...['in', 'on', 'at', 'during', 'after', 'before', 'to', 'for', 'with', 'by', 'from', 'about', 'earlier', 'later'],
  ...['yesterday', 'today', 'last', 'this', 'so', 'as', 'nothing', 'little', 'more', 'much', 'goodbye', 'no', 'yes'],
]);

/** Words that open the time or place of a cue after it ("the Kremlin said on Tuesday"). */
const ADVERBIAL_STARTS = new Set([
  ...['in', 'on', 'at', 'during', 'after', 'before', 'earlier', 'later', 'late', 'early', 'yesterday', 'today'],
  ...['tonight', 'last', 'this'],
]);

/** Prepositions of time before a participle that shares its clause's subject: "before adding", "en ajoutant". */
const PARTICIPLE_LEADS = new Set(['before', 'after', 'while', 'when', 'by', 'without', 'upon', 'en']);

/** Day names that follow a cue as its time ("the Kremlin said Tuesday", "a déclaré Macron mardi"). */
const WEEKDAYS = new Set([
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lundi', 'mardi', 'mercredi'],
  ...['jeudi', 'vendredi', 'samedi', 'dimanche', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  ...['domingo', 'hier', 'ayer', 'gestern', 'heute', 'вчера', 'сегодня'],
]);

function speakerOf(m: SpeakerMention): FoundQuotation['speaker'] {
  return { entityId: m.entityId, start: m.start, end: m.end, surface: m.surface };
}

// ─── Chinese and Korean ──────────────────────────────────────────────────────────────────────────────────────────

/*
 * Chinese writes no spaces and Korean glues its particles to the words, so the word-by-word cues above find nothing
 * in either. Their cues are read off the text right around a quotation: in Chinese a mention, a short adverbial and
 * a reporting verb, before the quotation or after it (普京在会谈中表示：「…」, 「…」金正恩说。); in Korean a
 * quotative ending and a reporting verb after the quotation, with the speaker the subject of the sentence
 * (푸틴 대통령은 “…”고 말했다, “…”고 푸틴 대통령이 말했다).
 */

/** Languages read with the cues of this section; a page of unknown language is read with both. */
type Native = 'zh' | 'ko';

function nativesOf(language: string | null): Native[] {
  const code = languageCode(language);
  if (code === 'zh' || code === 'ko') return [code];
  return code === '' ? ['zh', 'ko'] : [];
}

/** What stands before a Chinese or Korean reporting verb. The span is the subject's words, for the cue. */
type NativeSubject =
  | { kind: 'speaker'; mention: SpeakerMention; start: number; end: number }
  | { kind: 'according'; mention: SpeakerMention; start: number; end: number }
  | { kind: 'pronoun'; start: number; end: number }
  /** No subject of its own: it shares one with the verb before ("…，并强调「…」"). */
  | { kind: 'coordinated' }
  /** A subject that is no linked speaker: a description, an unlinked name, a country, a plural. */
  | { kind: 'none' };

const NATIVE_NONE: NativeSubject = { kind: 'none' };

/** How far back from a quotation its cue is looked for, however long the sentence: keeps a page linear. */
const LOOK_BACK = 300;

/** The outcome a subject gives a verb: its speaker, or none for sure. */
function nativeOutcome(
  f: Finder,
  subject: NativeSubject,
  verb: VerbHit,
  attribution: 'before-quote' | 'after-quote',
  quoteAt: number,
  tail?: number,
): Outcome {
  const rest = tail === undefined ? {} : { tail };
  switch (subject.kind) {
    case 'speaker':
      return {
        speaker: subject.mention,
        attribution,
        verb: verb.text,
        cueStart: subject.start,
        cueEnd: subject.end,
        ...rest,
      };
    case 'according':
      return {
        speaker: subject.mention,
        attribution: 'according-to',
        verb: null,
        cueStart: subject.start,
        cueEnd: subject.end,
        ...rest,
      };
    case 'pronoun':
      return f.pronoun('person', Math.min(subject.start, quoteAt), subject.start, subject.end, verb, tail);
    default:
      return NONE;
  }
}

// Chinese.

/** Reporting verbs, simplified and traditional. */
const ZH_VERBS = [
  ...['表示', '说', '說', '说道', '說道', '称', '稱', '声称', '聲稱', '宣称', '宣稱', '指出', '强调', '強調', '宣布'],
  ...['宣佈', '透露', '介绍', '介紹', '回应', '回應', '补充', '補充', '警告', '坦言', '认为', '認為', '認爲', '写道'],
  ...['寫道', '重申', '直言', '表明', '承认', '承認', '呼吁', '呼籲', '提到', '谈到', '談到', '解释', '解釋', '答道'],
  ...['回答', '问道', '問道', '批评', '批評', '谴责', '譴責', '称赞', '稱讚', '形容', '提醒', '声明', '聲明', '告诉'],
  ...['告訴', '报道', '報道', '報導', '披露', '证实', '證實', '否认', '否認'],
];

/** Those that report the clause after them ("佩斯科夫表示，条约不针对第三国"). */
const ZH_CLAUSE_VERBS = new Set([
  ...['表示', '说', '說', '说道', '說道', '称', '稱', '声称', '聲稱', '宣称', '宣稱', '指出', '强调', '強調', '宣布'],
  ...['宣佈', '透露', '介绍', '介紹', '补充', '補充', '警告', '坦言', '认为', '認為', '認爲', '重申', '直言', '表明'],
  ...['承认', '承認', '提到', '谈到', '談到', '解释', '解釋', '告诉', '告訴', '报道', '報道', '報導', '披露', '证实'],
  ...['證實', '回应', '回應'],
]);

/** Words that hold a reporting verb and are none: 小说 (a novel), 据说 (reportedly), 称为 (called). */
const ZH_NOT_VERBS = [
  ...['小说', '小說', '据说', '據說', '听说', '聽說', '传说', '傳說', '学说', '學說', '演说', '演說', '游说', '遊說'],
  ...['说法', '說法', '说服', '說服', '虽说', '雖說', '再说', '再說', '名称', '名稱', '称为', '稱為', '稱爲', '称作'],
  ...['稱作', '简称', '簡稱', '号称', '號稱', '堪称', '堪稱', '俗称', '俗稱', '统称', '統稱', '通称', '通稱', '称号'],
  ...['稱號', '称呼', '稱呼', '联合声明', '聯合聲明'],
];

/** Titles that follow a person's name and are that person ("普京总统"); "普京发言人" is someone else. */
const ZH_TITLES = [
  ...['总统', '總統', '主席', '总理', '總理', '首相', '委员长', '委員長', '总书记', '總書記', '国务卿', '國務卿'],
  ...['部长', '部長', '外长', '外長', '大使', '议长', '議長', '先生', '女士', '国王', '國王', '女王', '教授', '博士'],
  ...['将军', '將軍', '司令', '秘书长', '秘書長', '院长', '院長', '主任', '局长', '局長', '市长', '市長', '州长'],
  ...['州長', '同志', '阁下', '閣下', '总裁', '總裁', '董事长', '董事長', '总督', '總督'],
];

/** A character of a cue's words: no punctuation, quotation mark, line end or blanked quotation. */
const ZH_CHAR = '[^，。、；;：:！!？?,「」『』“”‘’"\'()（）《》【】\\n\\uE000]';

/** What may stand between a speaker and the verb: when, where, to whom, and adverbs (在记者会上, 周三, 则, 也, 还). */
const ZH_ADVERBIAL = [
  `(?:在|於|于|从|從)${ZH_CHAR}{1,16}?(?:上|中|时|時|后|後|前|里|裡|内|內|期间|期間|之际|之際|以来|以來)`,
  `(?:在|於|于)${ZH_CHAR}{1,4}?`,
  `(?:与|與|同|跟|和)${ZH_CHAR}{1,12}?(?:会谈|會談|会晤|會晤|会面|會面|见面|見面|通话|通話)${ZH_CHAR}{0,3}?(?:后|後|时|時|前|中)`,
  `(?:对|對|向|给|給)${ZH_CHAR}{1,12}?`,
  `接受${ZH_CHAR}{0,12}?(?:采访|採訪|专访|專訪|访问|訪問)(?:时|時)?`,
  `(?:通过|通過|透过|透過)${ZH_CHAR}{1,12}?`,
  `(?:发表|發表)${ZH_CHAR}{0,6}?(?:讲话|講話|声明|聲明|演讲|演講|文章|谈话|談話)(?:时|時)?`,
  '(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]',
  '\\d{1,2}月\\d{1,2}日',
  '\\d{1,2}日',
  '[一二三四五六七八九十]{1,3}日',
  alternation([
    ...['今天', '昨天', '前天', '当天', '當天', '今日', '昨日', '当日', '當日', '当晚', '當晚', '当地时间', '當地時間'],
    ...['早些时候', '早些時候', '稍早', '稍后', '稍後', '随后', '隨後', '其后', '其後', '之后', '之後', '此前', '日前'],
    ...['近日', '事后', '事後', '最后', '最後', '上周', '上週', '本周', '本週', '上午', '下午', '晚间', '晚間', '早前'],
    ...['则', '則', '也', '还', '還', '又', '再', '亦', '更', '曾', '已', '已经', '已經', '便', '就', '均', '都', '而'],
    ...['并', '並', '并且', '並且', '且', '但', '但是', '不过', '不過', '同时', '同時', '另外', '此外', '进一步'],
    ...['進一步'],
    ...['再次', '再度', '多次', '一再', '公开', '公開', '首先', '随即', '隨即', '当即', '當即', '明确', '明確', '直接'],
    ...['特别', '特別', '接着', '接著', '最终', '最終', '曾经', '曾經', '更是', '早已', '当场', '當場', '亲自', '親自'],
    ...['正式', '坦率地', '罕见地', '罕見地'],
  ]),
].join('|');

const ZH_ADVERBIALS = `(?:\\s*(?:${ZH_ADVERBIAL}))*\\s*`;
/** After a mention, before its verb: a title, then adverbials. */
const ZH_GAP = new RegExp(`^\\s*(?<title>${alternation(ZH_TITLES)})?${ZH_ADVERBIALS}$`, 'u');
const ZH_ONLY_ADVERBIALS = new RegExp(`^${ZH_ADVERBIALS}$`, 'u');
/** He or she (not 其他, "other"), before the verb. */
const ZH_PRONOUN = new RegExp(`(?:^|[^其吉利])(?<pronoun>[他她])(?<plural>[们們])?${ZH_ADVERBIALS}$`, 'du');
/** "According to" opening a clause: 据塔斯社报道, 據佩斯科夫稱. */
const ZH_ACCORDING = /^(?:根据|根據|依据|依據|据|據)/u;
/**
 * Right before a mention, a word that makes it an object, not the subject: 对金正恩表示, 普京和金正恩. (Not 使, 令 or
 * 将, which end the titles 大使, 司令, 上将.)
 */
const ZH_OBJECT_BEFORE = /[对對向跟同给給与與和及被把让讓]/u;
/** Right before a quotation, words that make it a name: 所谓「…」, 称为「…」. */
const ZH_NAMING =
  /(?:所谓|所謂|称为|稱為|稱爲|称之为|稱之為|称作|稱作|名为|名為|题为|題為|叫做|号称|號稱|代号|代號|俗称|俗稱|简称|簡稱|名叫)\s*$/u;
/** What ends a clause for the cues. */
const ZH_BOUNDARY = /[，,、；;：:！!？?。\n\uE000()（）]/u;

const ZH_VERB_SCAN = new RegExp(
  `(?:${alternation(ZH_NOT_VERBS)})|(?<core>${alternation(ZH_VERBS)})(?:${alternation(ZH_VERBS)}|道)?`,
  'gu',
);

/** Reporting verbs in [from, to), in order; none inside a mention. */
function zhVerbs(f: Finder, from: number, to: number): VerbHit[] {
  const text = f.masked.slice(from, to);
  const out: VerbHit[] = [];
  ZH_VERB_SCAN.lastIndex = 0;
  for (let m = ZH_VERB_SCAN.exec(text); m !== null; m = ZH_VERB_SCAN.exec(text)) {
    const core = m.groups?.core;
    if (!core) continue;
    const start = from + m.index;
    const around = f.mentions[floorIndex(f.mentionStarts, start)];
    if (around && start < around.end) continue;
    out.push({ start, end: start + m[0].length, text: m[0], core, inverted: false });
  }
  return out;
}

/** The start of the clause `pos` stands in: after the last punctuation before it, not before `floor`. */
function zhClauseStart(f: Finder, floor: number, pos: number): number {
  let i = pos;
  while (i > floor && pos - i < 200 && !ZH_BOUNDARY.test(f.masked[i - 1] as string)) i--;
  return i;
}

/**
 * The subject of the verb at `verbStart`, in its clause from `from`: the mention that ends right before it, past a
 * title and adverbials ("普京在会谈中表示", "普京总统说"), not one inside an adverbial ("普京对金正恩表示"); the source
 * of a clause that opens with "according to" ("据佩斯科夫称"); or 他/她.
 */
function zhSubject(f: Finder, from: number, verbStart: number): NativeSubject {
  const { masked } = f;
  const lead = f.skipSpaces(from, verbStart);
  const according = ZH_ACCORDING.test(masked.slice(lead, lead + 2));
  for (let i = floorIndex(f.mentionStarts, verbStart - 1); i >= 0; i--) {
    const m = f.mentions[i] as SpeakerMention;
    if (m.start < from) break;
    if (m.end > verbStart) continue;
    const gap = ZH_GAP.exec(masked.slice(m.end, verbStart));
    if (!gap || (gap.groups?.title && m.type !== 'person')) continue;
    if (according) return f.isSpeaker(m) ? { kind: 'according', mention: m, start: lead, end: verbStart } : NATIVE_NONE;
    if (ZH_OBJECT_BEFORE.test(masked[m.start - 1] ?? '')) continue;
    // The last of a list ("普京、金正恩表示"): no one speaker.
    if (!f.isSpeaker(m) || masked[m.start - 1] === '、') return NATIVE_NONE;
    return { kind: 'speaker', mention: m, start: m.start, end: verbStart };
  }
  const before = masked.slice(from, verbStart);
  if (!according && ZH_ONLY_ADVERBIALS.test(before)) return { kind: 'coordinated' };
  const pronoun = according ? null : ZH_PRONOUN.exec(before);
  const at = pronoun?.indices?.groups?.pronoun;
  if (!at || pronoun?.groups?.plural) return NATIVE_NONE;
  return { kind: 'pronoun', start: from + at[0], end: verbStart };
}

/** The subject's words run on to the verb's end in the cue. */
const withVerb = (subject: NativeSubject, verb: VerbHit): NativeSubject =>
  subject.kind === 'speaker' || subject.kind === 'according' || subject.kind === 'pronoun'
    ? { ...subject, end: verb.end }
    : subject;

/** After the closing mark: 「…」，普京说。 “……”普京强调。 「…」，据塔斯社报道。 「…」他说。 */
function zhAfterQuote(f: Finder, pair: Pair): Outcome {
  const { masked, body } = f;
  const paragraphEnd = f.paragraphEnd(f.paragraphOf(pair.close));
  const lead = /^[ \t\u00a0]*[，,]?[ \t\u00a0]*/u.exec(masked.slice(pair.close + 1, pair.close + 12));
  const j = pair.close + 1 + (lead?.[0].length ?? 0);
  let end = j;
  while (end < paragraphEnd && end - j < 40 && !ZH_BOUNDARY.test(masked[end] as string)) end++;
  const clauseEnd = f.trimBack(end, j);
  // A verb right before a colon or another quotation introduces that one: 「…」普京说：「…」.
  if (clauseEnd <= j || (end < paragraphEnd && !/[，,、；;！!？?。]/u.test(masked[end] as string))) return undefined;
  // A quotation that ends its sentence takes a cue that is a sentence of its own: 「…。」普京说。
  const closed = /[。！？.!?]$/u.test(body.slice(pair.open + 1, pair.close).trimEnd());
  if (closed && end < paragraphEnd && !/[。！？!?]/u.test(masked[end] as string)) return undefined;
  const verb = zhVerbs(f, j, clauseEnd).at(-1);
  if (!verb || verb.end !== clauseEnd) return undefined;
  const subject = zhSubject(f, j, verb.start);
  // Words before the verb that are no linked speaker and no more than a subject ("一名官员说") give none.
  if (subject.kind === 'none' || subject.kind === 'coordinated') return verb.start - j <= 16 ? NONE : undefined;
  return nativeOutcome(f, withVerb(subject, verb), verb, 'after-quote', pair.open, end);
}

/**
 * Before the opening mark, within its sentence: a name and a colon (普京：「…」), or the last reporting verb and its
 * subject (普京表示：「…」, 佩斯科夫在记者会上称「…」, 陈家伟认为，条约让普京得到了「…」, 据佩斯科夫称，「…」).
 */
function zhBeforeQuote(f: Finder, pair: Pair): Outcome {
  const { masked } = f;
  const floor = Math.max(f.sentenceStart(pair.open), pair.open - LOOK_BACK);
  const end = f.trimBack(pair.open, floor);
  if (end <= floor) return undefined;
  if (/[：:]/u.test(masked[end - 1] as string)) {
    const e = f.trimBack(end - 1, floor);
    const from = zhClauseStart(f, floor, e);
    for (let i = floorIndex(f.mentionStarts, e - 1); i >= 0; i--) {
      const m = f.mentions[i] as SpeakerMention;
      if (m.start < from) break;
      const gap = /^\s*(?<title>\S*)$/u.exec(masked.slice(m.end, e));
      const title = gap?.groups?.title ?? '';
      if (!gap || (title !== '' && (m.type !== 'person' || !ZH_TITLES.includes(title)))) continue;
      if (!f.isSpeaker(m) || ZH_OBJECT_BEFORE.test(masked[m.start - 1] ?? '')) break;
      if (zhVerbs(f, from, m.start).length > 0) break;
      return { speaker: m, attribution: 'colon', verb: null, cueStart: m.start, cueEnd: end };
    }
  }
  const verbs = zhVerbs(f, floor, end);
  for (let k = verbs.length - 1; k >= 0; k--) {
    const verb = verbs[k] as VerbHit;
    const subject = zhSubject(f, zhClauseStart(f, floor, verb.start), verb.start);
    if (subject.kind === 'coordinated') continue;
    return nativeOutcome(f, withVerb(subject, verb), verb, 'before-quote', pair.open);
  }
  return verbs.length > 0 ? NONE : undefined;
}

/** Reported speech in one sentence: "<speaker>表示，<clause>。" or "<clause>，<speaker>表示。" */
function zhReported(f: Finder, start: number, end: number): FoundQuotation | null {
  const { masked, body } = f;
  const sentence = masked.slice(start, end);
  if (/[\uE000‘’'"]/u.test(sentence) || DOUBLE_MARKS.test(sentence)) return null;
  let stop = end;
  while (stop > start && /[\s。！!…]/u.test(masked[stop - 1] as string)) stop--;
  if (stop <= start || /[？?]/u.test(masked[stop - 1] as string)) return null;
  const verbs = zhVerbs(f, start, stop);
  const reported = (from: number, to: number, subject: NativeSubject, verb: VerbHit, after: boolean) => {
    if (subject.kind !== 'speaker' && subject.kind !== 'according') return null;
    const s = f.skipSpaces(from, to);
    const e = f.trimBack(to, s);
    if (countWords(body.slice(s, e)) < 3) return null;
    const according = subject.kind === 'according';
    const found: FoundQuotation = {
      text: body.slice(s, e),
      start: s,
      end: e,
      kind: 'reported',
      speaker: speakerOf(subject.mention),
      attribution: according ? 'according-to' : after ? 'after-quote' : 'before-quote',
      verb: according ? null : verb.text,
      cue: body.slice(subject.start, verb.end),
    };
    return found;
  };
  // The first verb a comma or colon follows: its subject said what comes after.
  const first = verbs.find((v) => /[，,：:]/u.test(masked[v.end] ?? ''));
  if (first && ZH_CLAUSE_VERBS.has(first.core)) {
    const subject = zhSubject(f, zhClauseStart(f, start, first.start), first.start);
    const found = reported(first.end + 1, stop, subject, first, false);
    if (found) return found;
  }
  // The verb ends the sentence, in a clause of its own after a comma.
  const last = verbs.at(-1);
  if (!last || last.end !== stop || !ZH_CLAUSE_VERBS.has(last.core)) return null;
  const from = zhClauseStart(f, start, last.start);
  if (from <= start || !/[，,]/u.test(masked[from - 1] as string)) return null;
  return reported(start, from - 1, zhSubject(f, from, last.start), last, true);
}

// Korean.

/** After a closing mark: the endings that quote (“…”고, “…”라고, “…”이라며). */
const KO_QUOTATIVE = /^(?:이라고|라고|고|이라며|라며|며|이라면서|라면서|면서)(?![\p{L}\p{N}])/u;
/** Of those, the ones that report by themselves ("saying"): no verb need follow. */
const KO_SAYING = /(?:며|면서)$/u;

/** A verb of the 하다 kind: 말했다, 강조했다; with no noun, 했다 ("“…”라고 했다"). */
const KO_HADA = [
  ...['말', '말씀', '강조', '주장', '지적', '경고', '설명', '언급', '발표', '전', '보도', '역설', '비판', '촉구', '답'],
  ...['답변', '평가', '분석', '토로', '호소', '당부', '반박', '선언', '단언', '부연', '약속', '다짐', '전망', '비난'],
  ...['표명', '소개', '질문', '반문', '해명', '시사', '자평', '부인', '확인', '발언', '회고'],
];
/** The past stem and the present one: the finite, polite, -고, -며 and -면서 forms. */
const koForms = (past: string, present: string) => [
  `${past}다`,
  `${past}습니다`,
  `${past}고`,
  `${past}으며`,
  `${present}며`,
  `${present}면서`,
];
const KO_VERBS = [
  ...koForms('했', '하'),
  ...KO_HADA.flatMap((n) => [...koForms(`${n}했`, `${n}하`), `${n}한다`, `${n}합니다`]),
  ...koForms('밝혔', '밝히'),
  ...['밝힌다', '밝힙니다'],
  ...koForms('덧붙였', '덧붙이'),
  ...koForms('알렸', '알리'),
  ...koForms('적었', '적으'),
  ...koForms('물었', '물으'),
  ...koForms('꼬집었', '꼬집으'),
  ...koForms('외쳤', '외치'),
  ...koForms('썼', '쓰'),
];
const KO_VERB = new RegExp(`^(?:${alternation(KO_VERBS)})$`, 'u');
/** The forms that end a sentence. */
const KO_FINITE = new RegExp(`^(?:${alternation(KO_VERBS.filter((v) => /(?:다|니다)$/u.test(v)))})$`, 'u');

/** Subject and topic particles, longest first. */
const KO_SUBJECT = ['께서는', '께서도', '께서', '은', '는', '이', '가', '도'];
/** Topic particles: a topic before a subordinate clause is still the subject of the sentence, a subject is not. */
const KO_TOPIC = ['께서는', '은', '는'];
/** Where a subordinate clause ends (…떠난 뒤, …도착하자,): a subject before it is that clause's. */
const KO_SUBORDINATE =
  /(?:^(?:뒤|후|뒤에|후에|가운데|때|동안|직후|이후|직전|반면)|[,，]|(?:자|면|면서|며|는데|지만|니까|어서|아서|해서))$/u;
/** Titles, and descriptions of a speaker, that follow a name: 푸틴 대통령은, 페스코프 크렘린궁 대변인은, 한 소식통은. */
const KO_TITLES = [
  ...['대통령', '부통령', '위원장', '장관', '차관', '대변인', '총리', '주석', '총비서', '비서관', '비서', '실장'],
  ...['원장', '국장', '부장', '청장', '처장', '대사', '의원', '위원', '교수', '박사', '총장', '수석', '외무상'],
  ...['국방상', '여사', '기자', '특파원', '회장', '사장', '대표', '총재', '의장', '지사', '시장', '단장', '소장'],
  ...['연구원', '사령관', '장군', '국왕', '서기장', '관리', '관계자', '당국자', '소식통', '전문가', '정상', '씨'],
];
const KO_TITLE = new RegExp(`^\\p{Script=Hangul}*(?:${alternation(KO_TITLES)})$`, 'u');
/** Titles that are someone's: after another title they name another person (푸틴 대통령 대변인, Putin's spokesman). */
const KO_RELATIONAL = /(?:대변인|비서|비서관|보좌관|고문|특사|측근|대리인|변호인|부인)$/u;
const KO_PERSON_PRONOUNS = new Set(['그', '그녀']);
const KO_PLURALS = new Set(['그들', '이들', '우리', '저희', '양측', '양국']);
/** A word between a name and its title that is no plain noun: it ends in a particle or a verb ending. */
const KO_NOT_NOUN = /(?:의|을|를|에|에서|에게|와|과|로|으로|은|는|이|가|도|만|고|며|서|면|자|던|한|된|인)$/u;
/** Words between a subject, a quotation and the verb: when, where, to whom (20일, 이날, 회견에서, 기자들에게). */
const KO_ADVERBIAL =
  /^(?:\d+일|이날|전날|당일|또|또한|이어|거듭|재차|다시|앞서|특히|직접|분명히|최근|아울러|한편|그러면서|이에|함께|통해|공개적으로|강하게|[\p{Script=Hangul}\p{N}]+(?:에서|에게|에|께|으로|로))$/u;
/** Words that may open a sentence whose subject is left out ("이어 “…”고 말했다"), and quotations before. */
const KO_OPENER = /^(?:이어|이어서|또|또한|그러면서|아울러|이에|한편|특히|그리고|다만|이날|앞서|\d+일|\uE000+[,，]?)$/u;
/** The last word of a reported clause: …된다고, …아니라고. */
const KO_CLAUSE_END = /(?:다|라|냐|자)고$/u;

interface Token {
  start: number;
  end: number;
  text: string;
}

function koTokens(f: Finder, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = /\S+/gu;
  const text = f.masked.slice(from, to);
  for (let m = re.exec(text); m !== null; m = re.exec(text))
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  return out;
}

/** A word with its final punctuation cut off: "말했다." gives "말했다". */
const koWord = (token: Token) => token.text.replace(/[.,!?…"”’')\]]+$/u, '');

/**
 * The phrase that token `k` ends with one of `endings` (a particle): a mention and the particle (김정은은,
 * 조선중앙통신이), a title after a name (푸틴 대통령은, 드미트리 페스코프 크렘린궁 대변인은), or a pronoun (그는).
 * A title with no linked person before it is an unlinked name or a description: none. Null when the word is no
 * such phrase.
 */
function koPhrase(f: Finder, tokens: readonly Token[], k: number, endings: readonly string[]): NativeSubject | null {
  const phrase = koPhraseAt(f, tokens, k, endings);
  if (phrase?.kind !== 'speaker') return phrase;
  // The second of two ("푸틴 대통령과 김정은 위원장은"): no one speaker.
  const before = tokens[tokenAt(tokens, phrase.start) - 1];
  if (!before) return phrase;
  const and = KO_AND.exec(before.text);
  const joined =
    before.text === '및' ||
    (and !== null && (f.byEnd.has(before.end - and[0].length) || KO_TITLE.test(before.text.slice(0, and.index))));
  return joined ? NATIVE_NONE : phrase;
}

function koPhraseAt(f: Finder, tokens: readonly Token[], k: number, endings: readonly string[]): NativeSubject | null {
  const token = tokens[k] as Token;
  const m = f.mentions[floorIndex(f.mentionStarts, token.end - 1)];
  if (m && m.end > token.start && m.end <= token.end) {
    if (!endings.includes(f.masked.slice(m.end, token.end))) return null;
    return f.isSpeaker(m) ? { kind: 'speaker', mention: m, start: m.start, end: token.end } : NATIVE_NONE;
  }
  const ending = endings.find((e) => token.text.endsWith(e) && token.text.length > e.length);
  if (!ending) return null;
  const stem = token.text.slice(0, -ending.length);
  if (KO_PERSON_PRONOUNS.has(stem)) return { kind: 'pronoun', start: token.start, end: token.end };
  if (KO_PLURALS.has(stem)) return NATIVE_NONE;
  if (!KO_TITLE.test(stem)) return null;
  const relational = KO_RELATIONAL.test(stem);
  for (let i = k - 1; i >= Math.max(0, k - 4); i--) {
    const t = tokens[i] as Token;
    const named = f.byEnd.get(t.end);
    if (named) {
      if (named.type === 'person') return { kind: 'speaker', mention: named, start: named.start, end: token.end };
      while (i > 0 && (tokens[i] as Token).start > named.start) i--;
      continue;
    }
    if (!/^[\p{Script=Hangul}\p{N}·-]+$/u.test(t.text) || KO_NOT_NOUN.test(t.text)) break;
    if (relational && KO_TITLE.test(t.text)) break;
  }
  return NATIVE_NONE;
}

/** The ending that joins a name or a title to the next one: 푸틴 대통령과 김정은 위원장. */
const KO_AND = /(?:과|와|하고)$/u;

/** The index of the token that holds `pos`. */
const tokenAt = (tokens: readonly Token[], pos: number) => tokens.findIndex((t) => t.start <= pos && pos < t.end);

/**
 * A quotation and a quotative ending, then the reporting verb: the subject between them (“…”고 푸틴 대통령이
 * 말했다), else the nearest subject before the quotation in its sentence (푸틴 대통령은 회담에서 “…”고 말했다), else
 * "…에 따르면" (according to), else the person the text was speaking of when the quotation opens its sentence.
 */
function koreanCue(f: Finder, pair: Pair): Outcome {
  const { masked } = f;
  const paragraphEnd = f.paragraphEnd(f.paragraphOf(pair.close));
  const after = pair.close + 1;
  const quotative = KO_QUOTATIVE.exec(masked.slice(after, Math.min(paragraphEnd, after + 8)));
  if (!quotative) return undefined;
  const tokens = koTokens(f, after + quotative[0].length, Math.min(paragraphEnd, after + 160));
  let at = -1;
  for (let k = 0; k < Math.min(tokens.length, 8); k++) {
    const token = tokens[k] as Token;
    const word = koWord(token);
    if (token.text.includes('\uE000')) break;
    if (KO_VERB.test(word)) {
      at = k;
      break;
    }
    if (word !== token.text) break;
  }
  let verb: VerbHit;
  if (at !== -1) {
    const token = tokens[at] as Token;
    const text = koWord(token);
    verb = { start: token.start, end: token.start + text.length, text, core: text, inverted: false };
  } else if (KO_SAYING.test(quotative[0])) {
    const text = quotative[0];
    verb = { start: after, end: after + text.length, text, core: text, inverted: false };
  } else return undefined;
  const tail = verb.end;
  const between = at === -1 ? [] : tokens.slice(0, at);
  for (let k = between.length - 1; k >= 0; k--) {
    if (KO_ADVERBIAL.test((between[k] as Token).text)) continue;
    const subject = koPhrase(f, between, k, KO_SUBJECT);
    if (!subject) return undefined;
    if (subject.kind === 'speaker' || subject.kind === 'pronoun') {
      const first = tokenAt(between, subject.start);
      if (first === -1 || between.slice(0, first).some((t) => !KO_ADVERBIAL.test(t.text))) return undefined;
    }
    return nativeOutcome(f, withVerb(subject, verb), verb, 'after-quote', pair.open, tail);
  }
  return koBeforeQuote(f, pair, verb, tail);
}

/** The subject before the quotation, for a verb after it. The cue is the subject's words (푸틴 대통령은). */
function koBeforeQuote(f: Finder, pair: Pair, verb: VerbHit, tail: number): Outcome {
  const floor = Math.max(f.sentenceStart(pair.open), pair.open - LOOK_BACK);
  const tokens = koTokens(f, floor, pair.open);
  let adjacent = true;
  let subordinate = false;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const token = tokens[k] as Token;
    if (token.text.includes('\uE000')) {
      adjacent = false;
      continue;
    }
    const subject = koPhrase(f, tokens, k, subordinate ? KO_TOPIC : KO_SUBJECT);
    if (subject) return nativeOutcome(f, subject, verb, 'before-quote', pair.open, tail);
    const adverbial = KO_ADVERBIAL.test(token.text);
    // A topic nothing links right before the quotation (한국 정부는 “…”, 이 조약은 “…”): no subject further back.
    if (adjacent && !adverbial && /[은는]$/u.test(token.text)) break;
    adjacent &&= adverbial;
    subordinate ||= KO_SUBORDINATE.test(token.text);
  }
  for (let k = tokens.length - 1; k > 0; k--) {
    if (!/^(?:따르면|의하면),?$/u.test((tokens[k] as Token).text)) continue;
    const source = koPhrase(f, tokens, k - 1, ['에']);
    if (source?.kind !== 'speaker') return NONE;
    const end = (tokens[k] as Token).start + koWord(tokens[k] as Token).length;
    return {
      speaker: source.mention,
      attribution: 'according-to',
      verb: null,
      cueStart: source.start,
      cueEnd: end,
      tail,
    };
  }
  if (tokens.every((t) => KO_OPENER.test(t.text)))
    return f.pronoun('person', pair.open, verb.start, verb.end, verb, tail);
  return undefined;
}

/** Korean single marks around a term or a name with a particle after them (‘…’은, ‘…’이라는): no quotation. */
function koreanTerm(body: string, pair: Pair): boolean {
  return (
    /[‘']/u.test(body[pair.open] as string) &&
    isHangul(body[pair.close + 1]) &&
    !KO_QUOTATIVE.test(body.slice(pair.close + 1, pair.close + 8))
  );
}

/**
 * Reported speech in one sentence, the reported clause ending in …다고 / …라고 and the verb ending the sentence:
 * "<subject> <clause>고 밝혔다." with the subject opening the sentence, or "<clause>고 <subject> 보도했다."
 */
function koReported(f: Finder, start: number, end: number): FoundQuotation | null {
  const { masked, body } = f;
  // Terms in single marks may stand in the clause; quotations may not.
  for (let i = Math.max(0, floorIndex(f.pairStarts, start - 1) + 1); i < f.pairs.length; i++) {
    const pair = f.pairs[i] as Pair;
    if (pair.open >= end) break;
    if (!koreanTerm(body, pair)) return null;
  }
  if (DOUBLE_MARKS.test(masked.slice(start, end)) || /[‘’'"]/u.test(masked.slice(start, end))) return null;
  const tokens = koTokens(f, start, end);
  const last = tokens.at(-1);
  if (!last || !KO_FINITE.test(koWord(last)) || /[?？]$/u.test(last.text)) return null;
  const verbText = koWord(last);
  const verbEnd = last.start + verbText.length;
  let k = tokens.length - 2;
  while (k >= 0 && KO_ADVERBIAL.test((tokens[k] as Token).text)) k--;
  let subject: NativeSubject | null = null;
  if (k >= 0 && !KO_CLAUSE_END.test((tokens[k] as Token).text)) {
    // "…했다고 조선중앙통신이 20일 보도했다": the subject after the clause.
    subject = koPhrase(f, tokens, k, KO_SUBJECT);
    if (subject?.kind !== 'speaker') return null;
    k = tokenAt(tokens, subject.start) - 1;
    while (k >= 0 && KO_ADVERBIAL.test((tokens[k] as Token).text)) k--;
  }
  const clauseEnd = tokens[k];
  if (!clauseEnd || !KO_CLAUSE_END.test(clauseEnd.text)) return null;
  let from = start;
  if (!subject) {
    // The subject opens the sentence, after words like 한편 or 20일 at most.
    for (let i = 0; i < k && !subject; i++) {
      subject = koPhrase(f, tokens, i, KO_SUBJECT);
      if (subject === null) continue;
      if (subject.kind !== 'speaker') return null;
      const first = tokenAt(tokens, subject.start);
      if (tokens.slice(0, first).some((t) => !KO_OPENER.test(t.text))) return null;
      from = (tokens[i] as Token).end;
    }
    if (subject?.kind !== 'speaker') return null;
  }
  const s = f.skipSpaces(from, clauseEnd.end);
  const e = clauseEnd.end - 1;
  if (subject.kind !== 'speaker' || countWords(body.slice(s, e)) < 3) return null;
  const before = from !== start;
  return {
    text: body.slice(s, e),
    start: s,
    end: e,
    kind: 'reported',
    speaker: speakerOf(subject.mention),
    attribution: before ? 'before-quote' : 'after-quote',
    verb: verbText,
    cue: before ? body.slice(subject.start, subject.end) : body.slice(subject.start, verbEnd),
  };
}

/** The cue of a quotation in the page's own language, when it has one here. */
function nativeCue(f: Finder, natives: readonly Native[], pair: Pair): Outcome {
  for (const native of natives) {
    const outcome = native === 'zh' ? (zhAfterQuote(f, pair) ?? zhBeforeQuote(f, pair)) : koreanCue(f, pair);
    if (outcome !== undefined) return outcome;
  }
  return undefined;
}

function nativeReported(f: Finder, natives: readonly Native[], start: number, end: number): FoundQuotation | null {
  for (const native of natives) {
    const found = native === 'zh' ? zhReported(f, start, end) : koReported(f, start, end);
    if (found) return found;
  }
  return null;
}

/** Between a heading's name and its colon: nothing, or a dash and whom it was said to ("— журналистам", "to reporters"). */
const HEADING_TAIL = /^\s*(?:(?:[—–]|-(?=\s)|(?:to|à|a|an|для)(?![\p{L}]))\s*\p{L}+(?:\s+\p{L}+)?)?\s*$/u;

/** Third-person pronouns that say a gender; German "sie" is also "they", and stays out. */
const PRONOUN_GENDER = new Map<string, Gender>([
  ...['he', 'him', 'his', 'il', 'lui', 'él', 'er', 'sein', 'seine', 'seinen', 'он', 'его', 'него'].map(
    (w): [string, Gender] => [w, 'male'],
  ),
  ...['she', 'her', 'elle', 'ella', 'ihr', 'ihre', 'ihren', 'она', 'ее', 'её', 'нее', 'неё'].map(
    (w): [string, Gender] => [w, 'female'],
  ),
]);

/** The opening of a sentence that points back to the words quoted before it, before its verb and speaker. */
const POINTING_BACK =
  /^(?:c['’]est (?:en ces termes|ainsi|avec ces mots|par ces mots|ce) qu(?:e\s+|['’])|об этом\s+|так\s+(?=\p{Ll})|that(?: was|'s) how\s+|those were the words of\s+(?=\p{Lu}))/iu;

/** A pronoun set off by commas after its subject, to stress it: "M. Peskov, lui, avait déclaré". */
const EMPHATIC = /^\s*(?:lui|elle|eux|lui-même|elle-même|himself|herself|сам|сама)\s*$/iu;

/** A list item's marker at the start of its paragraph: a dash, a bullet, a number. */
const LIST_MARKER = /^[^\S\n]*(?:[—–•·▪▸►*]|-(?=\s)|\d{1,2}[.)])[^\S\n]+/u;

/**
 * Right before a word that is then a noun, not a verb: a possessive, an article, perhaps with a word of order or time
 * ("Putin’s answers", "the answers", "the first reports").
 */
const NOUN_BEFORE =
  /(?:(?<=\p{L})['’]s|(?<![\p{L}'’])(?:his|their|its|our|my|your|the|a|an))(?:[^\S\n]+(?:first|latest|initial|early|earlier|recent|previous|last|new|further|other|such))?[^\S\n]+$/iu;

/** Possessive determiners: quoted words after one, in a reporting verb's clause, are the owner's words. */
const POSSESSIVES = new Set(
  `his her its their son sa ses leur leurs su sus sein seine seinen seiner ihr ihre ihren ihrer свой свою своей своё
    своем его её ее их suo sua seu`.split(/\s+/u),
);

/**
 * A few words quoted mid-sentence, in lower case, as news quotes a phrase of a statement or a treaty ("without
 * delay", «незамедлительно»): a quotation even when the text names no one who said it. A capitalised word or two is
 * more often a name in quotation marks («Роснефть», "Juche"), and words after a determiner a term ("the “special
 * operation”"): neither is kept without a speaker.
 */
function fragment(text: string): boolean {
  return /^\p{Ll}/u.test(text) && !/[.!?…]$/u.test(text);
}

/** Title case with no sentence punctuation: the name of a work ("Gone With the Wind"), not something said. */
function looksLikeTitle(text: string, language: string | null): boolean {
  if (language !== null && !['en', 'fr', 'es', 'it', 'pt'].includes(language.toLowerCase().slice(0, 2))) return false;
  if (/[.!?,;:…]$/u.test(text)) return false;
  const significant = (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).filter((w) => w.length >= 4);
  return significant.length >= 2 && significant.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/**
 * The quotations in a body: direct ones (quoted words, at least three of them or attributed) and unambiguous
 * reported speech, each with the mention it is attributed to. `mentions` may include places and countries: they are
 * never speakers, but tell the finder that a capitalised word before a verb is not an unlinked person.
 */
export function findQuotations(
  body: string,
  language: string | null,
  mentions: readonly SpeakerMention[],
  describe?: (id: string) => string | null | undefined,
): FoundQuotation[] {
  return quotationsIn(body, language, mentions, describe, false);
}

/**
 * The quotations of `body`; `inner` when body is the words of a quotation, whose own quotations are attributed by
 * those words alone ("Elle m'a dit : “…”", "Putin called it a “breakthrough document”"): no reported speech,
 * interview or transcript is read inside them.
 */
function quotationsIn(
  body: string,
  language: string | null,
  mentions: readonly SpeakerMention[],
  describe: ((id: string) => string | null | undefined) | undefined,
  inner: boolean,
): FoundQuotation[] {
  const lexicon = lexiconFor(language);
  const natives = nativesOf(language);
  const pairs = splitAtIncises(body, pairMarks(body), lexicon.verb);
  const finder = new Finder(body, lexicon, mentions, pairs, describe);
  const found: FoundQuotation[] = [];
  // The attributed quotation just before, while nothing but its cue separates it from the next.
  const previous: { attributed: Attributed | null; paragraph: number } = { attributed: null, paragraph: -1 };

  for (const pair of pairs) {
    let start = pair.open + 1;
    let end = pair.close;
    while (start < end && /\s/u.test(body[start] as string)) start++;
    while (end > start && /\s/u.test(body[end - 1] as string)) end--;
    const paragraph = finder.paragraphOf(pair.open);
    if (start >= end) continue;
    let outcome = nativeCue(finder, natives, pair);
    let according: Outcome;
    if (outcome === undefined) {
      const after = finder.afterQuote(pair);
      outcome = after.outcome;
      if (outcome === undefined) {
        const before = finder.beforeQuote(pair);
        outcome = before.outcome;
        according = after.according ?? before.according;
      }
    }
    // A line signing the quoted words names their speaker before any quotation they might go on from does.
    if (outcome === undefined)
      outcome =
        according ?? finder.closingCue(pair) ?? finder.nextSentenceCue(pair) ?? finder.signedAfter(pair) ?? undefined;
    const prior =
      previous.paragraph === paragraph || previous.paragraph === finder.paragraphBefore(paragraph)
        ? previous.attributed
        : null;
    if (
      outcome === undefined &&
      prior?.speaker &&
      prior.tail !== undefined &&
      finder.goesOn(prior.tail, pair, prior.speaker)
    ) {
      outcome = { ...prior, tail: pair.close + 1 };
    }
    if (outcome === undefined) outcome = finder.introducedBefore(pair) ?? undefined;
    const attributed: Attributed | null = outcome === NONE || outcome === undefined ? null : outcome;
    const text = body.slice(start, end);
    if (!attributed) {
      const naming =
        lexicon.naming.test(finder.masked.slice(Math.max(0, pair.open - 40), pair.open)) ||
        ZH_NAMING.test(finder.masked.slice(Math.max(0, pair.open - 8), pair.open)) ||
        koreanTerm(body, pair);
      const term = finder.determinerBefore(pair.open) && !finder.ownWords(pair.open);
      const short = countWords(text) < 3 && (!fragment(text) || term);
      if (short || naming || looksLikeTitle(text, language)) {
        previous.attributed = null;
        continue;
      }
    }
    for (const [from, to] of paragraphParts(body, start, end)) found.push(directQuotation(body, from, to, attributed));
    previous.attributed = attributed && { ...attributed, tail: attributed.tail ?? pair.close + 1 };
    previous.paragraph = finder.paragraphOf(pair.close);
  }

  for (let i = 0; i < (inner ? 0 : finder.sentences.length); i++) {
    const s = finder.sentences[i] as number;
    const e = finder.sentenceEnd(s);
    const speech = e > s ? (finder.reported(s, e) ?? nativeReported(finder, natives, s, e)) : null;
    if (speech) found.push(speech);
  }

  found.sort((a, b) => a.start - b.start);
  const out: FoundQuotation[] = [];
  for (const q of found) {
    const last = out.at(-1);
    if (!last || q.start >= last.end) out.push(q);
  }
  const quoted = out.flatMap((q) => (q.kind === 'direct' ? quotedWithin(q, language, mentions, describe) : []));
  if (inner) return [...out, ...quoted].sort((a, b) => a.start - b.start || b.end - a.end);
  // An interview's answers, a transcript's turns, embedded posts and the parts of a dialogue hold the quotations
  // inside them, which keep their own speakers.
  const answers = interviewAnswers(finder, out);
  const outside = (q: FoundQuotation) => !answers.some((a) => a.start < q.end && q.start < a.end);
  const turns = [...transcriptTurns(finder, out, answers.length > 0), ...posts(finder, out)].filter(outside);
  const spoken = dialogueQuotations(finder, dialogueParagraphs(finder)).filter(
    (q) => outside(q) && !out.some((o) => o.start <= q.start && o.end >= q.end),
  );
  const held = [...answers, ...turns, ...spoken, ...quoted];
  const all = held.length === 0 ? out : [...out, ...held].sort((a, b) => a.start - b.start || b.end - a.end);
  return repeated(all);
}

/** A mark that may open a quotation inside a quotation; a straight single one before a word, not after one. */
const INNER_OPENING = /["“„«‘‚‹]|(?:^|[\s(])'(?=\p{L})/u;

/**
 * The quotations inside quotation `q`, read with `q`'s words as their body and their offsets moved back into the
 * body `q` is in: a quotation that quotes someone else gives their words its own cue ("Elle m'a dit : “…”").
 */
function quotedWithin(
  q: FoundQuotation,
  language: string | null,
  mentions: readonly SpeakerMention[],
  describe: ((id: string) => string | null | undefined) | undefined,
): FoundQuotation[] {
  if (!INNER_OPENING.test(q.text)) return [];
  const shift = (m: SpeakerMention, by: number) => ({ ...m, start: m.start + by, end: m.end + by });
  const within = mentions.filter((m) => m.start >= q.start && m.end <= q.end).map((m) => shift(m, -q.start));
  return quotationsIn(q.text, language, within, describe, true).map((inner) => ({
    ...inner,
    start: inner.start + q.start,
    end: inner.end + q.start,
    speaker: inner.speaker && {
      ...inner.speaker,
      start: inner.speaker.start + q.start,
      end: inner.speaker.end + q.start,
    },
  }));
}

/**
 * The parts of a quotation in [start, end) one per paragraph: a quotation over several paragraphs, in the English
 * convention, reopens its marks on each; each part is the words of its paragraph, without the mark that reopens it.
 */
function paragraphParts(body: string, start: number, end: number): [number, number][] {
  const parts: [number, number][] = [];
  let from = start;
  for (let nl = body.indexOf('\n', from); nl !== -1 && nl < end; nl = body.indexOf('\n', from)) {
    let to = nl;
    while (to > from && /\s/u.test(body[to - 1] as string)) to--;
    if (to > from) parts.push([from, to]);
    from = nextVisible(body, nl);
    if (from < end && /["'“‘«»„‚‹›]/u.test(body[from] as string)) from = nextVisible(body, from + 1);
  }
  if (end > from) parts.push([from, end]);
  return parts;
}

/** Folded words, for comparing quoted words wherever they are quoted. */
const foldedWords = (text: string) => text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** How many words a quotation quoted again may leave out of the one it repeats ("Formalities matter to Pyongyang"). */
const REPEAT_GAP = 2;

/** True when `words` stand in `within` in order, with no more than REPEAT_GAP words left out between them. */
function repeats(words: readonly string[], within: readonly string[]): boolean {
  for (let i = 0; i + words.length <= within.length; i++) {
    if (within[i] !== words[0]) continue;
    let k = 1;
    let gap = 0;
    for (let j = i + 1; j < within.length && k < words.length && gap <= REPEAT_GAP; j++) {
      if (within[j] === words[k]) k++;
      else gap++;
    }
    if (k === words.length && gap <= REPEAT_GAP) return true;
  }
  return false;
}

/**
 * A direct quotation with no speaker whose words another direct quotation of the page gives with its speaker: a
 * heading, a standfirst or a pull quote repeats words the text attributes ("‘It feels like the war never ended’" over
 * "‘It feels like the war never ended. Maybe it didn’t,’ Mrs Oh said"). Three words at least, one speaker only, and
 * quoted apart from each other.
 */
function repeated(found: FoundQuotation[]): FoundQuotation[] {
  const attributed = found
    .filter((q) => q.kind === 'direct' && q.speaker)
    .map((q) => ({ q, words: foldedWords(q.text) }));
  if (attributed.length === 0) return found;
  return found.map((q) => {
    if (q.kind !== 'direct' || q.speaker) return q;
    const words = foldedWords(q.text);
    if (words.length < 3) return q;
    // Not the quotation that holds it, a turn or an answer: words quoted inside someone's are not theirs.
    const apart = (a: FoundQuotation) => a.end <= q.start || q.end <= a.start;
    // Its words stand in the other, or the other's make up half of it at least ("« Il ne faut ni dramatiser ni
    // minimiser »" over "il ne faut « ni dramatiser ni minimiser »").
    const holds = (a: { words: readonly string[] }) => a.words.length * 2 >= words.length && repeats(a.words, words);
    const sources = attributed.filter((a) => apart(a.q) && (repeats(words, a.words) || holds(a)));
    const speakers = new Set(sources.map((a) => a.q.speaker?.entityId));
    const source = sources[0]?.q;
    if (!source || speakers.size !== 1) return q;
    return { ...q, speaker: source.speaker, attribution: 'repeated', verb: source.verb, cue: source.cue };
  });
}

/**
 * The turns of a transcript, each a direct quotation of the person its label names ("MR BROOKS: Good afternoon…",
 * "MARC-ANTOINE DELORME : Bonsoir…"; transcript.ts), attributed by the colon after the name; a role's turns with
 * them (`roleTurns`), or alone where three or more make the page a conversation and it is no `interview`.
 */
function transcriptTurns(f: Finder, found: readonly FoundQuotation[], interview: boolean): FoundQuotation[] {
  const out: FoundQuotation[] = [];
  for (const [i, label] of f.labels.entries()) {
    const named = f.mentionsIn(label.nameStart, label.nameEnd).find((m) => m.type === 'person');
    if (!named) continue;
    const spans = turnSpans(f, label.textStart, label.end, f.labels[i + 1]?.start);
    const cue = { cueStart: label.start, cueEnd: f.trimBack(label.textStart, label.start) };
    out.push(...turnQuotations(f, found, spans, { speaker: named, attribution: 'colon', verb: null, ...cue }));
  }
  if (f.labels.length > 0) out.push(...clips(f, found), ...roleTurns(f, found));
  else if (!interview) {
    // A conversation between people the page names only by role ("Мужчина: …", "Женщина: …"): a transcript when at
    // least three turns open so. Not an interview's questions, which the page's answers leave to no one.
    const roles = roleTurns(f, found);
    if (roles.length >= TRANSCRIPT_TURNS) out.push(...roles);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A turn's paragraphs as direct quotations, attributed as given: each with words in it, and not already a quotation
 * found, nor one of someone else's, marks and all.
 */
function turnQuotations(
  f: Finder,
  found: readonly FoundQuotation[],
  spans: readonly { start: number; end: number }[],
  attributed: Attributed | null,
): FoundQuotation[] {
  const out: FoundQuotation[] = [];
  for (const span of spans) {
    const end = f.trimBack(span.end, span.start);
    if (!/\p{L}{2}/u.test(f.body.slice(span.start, end))) continue;
    if (found.some((q) => q.start <= span.start && q.end >= end)) continue;
    if (f.pairs.some((q) => q.open <= span.start && q.close >= end - 1)) continue;
    out.push(directQuotation(f.body, span.start, end, attributed));
  }
  return out;
}

/** A post's author line, as a page embeds a social-media post: a name, a handle, a verification mark. */
const HANDLE_LINE = /^[^\n@]{2,80}?[^\S\n]+@[\p{L}\p{N}_]{2,30}(?:[^\S\n]+[✓✔☑]\uFE0F?)?[^\S\n]*$/u;
/** A thread's counter opening a post: "2/", "3/7". */
const THREAD_COUNTER = /^\d{1,2}\/\d{0,2}[^\S\n]/u;

/**
 * Posts embedded in a page, each the words of the one person or body its author line names ("Olena Marchuk
 * @OMarchuk_UA" over "This was fired at Kharkiv in January. …"): the paragraph after the line, and those after it that
 * a thread's counter opens ("2/ …").
 */
function posts(f: Finder, found: readonly FoundQuotation[]): FoundQuotation[] {
  const out: FoundQuotation[] = [];
  for (let p = 0; p < f.paragraphs.length; p++) {
    const from = f.paragraphs[p] as number;
    const end = f.trimBack(f.paragraphEnd(p), from);
    if (!HANDLE_LINE.test(f.body.slice(from, end))) continue;
    const named = f.mentionsIn(from, f.body.indexOf('@', from)).filter((m) => f.isSpeaker(m));
    const author = named[0];
    if (!author || named.some((m) => m.entityId !== author.entityId)) continue;
    const cue = { cueStart: f.skipSpaces(from, end), cueEnd: end };
    for (let q = f.paragraphAfter(p), first = true; q !== -1; q = f.paragraphAfter(q), first = false) {
      const start = f.skipSpaces(f.paragraphs[q] as number, f.paragraphEnd(q));
      const to = f.trimBack(f.paragraphEnd(q), start);
      const text = f.body.slice(start, to);
      if (HANDLE_LINE.test(text) || !/\p{L}{2}/u.test(text) || (!first && !THREAD_COUNTER.test(text))) break;
      if (found.some((x) => x.start <= start && x.end >= to)) continue;
      out.push(directQuotation(f.body, start, to, { speaker: author, attribution: 'introduced', verb: null, ...cue }));
    }
  }
  return out;
}

/**
 * A turn's paragraphs: the labelled one, from `start` to `end`, and those after it up to the next turn, which opens
 * at `next`; between two labels only (a page's closing lines are no one's turn).
 */
function turnSpans(f: Finder, start: number, end: number, next: number | undefined): { start: number; end: number }[] {
  const spans = [{ start, end }];
  for (let p = f.paragraphAfter(f.paragraphOf(end)); next !== undefined && p !== -1; p = f.paragraphAfter(p)) {
    const from = f.skipSpaces(f.paragraphs[p] as number, f.paragraphEnd(p));
    const to = f.paragraphEnd(p);
    const text = f.body.slice(from, to);
    // The audience's reaction in brackets ("(Applause.)", "(Rires.)") is passed over; another stage direction
    // ("[BEGIN VIDEOTAPE]", "[COMMERCIAL BREAK]") ends the turn, and so does a clip it opens ("[Extrait – Mark
    // Rutte, traduction] Je peux confirmer …").
    if (from < next && REACTION.test(text)) continue;
    if (from >= next || TURN_LABEL.test(text) || STAGE_DIRECTION.test(text) || CLIP.test(text)) break;
    // And a role's label ("UNE ÉTUDIANTE (au premier rang). — …").
    const role = ROLE_TURN.exec(text);
    if ((role && isRoleLabel(role[1] as string)) || RECORD_ROLE_TURN.test(text)) break;
    // So does a heading between the parts of a transcript ("Заявления для прессы", "Questions from the press").
    if (HEADING_LINE.test(text)) break;
    spans.push({ start: from, end: to });
  }
  return spans;
}

/**
 * A paragraph a role's label opens, in a transcript: "Вопрос: …", "The President: …", "QUESTION: …", "UNIDENTIFIED
 * MALE (through translator): …"; or, as a French record writes it, with a full stop and a dash: "UN HOMME (au fond
 * de la salle). — …".
 */
const ROLE_TURN = new RegExp(
  String.raw`^[^\S\n]*${TIME_CODE}((?:\p{Lu}[\p{L}.'’-]*[^\S\n]+){0,2}\p{Lu}[\p{L}.'’-]*)(?:[^\S\n]*\([^()\n]{1,60}\))?(?:[^\S\n]*:|\.[^\S\n]*[–—])[^\S\n]*(?=\S)`,
  'u',
);

/** The one person the page names right after a role's word ("Host Priya Raman talks to …"), if one. */
function roleHolder(f: Finder, role: string): SpeakerMention | null {
  const people = new Set<SpeakerMention>();
  for (const m of f.masked.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(role)}[^\\S\\n]+`, 'giu'))) {
    const named = f.mentionsIn(m.index + m[0].length, m.index + m[0].length + 80)[0];
    if (named?.type === 'person' && named.start === m.index + m[0].length) people.add(named);
  }
  const [first] = people;
  return first && [...people].every((m) => m.entityId === first.entityId) ? first : null;
}

/** Roles one person holds through a transcript: the host, the moderator. */
const SOLE_ROLES = new Set(BROADCAST_ROLES);

/** A role's label as a French parliamentary record writes it: "M. le président.", "Mme la ministre déléguée.". */
const RECORD_ROLE_TURN =
  /^[^\S\n]*(?:M\.|Mme|MM\.|Mmes)[^\S\n]+((?:le|la|les)[^\S\n]+\p{Ll}[\p{L}'’-]*(?:[^\S\n]+\p{Ll}[\p{L}'’-]*){0,3})\.[^\S\n]+(?=\S)/u;

/**
 * The turns of a transcript under a role's label ("The President:"), each paragraph a direct quotation of the one
 * person a line of the page gives that role ("President: Ms. Barbara Woodward"). With no such line, a role's turn
 * ("QUESTION:", "Вопрос:") is the words of someone the page does not name: a quotation with no speaker.
 */
function roleTurns(f: Finder, found: readonly FoundQuotation[]): FoundQuotation[] {
  const turns: {
    head: string;
    from: number;
    start: number;
    end: number;
    role?: readonly [number, number];
    caption?: SpeakerMention;
  }[] = [];
  let caption: SpeakerMention | null = null;
  // Who holds each role, by its last word: a line that names only a person after the role ("President: Ms. Barbara
  // Woodward (United Kingdom)") says so, and is no one's words.
  const holders = new Map<string, SpeakerMention[]>();
  for (let p = 0; p < f.paragraphs.length; p++) {
    const from = f.paragraphs[p] as number;
    const end = f.trimBack(f.paragraphEnd(p), from);
    const record = RECORD_ROLE_TURN.exec(f.body.slice(from, end));
    const role = record ? wordsIn(record[1] as string) : [];
    if (record && (isTitleWord(role[1] ?? '') || isRoleNoun(role[1] ?? ''))) {
      const at = from + record[0].indexOf(record[1] as string);
      const key = role.join(' ').toLowerCase();
      turns.push({
        head: key,
        from,
        start: from + record[0].length,
        end,
        role: [at, at + (record[1] as string).length],
      });
      continue;
    }
    const label = ROLE_TURN.exec(f.body.slice(from, end));
    if (!label) continue;
    const head =
      (label[1] as string)
        .split(/[^\S\n]+/u)
        .at(-1)
        ?.toLowerCase() ?? '';
    const start = from + label[0].length;
    // A television script: a caption names whoever speaks in the sound bites after it ("ТИТР: Вячеслав Володин,
    // председатель Государственной думы" over "СИНХРОН: — …", "CG: …" over "SOT: …").
    if (CAPTION_LABELS.has(head)) {
      caption = captionHolder(f, start, end);
      continue;
    }
    if (SOUND_BITE_LABELS.has(head)) {
      const words = f.skipSpaces(start + (/^[—–-][^\S\n]/u.exec(f.body.slice(start, end))?.[0].length ?? 0), end);
      turns.push({ head, from, start: words, end, ...(caption ? { caption } : {}) });
      continue;
    }
    const named = holderAt(f, start, end);
    if (named) holders.set(head, [...(holders.get(head) ?? []), named]);
    // Not a role whose brackets name the person ("CALLER (TOM, DAEGU):"): that is a named turn.
    else if (isRoleLabel(label[1] as string) && !f.labels.some((l) => l.start >= from && l.start < start))
      turns.push({ head, from, start, end });
  }
  const starts = [...turns.map((t) => t.from), ...f.labels.map((l) => l.start)].sort((a, b) => a - b);
  const out: FoundQuotation[] = [];
  for (const { head, from, start, end, role, caption: captioned } of turns) {
    // "M. le président.", "Mme la ministre déléguée.": the person the page gave that role before its first turn
    // ("Présidence de M. Xavier Breton, vice-président"), the same for every turn after.
    if (role && !holders.has(head)) {
      const described = f.described(role[0], role[1], from);
      holders.set(head, described ? [described] : []);
    }
    // "HOST:", "ВЕДУЩИЙ:": one person holds the role through the page, the one a turn of it names as themselves ("I'm
    // Priya Raman") or the page gives the role ("Host Priya Raman talks to …").
    if (SOLE_ROLES.has(head) && !holders.has(head)) {
      const own = turns.filter((t) => t.head === head).map((t) => selfIntroduced(f, t.start, t.end, true)?.speaker);
      const holder = own.find((m) => m !== undefined) ?? roleHolder(f, head);
      holders.set(head, holder ? [holder] : []);
    }
    const named = captioned ? [captioned] : (holders.get(head) ?? []);
    const holder = named[0] && named.every((m) => m.entityId === named[0]?.entityId) ? named[0] : null;
    const cue = { cueStart: f.skipSpaces(from, start), cueEnd: f.trimBack(start, from) };
    const spans = turnSpans(
      f,
      start,
      end,
      starts.find((s) => s > from),
    );
    const attributed: Attributed | null = holder
      ? { speaker: holder, attribution: 'colon', verb: null, ...cue }
      : selfIntroduced(f, start, end, SOLE_ROLES.has(head));
    out.push(...turnQuotations(f, found, spans, attributed));
  }
  return out;
}

/** The words an affiliation after a speaker's own name runs to: "Tom Whitcombe, Pacific Ledger.", "Kim from Yonhap." */
const AFFILIATION_WORDS = 5;

/** The speaker's "I" right after their name and its comma: "Daniel Yoo, I'm a master's student". */
const FIRST_PERSON_AFTER = /^,[^\S\n]+(?:i['’]m|i am|je suis|я)(?![\p{L}])/iu;

/** Words a speaker opens with to give their own name: "Je m'appelle Léa Fontanel", "My name is …", "Меня зовут …". */
const SELF_INTRODUCTION =
  /(?<=^|[\s.,!?])(?:je m['’]appelle|my name is|i am|i['’]m|me llamo|mi nombre es|ich heiße|ich bin|меня зовут)[^\S\n]+$/iu;

/**
 * The person a turn under a role's label names as themselves in its first two sentences ("UNE ÉTUDIANTE. — Bonsoir.
 * Je m'appelle Léa Fontanel, je suis en master …"): the name right after the words of self-introduction; unless
 * `sayingOnly`, also a name and an affiliation that open the turn.
 */
function selfIntroduced(f: Finder, start: number, end: number, sayingOnly = false): Attributed | null {
  const sentences = f.sentences.filter((s) => s > start && s < end).slice(0, 2);
  const limit = sentences[1] ?? end;
  for (const m of f.mentionsIn(start, limit)) {
    if (m.type !== 'person') continue;
    const intro = SELF_INTRODUCTION.exec(f.masked.slice(Math.max(start, m.start - 30), m.start));
    if (intro)
      return { speaker: m, attribution: 'introduced', verb: null, cueStart: m.start - intro[0].length, cueEnd: m.end };
    if (sayingOnly) continue;
    // "Q: Thank you. Tom Whitcombe, Pacific Ledger.", "Q: Hi. Daniel Yoo, I'm a student": a name that opens the turn
    // or its second sentence, after a greeting of two words at most, with an affiliation of a few words after its
    // comma, or the speaker's "I"; not a name the question addresses ("Вопрос: Юрий Викторович, в Договоре есть …").
    const opens = m.start === f.skipSpaces(start, end) || sentences.includes(m.start);
    const greeting = wordsIn(f.masked.slice(start, m.start)).length <= 2;
    const after = f.masked.slice(m.end, f.sentenceEnd(m.end));
    const affiliation =
      /^(?:,|[^\S\n]+from)[^\S\n]/u.test(after) && wordsIn(after).length <= AFFILIATION_WORDS && !after.includes('?');
    if (opens && greeting && (affiliation || FIRST_PERSON_AFTER.test(after)))
      return { speaker: m, attribution: 'introduced', verb: null, cueStart: m.start, cueEnd: m.end };
  }
  return null;
}

/** Labels of a television script's captions ("ТИТР:", "CG:", "SUPER:") and of its sound bites ("СИНХРОН:", "SOT:"). */
const CAPTION_LABELS = new Set(['титр', 'cg', 'super', 'chyron', 'synthé', 'bandeau', 'incrust', 'titre']);
const SOUND_BITE_LABELS = new Set(['синхрон', 'синх', 'sot', 'sync', 'itw']);

/** The first person a line names from `at` to `end`, with nothing but honorifics before; and what follows the name. */
function personOpening(f: Finder, at: number, end: number): { named: SpeakerMention; rest: string } | null {
  const named = f.mentionsIn(at, end).find((m) => m.type === 'person');
  if (!named || !wordsIn(f.masked.slice(at, named.start)).every((w) => isHonorific(w))) return null;
  return { named, rest: f.body.slice(named.end, end) };
}

/**
 * The person a caption names first, with their role after a comma, a dash or a bracket or nothing ("Вячеслав Володин,
 * председатель Государственной думы"); null for a caption of a place ("Москва. Государственная дума").
 */
function captionHolder(f: Finder, at: number, end: number): SpeakerMention | null {
  const line = personOpening(f, at, end);
  return line && /^[^\S\n]*(?:$|[,|—–(])/u.test(line.rest) ? line.named : null;
}

/**
 * The person a line names from `at` to `end` and nothing else: honorifics before the name, leader dots and a country
 * or a party in brackets after it ("Ms. Woodward ........ (United Kingdom)"); null for any other words.
 */
function holderAt(f: Finder, at: number, end: number): SpeakerMention | null {
  const line = personOpening(f, at, end);
  return line && /^[\s.…]*(?:\([^()\n]*\)[\s.]*)?$/u.test(line.rest) ? line.named : null;
}

/** A line of twelve words at most that ends no sentence: a heading. */
const HEADING_LINE = /^[^\S\n]*\p{Lu}(?:[^\s.!?…:;]*[^\S\n]+){0,11}[^\s.!?…:;]*[^.!?…:;"”»\s][^\S\n]*$/u;

/** The words an office written in title case may run to before a name. */
const MAX_OFFICE_WORDS = 14;

/**
 * True for words that open and close on a capital with nothing but capitalised words and the words that join a
 * title's parts between ("Secretary of the Treasury for Terrorism and …").
 */
function officeInTitleCase(words: readonly string[], connectors: ReadonlySet<string>): boolean {
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  return (
    words.length > 0 &&
    capital(words[0] as string) &&
    capital(words.at(-1) as string) &&
    words.every((w) => capital(w) || connectors.has(w))
  );
}

/** A paragraph a bracketed note opens, with words after it: a clip or a report played into a transcript. */
const CLIP = /^\s*(?:\[[^\]\n]{1,120}\]|\([^)\n]{1,120}\))[^\S\n]*(?=\S)/u;

/**
 * The clips played into a transcript whose note names one person: the words after the note are that person's
 * ("[Extrait – Mark Rutte, secrétaire général de l'OTAN, traduction] Je peux confirmer …", "[Reportage – Park
 * Ji-hoon, à Séoul] Ici, …"), attributed by the note as a turn is by its label.
 */
function clips(f: Finder, found: readonly FoundQuotation[]): FoundQuotation[] {
  const out: FoundQuotation[] = [];
  for (let p = 0; p < f.paragraphs.length; p++) {
    const from = f.paragraphs[p] as number;
    const note = CLIP.exec(f.body.slice(from, f.paragraphEnd(p)));
    if (!note) continue;
    const start = from + note[0].length;
    const end = f.trimBack(f.paragraphEnd(p), start);
    const people = f.mentionsIn(from, start).filter((m) => m.type === 'person');
    const named = people[0];
    if (!named || people.some((m) => m.entityId !== named.entityId) || !/\p{L}{2}/u.test(f.body.slice(start, end))) {
      continue;
    }
    if (found.some((q) => q.start <= start && q.end >= end)) continue;
    const cue = { cueStart: f.skipSpaces(from, start), cueEnd: f.trimBack(start, from) };
    out.push(directQuotation(f.body, start, end, { speaker: named, attribution: 'colon', verb: null, ...cue }));
  }
  return out;
}

/** A paragraph wholly in brackets that gives the audience's reaction, which no speaker's turn ends on. */
const REACTION = new RegExp(
  String.raw`^\s*[[(](?:\s*(?:${alternation([
    'applause',
    'laughter',
    'cheers',
    'silence',
    'applaudissements',
    'rires',
    'aplausos',
    'risas',
    'beifall',
    'gelächter',
    'аплодисменты',
    'смех',
    'оживление',
  ])})[\p{L}\s]*[.,;]?)+\s*[\])]\s*$`,
  'iu',
);

/** A paragraph wholly in brackets: a transcript's stage direction or time stamp. */
const STAGE_DIRECTION = /^\s*(?:\[[^\]\n]{1,60}\]|\([^)\n]{1,60}\))\s*$/u;

/** Initials before a family name, as transcripts write a speaker: "В.Путин:", "Ю. Ушаков:", "V.V. Putin:". */
const INITIALS_BEFORE = /^(?:\p{Lu}\.[^\S\n]?){1,2}$/u;
/** A role before a bracket, then an honorific if any, before the name: "The Minister of State (", "(Dame ". */
const ROLE_BEFORE_BRACKET = /^\p{Lu}[\p{L}.,'’\s-]{0,80}\([^\S\n]*(?:\p{Lu}[\p{L}.'’-]*[^\S\n]+){0,2}$/u;
/**
 * After the name: brackets with a constituency or a party, then the colon and the turn's first word; or, as a French
 * parliamentary record writes it, a role after a comma, then a full stop and a dash ("M. Cédric Perrin, président. –").
 */
const LABEL_END =
  /^(?:(?:[^\S\n]*\([^()\n]{1,60}\)){0,3}[^\S\n]*:|(?:,[^.:;!?\n–—]{1,160})?\.?[^\S\n]+[–—])[^\S\n]*(?=\S)/u;
const BRACKETED_LABEL_END = /^[^\S\n]*\)[^\S\n]*:[^\S\n]*(?=\S)/u;
/** Articles a label's lead may hold before a title: "M. le général …". */
const LEAD_ARTICLES = new Set(['le', 'la', 'les', "l'", 'l’', 'the']);

/** A record's label ends on a full stop, after a role set off by a comma if any: "…, ministre déléguée. Monsieur …". */
const RECORD_LABEL_END = /^(?:,[^\S\n]*([^.:;!?\n–—]{1,160}))?\.[^\S\n]+(?=[\p{Lu}«“"„])/u;

/**
 * Marks opening the paragraphs of a question-and-answer interview: a dialogue dash ("— Это так?" / "— По форме —
 * да."), or a label ("Q:", "A:", "Вопрос:", "Ответ:", "Question :", "Réponse :", "Frage:", "Antwort:", "P:", "R:").
 */
const TURN = new RegExp(String.raw`^(?:[—–-]|${QA_LABEL}\s?[:.]|(?:\p{Lu}\.?){1,4}\s?:)[^\S\n]*`, 'iu');
/** A question ends in a question mark, perhaps inside a closing quote or bracket. */
const QUESTION_END = /\?[\s"”»)]*$/u;
/** How many question-and-answer turns make an interview: one could be a line of dialogue in a report. */
const MIN_TURNS = 3;

/**
 * The person an interview's introduction presents, in the paragraph right before its first question: the first
 * person named at the start of a sentence there, a title before the name allowed ("Dr. Tatiana Grinberg teaches
 * Russian foreign policy …. Daniel Fairbairn spoke with her …"). Null when that paragraph opens no sentence so.
 */
function introducedBefore(f: Finder, questionParagraph: number): FoundQuotation['speaker'] {
  let p = f.paragraphBefore(questionParagraph);
  if (p === -1) return null;
  // "Propos recueillis par Awa Ndiaye": a line crediting the interviewer alone stands between the introduction and
  // the questions.
  const asker = interviewerOf(f, [p]);
  const person = (m: SpeakerMention) => m.type === 'person';
  const credited = (q: number) =>
    f
      .mentionsIn(f.paragraphs[q] as number, f.paragraphEnd(q))
      .filter(person)
      .every((m) => m.entityId === asker?.entityId);
  if (asker && credited(p)) p = f.paragraphBefore(p);
  if (p === -1) return null;
  const start = f.paragraphs[p] as number;
  // "…, le Dr Mamadou Lamine Sarr a répondu à nos questions.": the subject of the sentence that leads to them, unless
  // it is the interviewer ("Daniel Fairbairn spoke with her").
  const end = f.trimBack(f.paragraphEnd(p), start);
  const last = f.subjectOf(f.sentenceStart(end - 1), end, person);
  if (last && last.entityId !== asker?.entityId) return speakerOf(last);
  for (const m of f.mentionsIn(start, f.paragraphEnd(p))) {
    if (m.type !== 'person') continue;
    const sentence = f.skipSpaces(Math.max(start, f.sentenceStart(m.start)), m.start);
    return f.titleRun(sentence, m.start) ? speakerOf(m) : null;
  }
  return null;
}

/**
 * The answers of a question-and-answer interview, each a direct quotation of the person interviewed (`interview`):
 * paragraphs opening with a dialogue dash or a label take turns, the interviewer's turns ending in question marks
 * at least three times and the other side's seldom; every turn of the other side is an answer. The person
 * interviewed is the one the questions address by name ("— Артём Викторович, …?", "Q: Mr Kim, …?"), else the
 * speaker of a quotation with a colon before the first question ("Востоковед Артём Лебединский: «…»"); with neither,
 * the answers have no speaker.
 */
function interviewAnswers(f: Finder, found: readonly FoundQuotation[]): FoundQuotation[] {
  const turns: { start: number; end: number; question: boolean; label: string | null }[] = [];
  for (let p = 0; p < f.paragraphs.length; p++) {
    const from = f.skipSpaces(f.paragraphs[p] as number, f.paragraphEnd(p));
    const end = f.trimBack(f.paragraphEnd(p), from);
    const mark = TURN.exec(f.body.slice(from, end));
    if (!mark || end - from <= mark[0].length) continue;
    const label = /^[\p{L}.]+/u.exec(mark[0])?.[0].toLowerCase() ?? null;
    turns.push({ start: from + mark[0].length, end, question: QUESTION_END.test(f.body.slice(from, end)), label });
  }
  // Two labels say who speaks ("Q :" and "R :", "ТДВ:" and "О.Г.:"); dashes alternate, the interviewer's first. The
  // side whose turns end in question marks asks, the other answers (a prompt may be a statement: "— Говорят, …").
  const labels = new Set(turns.map((t) => t.label));
  const labelled = turns.length > 0 && !labels.has(null) && labels.size <= 2;
  const sideOf = (t: (typeof turns)[number], i: number) => (labelled ? (t.label === turns[0]?.label ? 0 : 1) : i % 2);
  const [even = 0, odd = 0] = [0, 1].map((side) => turns.filter((t, i) => sideOf(t, i) === side && t.question).length);
  const asking = even >= odd ? 0 : 1;
  if (Math.max(even, odd) < MIN_TURNS || Math.min(even, odd) * 3 > Math.max(even, odd)) return [];
  const questions = turns.filter((t, i) => sideOf(t, i) === asking);
  const answers = turns.filter((t, i) => sideOf(t, i) !== asking && !t.question);
  const firstQuestion = questions[0]?.start ?? 0;
  // Addressed by name: a person opening a question, a comma right after; not a name with an apposition after its
  // comma ("Chang Ho-jin, the national security adviser, said …").
  const addressed = questions
    .map((q) => ({ q, m: f.mentionsIn(q.start, q.end)[0] }))
    .find(({ q, m }) => {
      if (m?.type !== 'person' || m.start !== q.start) return false;
      const after = /^\s*,\s*([\p{L}'’]+)/u.exec(f.body.slice(m.end, m.end + 40));
      const next = after?.[1] ?? '';
      return after !== null && !f.lexicon.sets.determiners.has(next.toLowerCase()) && !isTitleWord(next);
    })?.m;
  const headline = found.find((q) => q.attribution === 'colon' && q.start < firstQuestion && q.speaker !== null);
  const speaker = addressed
    ? speakerOf(addressed)
    : (headline?.speaker ?? introducedBefore(f, f.paragraphOf(firstQuestion)));
  // The questions are the interviewer's, where the introduction or the closing lines name who asked them.
  const lastTurn = turns.at(-1)?.end ?? 0;
  const asker = interviewerOf(f, [
    f.paragraphBefore(f.paragraphOf(firstQuestion)),
    f.paragraphAfter(f.paragraphOf(lastTurn)),
  ]);
  const interviewer = asker && asker.entityId !== speaker?.entityId ? asker : null;
  const turn = (t: { start: number; end: number }, by: FoundQuotation['speaker']): FoundQuotation => ({
    text: f.body.slice(t.start, t.end),
    start: t.start,
    end: t.end,
    kind: 'direct',
    speaker: by,
    attribution: by ? 'interview' : null,
    verb: null,
    cue: by ? by.surface : null,
  });
  const free = (t: { start: number; end: number }) => !found.some((q) => q.start <= t.start && q.end >= t.end);
  return [
    ...answers.filter(free).map((a) => turn(a, speaker)),
    ...(interviewer ? questions.filter(free).map((q) => turn(q, interviewer)) : []),
  ].sort((a, b) => a.start - b.start);
}

/**
 * Who asks an interview's questions, as its introduction or closing lines say: a person named before "spoke with",
 * "s'est entretenu avec", "побеседовал с", or after "Interview by", "Propos recueillis par", "Беседовал(а)",
 * "Entrevista de", "Das Gespräch führte". Null when none of `paragraphs` says so.
 */
function interviewerOf(f: Finder, paragraphs: readonly number[]): FoundQuotation['speaker'] {
  for (const p of paragraphs) {
    if (p < 0 || p >= f.paragraphs.length) continue;
    for (const m of f.mentionsIn(f.paragraphs[p] as number, f.paragraphEnd(p))) {
      if (m.type !== 'person') continue;
      const before = f.masked.slice(Math.max(0, m.start - 40), m.start);
      const after = f.masked.slice(m.end, m.end + 40);
      if (INTERVIEWER_BEFORE.test(before) || INTERVIEWER_AFTER.test(after)) return speakerOf(m);
    }
  }
  return null;
}

/** The words before an interviewer's name: "Interview by", "Propos recueillis par", "Беседовала". */
const INTERVIEWER_BEFORE =
  /(?:interview(?:ed)?\s+by|questions\s+by|propos\s+recueillis\s+par|entretien\s+réalisé\s+par|interview\s+réalisée\s+par|беседовала?|вопросы\s+задавала?|интервью\s+записала?|entrevista\s+(?:de|realizada\s+por)|das\s+gespräch\s+führten?|interview:?)\s*[:—–-]?\s*$/iu;

/** The words after it: "spoke with her", "talked to him", "s'est entretenue avec", "побеседовал с". */
const INTERVIEWER_AFTER =
  /^\s+(?:(?:spoke|talked|speaks|talks)\s+(?:with|to)|interviewed|s['’]est\s+entretenue?\s+avec|a\s+interrogé|побеседовала?\s+с|поговорила?\s+с|habló\s+con|entrevistó|sprach\s+mit)(?![\p{L}])/iu;

import { countWords, escapeRegExp } from '../lib/text.ts';

/**
 * Quotations in a cleaned body and who each is attributed to. Pure: no database, no network.
 *
 * Quoted spans are paired by a stack over the quote marks of every common convention, paragraph by paragraph; a
 * span is then attributed by the words around it (a reporting verb of the page's language and its subject, a
 * name and a colon, "according to"), and the speaker is a linked mention standing where the subject stands. When
 * the subject is a name nobody linked or a description ("the presidential advisor"), the speaker is null: a
 * quotation is never handed to the nearest linked name instead.
 */

/** A linked mention the finder may take as a speaker (people and organisations; places/countries are never speakers). */
export interface SpeakerMention {
  entityId: string;
  type: string;
  start: number;
  end: number;
  surface: string;
}

/** Where the cue that ties a quotation to its speaker stands. */
export type Attribution = 'after-quote' | 'before-quote' | 'according-to' | 'colon' | 'pronoun';

export interface FoundQuotation {
  /** The quoted words verbatim, without their quotation marks; start/end are offsets in body (UTF-16, end exclusive). */
  text: string;
  start: number;
  end: number;
  kind: 'direct' | 'reported';
  /** The mention the quotation is attributed to, or null when the text names no speaker that is linked. */
  speaker: { entityId: string; start: number; end: number; surface: string } | null;
  /** after-quote ("…," Putin said / "…," said Putin), before-quote (Putin said: "…" / Putin said that …),
   * according-to ("…", according to Peskov / selon / según / laut / по словам), colon (Putin: "…"),
   * pronoun ("…," he said: the person the text was just speaking of). null when there is no speaker.
   * A quotation with no cue of its own that goes on from an attributed one ("…," Putin said. "…") takes that one's
   * speaker, attribution, verb and cue. */
  attribution: Attribution | null;
  /** The reporting verb as written ("said", "a déclaré", "заявил"), or null. */
  verb: string | null;
  /** The attributing words verbatim from the body ("Putin said", "according to Peskov", "he said"), or null. */
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
  /** Before the source: "according to Peskov". */
  according: readonly string[];
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
  /** Right before a quoted name, title or label: what follows is not a quotation ("so-called", "titled"). */
  namingWords: readonly string[];
  /** Grammatical words: never a name, and never inside a run of title words before a name. */
  functionWords: readonly string[];
  /** Function words that may stand inside a title ("Secretary of State", "portavoz del Kremlin"). */
  connectors: readonly string[];
  /** A capitalised word after one of these is a common noun, not a name ("The Minister said", "Der Kanzler sagte"). */
  determiners: readonly string[];
  /** A finite verb with no subject has the subject of the text before it ("Añadió: «…»", "Добавил: «…»"). */
  proDrop: boolean;
}

/** Russian past tense: the masculine form and the feminine one. */
const ruPast = (stems: readonly string[]) => stems.flatMap((s) => [s, `${s}а`]);

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
    ...['cautioned', 'asked', 'asks', 'exclaimed', 'dubbed', 'termed', 'labelled', 'labeled', 'branded', 'echoed'],
    ...['countered', 'retorted', 'lamented', 'reported', 'reports', 'continued', 'reminded', 'informed', 'shouted'],
    ...['was quoted as saying', 'is quoted as saying', 'were quoted as saying', 'quoted as saying', 'went on to say'],
    ...['saying', 'adding', 'noting', 'calling', 'describing', 'warning', 'stressing', 'telling', 'writing'],
    ...['insisting', 'explaining', 'arguing', 'declaring', 'urging', 'vowing', 'praising'],
  ],
  clauseVerbs: [
    ...['said', 'says', 'told', 'tells', 'stated', 'states', 'announced', 'announces', 'added', 'adds', 'noted'],
    ...['notes', 'explained', 'explains', 'insisted', 'insists', 'warned', 'warns', 'stressed', 'stresses', 'claimed'],
    ...['claims', 'argued', 'argues', 'mentioned', 'declared', 'declares', 'reiterated', 'emphasized', 'emphasised'],
    ...['emphasizes', 'confirmed', 'acknowledged', 'admitted', 'assured', 'assures', 'maintained', 'maintains'],
    ...['wrote', 'writes', 'replied', 'predicted', 'reported', 'reports', 'suggested', 'conceded', 'observed'],
    ...['recalled', 'asserted', 'vowed', 'promised', 'pledged', 'advised', 'reminded', 'informed'],
  ],
  bareClauseVerbs: ['said', 'says', 'told', 'tells', 'mentioned', 'claimed', 'claims', 'wrote', 'writes', 'reported'],
  objectVerbs: ['told', 'tells', 'advised', 'assured', 'assures', 'warned', 'warns', 'reminded', 'informed'],
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
  ],
  adverbPattern: '\\p{Ll}+ly',
  personPronouns: ['he', 'she'],
  organizationPronouns: ['it'],
  according: ['according to'],
  accordingAfterQuote: [],
  accordingAfterName: [],
  complementizers: ['that'],
  coordinators: ['and', 'but', 'then', 'or'],
  relativePersons: ['who'],
  relativeThings: ['that', 'which'],
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
  proDrop: false,
};

const FR: Cues = {
  verbs: [
    ...['déclaré', 'dit', 'affirmé', 'ajouté', 'souligné', 'indiqué', 'expliqué', 'assuré', 'estimé', 'précisé'],
    ...['annoncé', 'martelé', 'insisté', 'lancé', 'rappelé', 'prévenu', 'averti', 'confié', 'poursuivi', 'répondu'],
    ...['écrit', 'noté', 'observé', 'reconnu', 'jugé', 'dénoncé', 'fustigé', 'promis', 'plaidé', 'commenté'],
    ...['raconté', 'résumé', 'déploré', 'salué', 'qualifié', 'répété', 'réitéré', 'conclu', 'admis', 'avoué'],
    ...['soutenu', 'tweeté', 'confirmé', 'appelé', 'mis en garde'],
    ...['déclare', 'affirme', 'ajoute', 'souligne', 'indique', 'explique', 'assure', 'estime', 'précise', 'annonce'],
    ...['martèle', 'insiste', 'lance', 'rappelle', 'prévient', 'avertit', 'confie', 'poursuit', 'répond', 'note'],
    ...['observe', 'reconnaît', 'dénonce', 'fustige', 'promet', 'plaide', 'commente', 'raconte', 'résume'],
    ...['déplore', 'salue', 'qualifie', 'répète', 'conclut', 'admet', 'avoue', 'soutient', 'confirme', 'appelle'],
    ...['déclara', 'affirma', 'ajouta', 'souligna', 'expliqua', 'répondit', 'lança'],
  ],
  clauseVerbs: [
    ...['déclaré', 'dit', 'affirmé', 'ajouté', 'souligné', 'indiqué', 'expliqué', 'assuré', 'estimé', 'précisé'],
    ...['annoncé', 'rappelé', 'reconnu', 'jugé', 'écrit', 'noté', 'confirmé', 'admis', 'averti', 'prévenu'],
    ...['déclare', 'affirme', 'ajoute', 'souligne', 'indique', 'explique', 'assure', 'estime', 'précise', 'annonce'],
    ...['rappelle', 'reconnaît', 'écrit', 'note', 'confirme', 'admet', 'déclara', 'affirma', 'ajouta'],
  ],
  bareClauseVerbs: [],
  objectVerbs: [],
  objects: [],
  participles: [],
  auxiliaries: ['a', 'ont', 'avait', 'avaient', 'aurait'],
  adverbs: ['aussi', 'encore', 'également', 'déjà', 'ensuite', 'alors', 'notamment', 'enfin', 'lui-même', 'elle-même'],
  personPronouns: ['il', 'elle'],
  organizationPronouns: [],
  according: ['selon', "d'après", 'd’après'],
  accordingAfterQuote: [],
  accordingAfterName: [],
  complementizers: ['que', "qu'", 'qu’'],
  coordinators: ['et', 'mais', 'puis', 'ou'],
  relativePersons: ['qui'],
  relativeThings: ['que', "qu'", 'qu’', 'dont'],
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
  proDrop: false,
};

const ES: Cues = {
  verbs: [
    ...['dijo', 'afirmó', 'declaró', 'añadió', 'agregó', 'señaló', 'aseguró', 'explicó', 'indicó', 'anunció'],
    ...['advirtió', 'subrayó', 'destacó', 'sostuvo', 'insistió', 'manifestó', 'expresó', 'apuntó', 'recalcó'],
    ...['respondió', 'escribió', 'prometió', 'reiteró', 'comentó', 'calificó', 'denunció', 'criticó', 'elogió'],
    ...['reconoció', 'admitió', 'precisó', 'confirmó'],
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
  organizationPronouns: [],
  according: ['según', 'de acuerdo con'],
  accordingAfterQuote: [],
  accordingAfterName: [],
  complementizers: ['que'],
  coordinators: ['y', 'e', 'pero', 'luego'],
  relativePersons: ['quien'],
  relativeThings: ['que', 'cual'],
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
  proDrop: true,
};

const DE: Cues = {
  verbs: [
    ...['sagte', 'sagt', 'gesagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'meint', 'gemeint'],
    ...['schrieb', 'schreibt', 'geschrieben', 'warnte', 'warnt', 'gewarnt', 'ergänzte', 'ergänzt', 'versicherte'],
    ...['versichert', 'bekräftigte', 'bekräftigt', 'unterstrich', 'unterstreicht', 'unterstrichen', 'forderte'],
    ...['fordert', 'gefordert', 'kritisierte', 'kritisiert', 'lobte', 'lobt', 'antwortete', 'antwortet', 'mahnte'],
    ...['mahnt'],
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
  organizationPronouns: [],
  according: ['laut', 'nach Angaben'],
  accordingAfterQuote: ['so'],
  accordingAfterName: ['zufolge'],
  complementizers: ['dass', 'daß'],
  coordinators: ['und', 'aber', 'dann', 'sowie'],
  relativePersons: [],
  relativeThings: ['das', 'was', 'welche', 'welcher', 'welches'],
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
  proDrop: false,
};

const RU: Cues = {
  verbs: [
    ...ruPast(['заявил', 'сказал', 'отметил', 'подчеркнул', 'сообщил', 'добавил', 'пояснил', 'указал', 'признал']),
    ...ruPast(['написал', 'ответил', 'уточнил', 'предупредил', 'заверил', 'констатировал', 'заметил', 'рассказал']),
    ...ruPast(['напомнил', 'призвал', 'пообещал', 'назвал', 'объяснил', 'резюмировал', 'заключил']),
    ...['говорит', 'заявляет', 'отмечает', 'подчеркивает', 'подчёркивает', 'сообщает', 'добавляет', 'пишет'],
    ...['поясняет', 'указывает', 'признает', 'признаёт', 'уверяет', 'напоминает', 'называет'],
    // "— сообщили в Кремле": the plural of an institution.
    ...['заявили', 'сказали', 'сообщили', 'отметили', 'подчеркнули', 'добавили', 'пояснили', 'уточнили', 'ответили'],
  ],
  clauseVerbs: [
    ...ruPast(['заявил', 'сказал', 'отметил', 'подчеркнул', 'сообщил', 'добавил', 'пояснил', 'указал', 'признал']),
    ...ruPast(['написал', 'ответил', 'уточнил', 'предупредил', 'заверил', 'заметил', 'напомнил', 'рассказал']),
    ...['говорит', 'заявляет', 'отмечает', 'подчеркивает', 'подчёркивает', 'сообщает', 'добавляет', 'пишет'],
    ...['поясняет'],
  ],
  bareClauseVerbs: [],
  objectVerbs: [],
  objects: [],
  participles: [],
  auxiliaries: [],
  adverbs: ['также', 'тоже', 'ранее', 'затем', 'позднее', 'позже', 'вновь', 'снова', 'еще', 'ещё', 'уже', 'лишь'],
  personPronouns: ['он', 'она'],
  organizationPronouns: [],
  according: ['по словам', 'по данным', 'по мнению', 'по информации'],
  accordingAfterQuote: [],
  accordingAfterName: [],
  complementizers: ['что'],
  coordinators: ['и', 'а', 'но', 'затем'],
  relativePersons: ['который', 'которая'],
  relativeThings: ['которое', 'которые'],
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
  proDrop: true,
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
    organizationPronouns: merge((c) => c.organizationPronouns),
    according: merge((c) => c.according),
    accordingAfterQuote: [],
    accordingAfterName: merge((c) => c.accordingAfterName),
    complementizers: merge((c) => c.complementizers),
    coordinators: merge((c) => c.coordinators),
    relativePersons: merge((c) => c.relativePersons),
    relativeThings: merge((c) => c.relativeThings),
    namingWords: merge((c) => c.namingWords),
    functionWords: merge((c) => c.functionWords),
    connectors: merge((c) => c.connectors),
    determiners: merge((c) => c.determiners),
    proDrop: false,
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
  accordingAfterQuote: RegExp;
  accordingAfterName: RegExp;
  /** At a position: an optional comma, then the complementizer. */
  complementizer: RegExp;
  /** The end of the text before a quote: a word that makes the quote a name. */
  naming: RegExp;
  sets: {
    clauseVerbs: Set<string>;
    bareClauseVerbs: Set<string>;
    objectVerbs: Set<string>;
    participles: Set<string>;
    personPronouns: Set<string>;
    organizationPronouns: Set<string>;
    coordinators: Set<string>;
    relativePersons: Set<string>;
    relativeThings: Set<string>;
    functionWords: Set<string>;
    connectors: Set<string>;
    determiners: Set<string>;
  };
  objects: RegExp;
}

function compile(cues: Cues): Lexicon {
  const adverbs = [alternation(cues.adverbs), ...(cues.adverbPattern ? [cues.adverbPattern] : [])].join('|');
  const lower = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
  return {
    cues,
    verb: new RegExp(
      `${L}(?:(?<aux>${alternation(cues.auxiliaries)})(?<inv1>-t-(?:il|elle))?\\s+)?(?:(?:${adverbs})\\s+){0,2}` +
        `(?<core>${alternation([...cues.verbs, ...cues.verbs.map(capitalized)])})(?<inv2>(?:-t)?-(?:il|elle))?${R}`,
      'gdu',
    ),
    according: new RegExp(`${L}(?:${alternation(cues.according)})${R}`, 'giu'),
    accordingAt: new RegExp(`(?:${alternation(cues.according)})${R}`, 'yiu'),
    accordingAfterQuote: new RegExp(`(?:${alternation(cues.accordingAfterQuote)})${R}`, 'yu'),
    accordingAfterName: new RegExp(`^\\s+(?:${alternation(cues.accordingAfterName)})${R}`, 'u'),
    complementizer: new RegExp(`\\s*,?\\s*(?:${alternation(cues.complementizers)})(?:${R}|(?<=['’]))`, 'yu'),
    naming: new RegExp(`${L}(?:${alternation(cues.namingWords)})\\s*$`, 'iu'),
    sets: {
      clauseVerbs: lower(cues.clauseVerbs),
      bareClauseVerbs: lower(cues.bareClauseVerbs),
      objectVerbs: lower(cues.objectVerbs),
      participles: lower(cues.participles),
      personPronouns: lower(cues.personPronouns),
      organizationPronouns: lower(cues.organizationPronouns),
      coordinators: lower(cues.coordinators),
      relativePersons: lower(cues.relativePersons),
      relativeThings: lower(cues.relativeThings),
      functionWords: lower(cues.functionWords),
      connectors: lower(cues.connectors),
      determiners: lower(cues.determiners),
    },
    objects: new RegExp(`\\s+(?:${alternation(cues.objects)})${R}`, 'yu'),
  };
}

const LEXICONS = new Map<string, Lexicon>();

function lexiconFor(language: string | null): Lexicon {
  const code = (language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
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

function canClose(ch: string, prev: string | undefined, next: string | undefined): boolean {
  // An apostrophe inside a word ("Russia’s", "don't") never closes.
  if (ch === '’' || ch === "'") return !isSpace(prev) && !isWordChar(next);
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
  return word !== undefined && (word.length === 1 || ABBREVIATIONS.has(word));
}

/** The start of the next sentence when one starts after `j` (spaces, then a capital, a digit or an opening mark). */
function sentenceAfter(body: string, j: number): number {
  if (!/[ \t\u00a0]/u.test(body[j] ?? '')) return -1;
  let k = j;
  while (k < body.length && /[ \t\u00a0]/u.test(body[k] as string)) k++;
  const ch = body[k];
  return ch !== undefined && /[\p{Lu}\p{N}“„«»‘'"(—–-]/u.test(ch) ? k : -1;
}

/** Sentence starts, in order: paragraph starts, and after . ! ? … (a quotation's inner stop counts after its mark). */
function sentenceStarts(body: string, pairs: readonly Pair[]): number[] {
  const starts = [0];
  const stops = /[\n.!?…]/g;
  let next = 0;
  for (let m = stops.exec(body); m !== null; m = stops.exec(body)) {
    let i = m.index;
    // A quotation is passed over whole; its own last stop ends the sentence after its closing mark.
    while (next < pairs.length && (pairs[next] as Pair).close < i) next++;
    const pair = pairs[next];
    if (pair && pair.open < i) {
      stops.lastIndex = pair.close + 1;
      if (/[.!?…]$/u.test(body.slice(pair.open + 1, pair.close).trimEnd())) {
        const after = sentenceAfter(body, pair.close + 1);
        if (after !== -1) starts.push(after);
      }
      continue;
    }
    const ch = m[0];
    if (ch === '\n') {
      starts.push(i + 1);
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

/** No linked speaker, for sure: the subject is a name nobody linked, a description, or a plural. */
const NONE = 'none' as const;
type Outcome = Attributed | typeof NONE | undefined;

class Finder {
  readonly masked: string;
  readonly paragraphs: number[];
  readonly sentences: number[];
  readonly mentions: SpeakerMention[];
  readonly mentionStarts: number[];
  readonly byEnd = new Map<number, SpeakerMention>();
  readonly verbs: VerbHit[] = [];
  readonly verbStarts: number[];
  /** Capitalised names before a reporting verb that no mention links: a pronoun after one is not resolved past it. */
  readonly unlinkedNames: number[] = [];
  readonly pairStarts: number[];

  constructor(
    readonly body: string,
    readonly lexicon: Lexicon,
    mentions: readonly SpeakerMention[],
    readonly pairs: Pair[],
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

    const re = new RegExp(lexicon.verb.source, lexicon.verb.flags);
    for (let m = re.exec(this.masked); m !== null; m = re.exec(this.masked)) {
      const groups = m.indices?.groups;
      const core = groups?.core;
      const aux = groups?.aux;
      if (!core) continue;
      // A capitalised verb is one only where it opens a sentence ("Añadió: «…»"), not in "the United States".
      if (/^\p{Lu}/u.test(body[core[0]] ?? '') && (aux || this.sentenceStart(core[0]) !== core[0])) continue;
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

  paragraphOf(pos: number): number {
    return Math.max(0, floorIndex(this.paragraphs, pos));
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
    return pair !== undefined && pos <= pair.close;
  }

  isSpeaker(m: SpeakerMention): boolean {
    return SPEAKER_TYPES.has(m.type);
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
    return w && this.looksLikeName(w.word, w.start, floor) ? w.start : -1;
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

  /** True when the mention at `start` opens its clause: nothing before it in the clause but title words. */
  opensClause(start: number, floor: number): boolean {
    const before = this.masked.slice(floor, start);
    const cut = Math.max(...[',', ';', ':', '(', '—', '–'].map((p) => before.lastIndexOf(p)));
    return this.titleRun(floor + cut + 1, start);
  }

  /** What stands before the verb at `pos`, within the clause from `floor`. */
  subjectBefore(pos: number, floor: number, verb: VerbHit | null): Subject {
    const sets = this.lexicon.sets;
    const e = this.trimBack(pos, floor);
    if (e <= floor) return { kind: 'start' };
    const m = this.byEnd.get(e);
    if (m && m.start >= floor) return this.isSpeaker(m) ? { kind: 'speaker', mention: m } : { kind: 'other' };
    const ch = this.masked[e - 1] as string;
    if (ch === ',') {
      // "Leif-Eric Easley, a professor at …, said": the name before the apposition.
      const comma = this.masked.lastIndexOf(',', e - 2);
      if (comma >= floor && e - comma <= 160 && !/[.;:!?\uE000]/u.test(this.masked.slice(comma + 1, e - 1))) {
        const named = this.byEnd.get(this.trimBack(comma, floor));
        if (named && this.isSpeaker(named)) return { kind: 'speaker', mention: named };
      }
      // "Putin’s adviser, Yuri Ushakov, announced": the name itself set off by commas.
      const set = this.byEnd.get(this.trimBack(e - 1, floor));
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
    if (sets.relativePersons.has(lw)) {
      // "Kim, who …": the name right before the relative.
      const before = this.trimBack(w.start, floor);
      const named =
        this.byEnd.get(before) ??
        (this.masked[before - 1] === ',' ? this.byEnd.get(this.trimBack(before - 1, floor)) : undefined);
      return named && this.isSpeaker(named) ? { kind: 'speaker', mention: named } : { kind: 'other' };
    }
    if (sets.relativeThings.has(lw)) return { kind: 'relative' };
    return { kind: 'other' };
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
      const gap = this.masked.slice(pos, m.start);
      if (/[;:!?\uE000"“”«»„]/u.test(gap)) break;
      const gapWords = gap.split(/[\s,]+/u).filter(Boolean);
      words += gapWords.length;
      if (words > 8) break;
      if (gapWords.some((w) => sets.functionWords.has(w.toLowerCase()) && !sets.connectors.has(w.toLowerCase()))) break;
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
      const word = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(after)?.[1];
      if (!word || sets.functionWords.has(word.toLowerCase()) || /^\p{Lu}/u.test(word)) return m;
      pos = m.end;
    }
    return null;
  }

  /** The person (or organisation) the text was just speaking of, before `pos`: this paragraph, else the one before. */
  antecedent(of: 'person' | 'organization', pos: number): SpeakerMention | null {
    const paragraph = this.paragraphOf(pos);
    const from = this.paragraphs[paragraph] ?? 0;
    const fits = (m: SpeakerMention) => m.type === of && !this.insideQuotation(m.start);
    const nearest = (lo: number, hi: number): { at: number; mention: SpeakerMention | null } | null => {
      let best: { at: number; mention: SpeakerMention | null } | null = null;
      for (let i = floorIndex(this.mentionStarts, hi - 1); i >= 0; i--) {
        const m = this.mentions[i] as SpeakerMention;
        if (m.start < lo) break;
        if (m.end <= hi && fits(m)) {
          best = { at: m.start, mention: m };
          break;
        }
      }
      if (of === 'person') {
        const k = floorIndex(this.unlinkedNames, hi - 1);
        const name = this.unlinkedNames[k];
        if (name !== undefined && name >= lo && (!best || name > best.at)) best = { at: name, mention: null };
      }
      return best;
    };
    const here = nearest(from, pos);
    if (here) return here.mention;
    for (let p = paragraph - 1; p >= 0; p--) {
      const start = this.paragraphs[p] as number;
      const end = this.paragraphEnd(p);
      if (this.skipSpaces(start, end) === end) continue;
      return nearest(start, end)?.mention ?? null;
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
    const speaker = this.antecedent(of, before);
    if (!speaker) return NONE;
    return { speaker, attribution: 'pronoun', verb: verb?.text ?? null, cueStart, cueEnd, ...(tail ? { tail } : {}) };
  }

  /** After the closing mark: "…," Putin said / said Putin / he said / according to Peskov; «…», — заявил Путин. */
  afterQuote(pair: Pair): { outcome: Outcome; according: Outcome } {
    const { masked } = this;
    const paragraphEnd = this.paragraphEnd(this.paragraphOf(pair.close));
    const inner = this.body.slice(pair.open + 1, pair.close).trimEnd();
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
    const first = verbs[0];
    if (!first) return none;
    const tail = end;
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
      return { outcome: NONE, according: undefined };
    }
    // The subject first: "Putin said", "Russian President Vladimir Putin said", "he said", "Blinken told reporters".
    const subject = this.subjectBefore(first.start, j, first);
    switch (subject.kind) {
      case 'speaker':
        if (!this.titleRun(j, subject.mention.start)) return none;
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
      case 'pronoun': {
        if (subject.at !== j) return none;
        return { outcome: this.pronoun(subject.of, pair.open, j, first.end, first, tail), according: undefined };
      }
      case 'other':
        return { outcome: this.titleRun(j, first.start) ? NONE : undefined, according: undefined };
      default:
        return none;
    }
  }

  /** "according to Peskov", "selon Macron", "по словам Пескова" starting at `at`; "Peskow zufolge". */
  accordingAt(at: number, limit: number): Outcome {
    const { masked, lexicon } = this;
    lexicon.accordingAt.lastIndex = at;
    let m = lexicon.accordingAt.exec(masked);
    if (!m) {
      lexicon.accordingAfterQuote.lastIndex = at;
      m = lexicon.accordingAfterQuote.exec(masked);
    }
    if (m) {
      const speaker = this.speakerAfter(at + m[0].length, limit);
      if (!speaker) return NONE;
      return { speaker, attribution: 'according-to', verb: null, cueStart: at, cueEnd: speaker.end, tail: limit };
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
   * A quotation opening its paragraph under a paragraph that ends with a colon takes that paragraph's last sentence.
   */
  beforeQuote(pair: Pair): { outcome: Outcome; according: Outcome } {
    const { masked } = this;
    let quoteAt = pair.open;
    let floor = this.sentenceStart(pair.open);
    const paragraph = this.paragraphOf(pair.open);
    const paragraphStart = this.paragraphs[paragraph] ?? 0;
    if (this.skipSpaces(paragraphStart, pair.open) === pair.open && paragraph > 0) {
      const previousEnd = this.trimBack(paragraphStart, 0);
      if (masked[previousEnd - 1] === ':') {
        quoteAt = previousEnd;
        floor = this.sentenceStart(previousEnd - 1);
      }
    }
    const none = { outcome: undefined, according: undefined };
    if (quoteAt <= floor) return none;
    // A name and a colon.
    const colonAt = this.trimBack(quoteAt, floor) - 1;
    if (masked[colonAt] === ':') {
      const e = this.trimBack(colonAt, floor);
      const named = this.byEnd.get(e);
      if (named && this.isSpeaker(named) && named.start >= floor && this.opensClause(named.start, floor))
        return {
          outcome: { speaker: named, attribution: 'colon', verb: null, cueStart: named.start, cueEnd: e + 1 },
          according: undefined,
        };
    }
    const verbs = this.verbsIn(floor, quoteAt);
    let coordinated = false;
    for (let k = verbs.length - 1; k >= 0; k--) {
      const v = verbs[k] as VerbHit;
      if (k === verbs.length - 1) {
        // The speaker after the verb, right before the quote: "said Putin: “…”", "declaró Sánchez: «…»".
        const speaker = this.speakerAfter(v.end, quoteAt);
        if (speaker && /^[\s,:]*$/u.test(masked.slice(speaker.end, quoteAt)))
          return {
            outcome: { speaker, attribution: 'before-quote', verb: v.text, cueStart: v.start, cueEnd: speaker.end },
            according: undefined,
          };
      }
      if (v.inverted) return { outcome: this.pronoun('person', v.start, v.start, v.end, v), according: undefined };
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
        default:
          return { outcome: NONE, according: undefined };
      }
    }
    if (coordinated) {
      // "Putin arrived on Wednesday and said “…”": the subject that opens the sentence.
      const first = this.mentions[floorIndex(this.mentionStarts, floor - 1) + 1];
      if (first && first.start < quoteAt && this.isSpeaker(first) && this.opensClause(first.start, floor)) {
        const v = verbs.at(-1) as VerbHit;
        return {
          outcome: { speaker: first, attribution: 'before-quote', verb: v.text, cueStart: first.start, cueEnd: v.end },
          according: undefined,
        };
      }
      return { outcome: NONE, according: undefined };
    }
    // "According to Peskov, “…”", "По словам Пескова, «…»".
    const phrase = new RegExp(this.lexicon.according.source, 'giu');
    const prefix = masked.slice(floor, quoteAt);
    let lastPhrase = -1;
    for (let m = phrase.exec(prefix); m !== null; m = phrase.exec(prefix)) lastPhrase = floor + m.index;
    if (lastPhrase !== -1) return { outcome: undefined, according: this.accordingAt(lastPhrase, quoteAt) };
    return { outcome: undefined, according: this.accordingAt(floor, quoteAt) };
  }

  /** Reported speech in one sentence: "<speaker> said (that) <clause>." or "<clause>, <speaker> said." */
  reported(start: number, end: number): FoundQuotation | null {
    const { masked, body, lexicon } = this;
    const sets = lexicon.sets;
    const sentence = masked.slice(start, end);
    if (/[\uE000]/u.test(sentence) || DOUBLE_MARKS.test(sentence) || /(?:^|[\s(])['‘]/u.test(sentence)) return null;
    let stop = end;
    while (stop > start && /[\s.!…]/u.test(masked[stop - 1] as string)) stop--;
    if (masked[stop - 1] === '?' || stop <= start) return null;
    const clause = (from: number, to: number) => {
      const s = this.skipSpaces(from, to);
      return countWords(body.slice(s, to)) >= 3 ? { s, e: to } : null;
    };
    const verbs = this.verbsIn(start, stop);
    const v = verbs[0];
    if (v && sets.clauseVerbs.has(v.core)) {
      const subject = this.subjectBefore(v.start, start, v);
      if (subject.kind === 'speaker' && this.opensClause(subject.mention.start, start)) {
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
          if (from === -1 && sets.bareClauseVerbs.has(v.core)) {
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
            speaker: speakerOf(subject.mention),
            attribution: 'before-quote',
            verb: v.text,
            cue: body.slice(Math.min(subject.mention.start, v.start), v.end),
          };
      }
    }
    // "<clause>, the Kremlin said.", "…, a déclaré Macron."
    const comma = masked.lastIndexOf(',', stop - 1);
    if (comma <= start) return null;
    const tailVerbs = this.verbsIn(comma + 1, stop);
    const t = tailVerbs[0];
    if (!t || !sets.clauseVerbs.has(t.core)) return null;
    const said = clause(start, comma);
    if (!said) return null;
    // After the cue, at most a short adverbial ("on Tuesday", "mardi", "в среду"), never an object ("said nothing").
    const adverbialOnly = (from: number) => {
      const words = masked.slice(from, stop).split(/\s+/u).filter(Boolean);
      const first = words[0];
      if (first === undefined) return true;
      const lw = first.toLowerCase();
      return (
        words.length <= 4 &&
        !/[,;:]/u.test(masked.slice(from, stop)) &&
        (sets.functionWords.has(lw) || ADVERBIAL_STARTS.has(lw) || WEEKDAYS.has(lw) || /^\p{Lu}/u.test(first))
      );
    };
    if (t.start === this.skipSpaces(comma + 1, stop)) {
      const speaker = this.speakerAfter(t.end, stop);
      if (!speaker || !adverbialOnly(speaker.end)) return null;
      return {
        text: body.slice(said.s, said.e),
        start: said.s,
        end: said.e,
        kind: 'reported',
        speaker: speakerOf(speaker),
        attribution: 'after-quote',
        verb: t.text,
        cue: body.slice(t.start, speaker.end),
      };
    }
    const subject = this.subjectBefore(t.start, comma + 1, t);
    if (subject.kind !== 'speaker' || !this.titleRun(this.skipSpaces(comma + 1, stop), subject.mention.start, 4))
      return null;
    if (!adverbialOnly(t.end)) return null;
    return {
      text: body.slice(said.s, said.e),
      start: said.s,
      end: said.e,
      kind: 'reported',
      speaker: speakerOf(subject.mention),
      attribution: 'after-quote',
      verb: t.text,
      cue: body.slice(subject.mention.start, t.end),
    };
  }
}

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

/** Day names that follow a cue as its time ("the Kremlin said Tuesday", "a déclaré Macron mardi"). */
const WEEKDAYS = new Set([
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lundi', 'mardi', 'mercredi'],
  ...['jeudi', 'vendredi', 'samedi', 'dimanche', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  ...['domingo', 'hier', 'ayer', 'gestern', 'heute', 'вчера', 'сегодня'],
]);

function speakerOf(m: SpeakerMention): FoundQuotation['speaker'] {
  return { entityId: m.entityId, start: m.start, end: m.end, surface: m.surface };
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
): FoundQuotation[] {
  const lexicon = lexiconFor(language);
  const pairs = pairMarks(body);
  const finder = new Finder(body, lexicon, mentions, pairs);
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
    const after = finder.afterQuote(pair);
    let outcome = after.outcome;
    let according: Outcome;
    if (outcome === undefined) {
      const before = finder.beforeQuote(pair);
      outcome = before.outcome;
      according = after.according ?? before.according;
    }
    if (outcome === undefined) outcome = according;
    const prior = previous.paragraph === paragraph ? previous.attributed : null;
    if (outcome === undefined && prior?.speaker && prior.tail !== undefined) {
      // Nothing between but the cue of the quotation before: the same speaker goes on.
      if (/^[\s.,;:!?…—–-]*$/u.test(finder.masked.slice(prior.tail, pair.open)))
        outcome = { ...prior, tail: pair.close + 1 };
    }
    const attributed: Attributed | null = outcome === NONE || outcome === undefined ? null : outcome;
    const text = body.slice(start, end);
    if (!attributed) {
      const naming = lexicon.naming.test(finder.masked.slice(Math.max(0, pair.open - 40), pair.open));
      if (countWords(text) < 3 || naming || looksLikeTitle(text, language)) {
        previous.attributed = null;
        continue;
      }
    }
    found.push({
      text,
      start,
      end,
      kind: 'direct',
      speaker: attributed?.speaker ? speakerOf(attributed.speaker) : null,
      attribution: attributed?.attribution ?? null,
      verb: attributed?.verb ?? null,
      cue: attributed ? body.slice(attributed.cueStart, attributed.cueEnd) : null,
    });
    previous.attributed = attributed && { ...attributed, tail: attributed.tail ?? pair.close + 1 };
    previous.paragraph = finder.paragraphOf(pair.close);
  }

  for (let i = 0; i < finder.sentences.length; i++) {
    const s = finder.sentences[i] as number;
    const e = finder.sentenceEnd(s);
    const speech = e > s ? finder.reported(s, e) : null;
    if (speech) found.push(speech);
  }

  found.sort((a, b) => a.start - b.start);
  const out: FoundQuotation[] = [];
  for (const q of found) {
    const last = out.at(-1);
    if (!last || q.start >= last.end) out.push(q);
  }
  return out;
}

import { wordCount } from './language.ts';

/**
 * Page furniture recognised by what it says, on any site: consent banners, skip links, breadcrumbs, tickers,
 * bylines, share bars, captions and credits, advertisement slots, "related" lists, newsletter and comment boxes,
 * tag lists, calendar widgets, copyright lines. Wording in English, French, Spanish, German and Russian (and a
 * few shared forms in Italian, Portuguese and Dutch, and in Chinese, Japanese and Korean: "광고", "相关新闻", "関連記事",
 * "分享到", "○○○ 기자", "版权所有"). Each pattern describes furniture in general, never one site.
 */

export const FURNITURE_REASONS = [
  'consent',
  'timestamp',
  'skip-link',
  'breadcrumb',
  'navigation',
  'ticker',
  'byline',
  'credit',
  'share',
  'caption',
  'advertisement',
  'related',
  'teaser',
  'newsletter',
  'comments',
  'tags',
  'calendar',
  'copyright',
  'social',
  'promo',
  'link',
  'reading-time',
  'widget',
] as const;
export type FurnitureReason = (typeof FURNITURE_REASONS)[number];

export interface Furniture {
  reason: FurnitureReason;
  detail: string;
  /**
   * `comments-start`: a comment section begins; nothing after it is story.
   * `list-start`: a heading over a list of other stories or tags; the short lines after it belong to the list.
   */
  starts?: 'comments' | 'list';
}

/** Letters and digits of any script: `\b` in JavaScript knows only ASCII words. */
const L = '\\p{L}\\p{N}';
const START = `(?<![${L}])`;
const END = `(?![${L}])`;

/** The line as a phrase: outer punctuation, symbols, counts and spacing gone, lower case. */
export function phraseKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/^[\s\p{P}\p{S}\d]+|[\s\p{P}\p{S}\d]+$/gu, '')
    .replace(/\s+/g, ' ');
}

const words = (line: string) => line.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];

const set = (...items: string[]) => new Set(items);

/** Whole lines that are a heading over other stories: what follows is a list, not story. */
const RELATED_HEADINGS = set(
  'related',
  'related articles',
  'related stories',
  'related posts',
  'related news',
  'related content',
  'related coverage',
  'related topics',
  'related links',
  'read also',
  'read more',
  'read next',
  'see also',
  'also read',
  'more on this story',
  'more on this topic',
  'more stories',
  'more news',
  'more from this section',
  'more like this',
  'you may also like',
  'you might also like',
  'you may be interested in',
  'recommended',
  'recommended for you',
  'recommended stories',
  'recommended articles',
  'most popular',
  'most read',
  'most viewed',
  'most shared',
  'popular',
  'popular now',
  'top stories',
  'trending',
  'trending now',
  "editor's picks",
  "editors' picks",
  "don't miss",
  'latest news',
  'latest stories',
  'latest',
  'in other news',
  'you may have missed',
  'vous aimerez aussi',
  'vous pourriez aussi aimer',
  'vous aimerez peut-être',
  'nos recommandations',
  'también te puede gustar',
  'te recomendamos',
  'das könnte ihnen auch gefallen',
  'unsere empfehlungen',
  'вам может быть интересно',
  'рекомендуем',
  'рекомендуем прочитать',
  'lire aussi',
  'à lire aussi',
  'a lire aussi',
  'à lire également',
  'lire également',
  'voir aussi',
  'sur le même sujet',
  'dans la même rubrique',
  'les plus lus',
  'les plus populaires',
  'à la une',
  'articles similaires',
  'articles liés',
  'nos articles',
  'à découvrir',
  'à voir aussi',
  'dernières actualités',
  'lea también',
  'lee también',
  'leer más',
  'te puede interesar',
  'también te puede interesar',
  'noticias relacionadas',
  'artículos relacionados',
  'lo más leído',
  'lo más visto',
  'más noticias',
  'más información',
  'últimas noticias',
  'lesen sie auch',
  'lesen sie mehr',
  'mehr zum thema',
  'auch interessant',
  'das könnte sie auch interessieren',
  'das könnte sie interessieren',
  'meistgelesen',
  'meistgelesene artikel',
  'weitere artikel',
  'weitere nachrichten',
  'neueste artikel',
  'empfohlen',
  'читайте также',
  'смотрите также',
  'см. также',
  'по теме',
  'новости по теме',
  'ещё по теме',
  'еще по теме',
  'самое читаемое',
  'самое популярное',
  'популярное',
  'похожие новости',
  'последние новости',
  'другие новости',
  'leggi anche',
  'leia também',
  'veja também',
  'lees ook',
  'czytaj także',
  'czytaj też',
  'zobacz też',
  'читайте також',
  'дивіться також',
  '관련기사',
  '관련 기사',
  '관련뉴스',
  '관련 뉴스',
  '많이 본 뉴스',
  '많이 본 기사',
  '추천 기사',
  '相关新闻',
  '相關新聞',
  '相关阅读',
  '相關閱讀',
  '相关文章',
  '相關文章',
  '相关报道',
  '相關報道',
  '延伸阅读',
  '延伸閱讀',
  '推荐阅读',
  '推薦閱讀',
  '热门新闻',
  '熱門新聞',
  '关联記事',
  '関連記事',
  '関連ニュース',
  'おすすめ記事',
);

/** Prefixes that put another story's headline on the same line: "Read also: …", "Lire aussi : …". */
const RELATED_PREFIX = new RegExp(
  `^[\\s\\p{P}\\p{S}]*(?:related|read also|also read|read more|see also|more|lire aussi|à lire aussi|a lire aussi|à lire également|voir aussi|lea también|lee también|leer más|te puede interesar|ver también|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|siehe auch|читайте также|смотрите также|читайте|по теме|leggi anche|leia também|lees ook)${END}\\s*[:：|»›>—–-]\\s*\\S`,
  'iu',
);

/** A comment section begins: after it, nothing is story. */
const COMMENT_HEADINGS = set(
  'comments',
  'comment',
  'commenter',
  'comentar',
  'kommentieren',
  'комментировать',
  'leave a reply',
  'leave a comment',
  'post a comment',
  'add a comment',
  'add comment',
  'write a comment',
  'show comments',
  'view comments',
  'join the conversation',
  'join the discussion',
  'comments are closed',
  'commentaires',
  'commentaire',
  'laisser un commentaire',
  'laissez un commentaire',
  'ajouter un commentaire',
  'réagir',
  'réagissez',
  'les commentaires sont fermés',
  'comentarios',
  'comentario',
  'deja un comentario',
  'deja tu comentario',
  'escribe un comentario',
  'añadir comentario',
  'los comentarios están cerrados',
  'kommentare',
  'kommentar',
  'kommentar schreiben',
  'kommentar verfassen',
  'diskutieren sie mit',
  'leserkommentare',
  'kommentare sind geschlossen',
  'комментарии',
  'комментарий',
  'оставить комментарий',
  'оставьте комментарий',
  'добавить комментарий',
  'написать комментарий',
  'комментарии закрыты',
  'commenti',
  'komentarze',
  'коментарі',
  'lascia un commento',
  'comentários',
  'deixe um comentário',
  'reacties',
  '댓글',
  '댓글쓰기',
  '评论',
  '評論',
  '留言',
  '网友评论',
  '網友評論',
  'コメント',
);

/** Parts of a comment form that can stand alone. */
const COMMENT_FORM =
  /^(?:your email address will not be published|required fields are marked|you must be logged in to post a comment|log in to comment|sign in to comment|votre adresse (?:e-?mail|de messagerie) ne sera pas publiée|les champs obligatoires sont indiqués|tu dirección de correo electrónico no será publicada|los campos obligatorios están marcados|ihre e-?mail-adresse wird nicht veröffentlicht|erforderliche felder sind|ваш (?:e-?mail|адрес email) не будет опубликован|обязательные поля помечены)/iu;

const SKIP_LINK =
  /^(?:skip to (?:main )?(?:content|navigation|search|footer|main)|skip navigation|navigation überspringen|inhalt überspringen|jump to (?:main )?content|aller au contenu(?: principal)?|passer au contenu(?: principal)?|aller (?:au|à la) (?:menu|navigation|recherche)|(?:saltar|ir) al contenido(?: principal)?|zum (?:haupt)?inhalt(?: springen)?|direkt zum inhalt|zur navigation|перейти к (?:содержанию|основному содержанию|содержимому|контенту)|к содержанию|salta al contenuto|pular para o conteúdo|przejdź do (?:treści|zawartości)|перейти до (?:основного )?(?:вмісту|змісту))$/iu;

/** Single words or short phrases that are page tools, not story. */
const TOOLS = set(
  'menu',
  'search',
  'sign in',
  'log in',
  'login',
  'register',
  'subscribe',
  'my account',
  'close',
  'back to top',
  'back to top button',
  'top',
  'print',
  'email',
  'e-mail',
  'share',
  'share this',
  'share this article',
  'share this story',
  'share on facebook',
  'share on twitter',
  'share on x',
  'share on whatsapp',
  'tweet',
  'copy link',
  'copy the link',
  'link copied',
  'save',
  'save article',
  'listen',
  'listen to this article',
  'gift this article',
  'rechercher',
  'recherche',
  'se connecter',
  "s'abonner",
  'abonnez-vous',
  'partager',
  'partager cet article',
  'partager sur facebook',
  'partager sur twitter',
  'imprimer',
  'copier le lien',
  'écouter cet article',
  'retour en haut',
  'haut de page',
  'buscar',
  'iniciar sesión',
  'suscríbete',
  'compartir',
  'compartir en facebook',
  'compartir en twitter',
  'compartir este artículo',
  'imprimir',
  'copiar enlace',
  'escuchar',
  'escuchar noticia',
  'volver arriba',
  'ir arriba',
  'suche',
  'anmelden',
  'abonnieren',
  'teilen',
  'artikel teilen',
  'auf facebook teilen',
  'drucken',
  'link kopieren',
  'artikel anhören',
  'vorlesen',
  'merken',
  'nach oben',
  'zurück nach oben',
  'поиск',
  'войти',
  'подписаться',
  'поделиться',
  'поделиться в telegram',
  'поделиться в вконтакте',
  'распечатать',
  'печать',
  'скопировать ссылку',
  'слушать',
  'наверх',
  'condividi',
  'compartilhar',
  'delen',
  '공유',
  '공유하기',
  '인쇄',
  '스크랩',
  '링크복사',
  '링크 복사',
  '分享',
  '打印',
  '列印',
  '复制链接',
  '複製連結',
  '共有',
  'シェア',
  '印刷',
);

/** Social networks and messengers a share bar offers. */
const NETWORK_NAMES = [
  'facebook',
  'twitter',
  'whatsapp',
  'telegram',
  'linkedin',
  'reddit',
  'pinterest',
  'messenger',
  'flipboard',
  'instagram',
  'youtube',
  'tiktok',
  'vk',
  'вконтакте',
  'одноклассники',
  'viber',
  'xing',
  'bluesky',
  'mastodon',
  'threads',
  'line',
  'kakaotalk',
  '카카오톡',
  '카카오스토리',
  '페이스북',
  '트위터',
  '네이버',
  '밴드',
  'weibo',
  'wechat',
  '微博',
  '微信',
  '臉書',
  '脸书',
  'qq',
  'qq空间',
  'qq空間',
];
const NETWORKS = set(...NETWORK_NAMES);

const SHARE_WORDS = set(
  ...NETWORK_NAMES,
  'share',
  'shares',
  'tweet',
  'email',
  'e-mail',
  'mail',
  'print',
  'copy',
  'link',
  'x',
  'vkontakte',
  'ok',
  'partager',
  'imprimer',
  'compartir',
  'imprimir',
  'teilen',
  'drucken',
  'поделиться',
  'печать',
  'send',
  'envoyer',
  'enviar',
  'senden',
  'отправить',
  'via',
  'por',
  'par',
  'per',
  'condividi',
  'compartilhar',
  'delen',
  'on',
  'sur',
  'en',
  'auf',
  'в',
  'this',
  'article',
  '공유',
  '공유하기',
  '링크복사',
  '복사',
  '인쇄',
  '스크랩',
  '分享',
  '分享到',
  '复制链接',
  '複製連結',
  '打印',
  '列印',
  '共有',
  'シェア',
);

const ADVERTISEMENT = set(
  'advertisement',
  'advertising',
  'ad',
  'ads',
  'sponsored',
  'sponsored content',
  'paid content',
  'paid post',
  'partner content',
  'story continues below advertisement',
  'article continues below advertisement',
  'continue reading below',
  'publicité',
  'contenu sponsorisé',
  'publi-rédactionnel',
  'la suite après cette publicité',
  'publicidad',
  'anuncio',
  'contenido patrocinado',
  'anzeige',
  'werbung',
  'gesponsert',
  'weiter nach der anzeige',
  'реклама',
  'партнерский материал',
  'партнёрский материал',
  'на правах рекламы',
  'pubblicità',
  'publicidade',
  'advertentie',
  'reklama',
  'reklame',
  'annons',
  'mainos',
  '광고',
  '广告',
  '廣告',
  '広告',
  '推广',
  '推廣',
);

/** A consent button worded beyond the usual list: "Aceptar y cerrar", "Accetta tutti", "Manage choices". */
const CONSENT_BUTTON_LEAD =
  /^(?:accept|accept all|aceptar|accepter|tout accepter|akzeptieren|zustimmen|принять|accetta|aceitar|akceptuj(?:ę)?|reject|reject all|rechazar|refuser|ablehnen|отклонить|rifiuta|rejeitar|odrzuć|(?:manage|gérer|gestionar|verwalten)\s+(?:my |mes |mis |meine )?(?:choices|options|preferences|settings|cookies|choix|préférences|paramètres|opciones|preferencias|einstellungen))(?:\s+\p{L}+){0,2}$/iu;

/** "- Advertisement -" glued before a teaser, as some scrapes flatten an ad slot into the next line. */
const ADVERTISEMENT_LEAD =
  /^[-–—\s]*(?:advertisement|commercial|sponsored|publicité|publicidad|anzeige|werbung|реклама)\s*[-–—]\s+/iu;

const COOKIE_WORD = /cookie|кук|galleta/iu;
const CONSENT_CONTEXT = new RegExp(
  `${START}(?:utilizz|consens|sito|navigaz|używ|zgod|serwis|korzyst|використ|погодж|use|uses|using|used|accept|agree|consent|privacy|policy|settings|preferences|partners|browsing|browse|website|site|experience|personali[sz]e|analytics|utilis|accept|politique|confidentialité|paramètres|partenaires|navigation|consentement|acept|utiliza|usamos|política|privacidad|configura|navega|consentimiento|verwende|nutzen|akzept|zustimm|einwillig|datenschutz|einstellungen|webseite|website|использ|принима|согла|конфиденциальн|настро|сайт)`,
  'iu',
);
const PRIVACY_BANNER =
  /(?:we value your privacy|we care about your privacy|your privacy choices|nous respectons votre vie privée|vos choix en matière de confidentialité|valoramos tu privacidad|tu privacidad es importante|wir respektieren ihre privatsphäre|ihre privatsphäre ist uns wichtig|мы ценим вашу конфиденциальность)/iu;
const CONSENT_BUTTONS = set(
  'accept',
  'accept all',
  'accept all cookies',
  'accept cookies',
  'allow all',
  'allow all cookies',
  'reject all',
  'reject',
  'decline',
  'i agree',
  'agree',
  'got it',
  'ok',
  'manage preferences',
  'manage settings',
  'manage cookies',
  'cookie settings',
  'cookie policy',
  'privacy settings',
  'customise',
  'customize',
  'more options',
  'tout accepter',
  'accepter',
  'accepter et fermer',
  'tout refuser',
  'refuser',
  'continuer sans accepter',
  'paramétrer les cookies',
  'gérer les cookies',
  'personnaliser',
  "j'accepte",
  'aceptar',
  'aceptar todo',
  'aceptar todas',
  'aceptar cookies',
  'rechazar',
  'rechazar todo',
  'configurar',
  'configurar cookies',
  'acepto',
  'alle akzeptieren',
  'akzeptieren',
  'alle ablehnen',
  'ablehnen',
  'einstellungen',
  'cookie-einstellungen',
  'ich stimme zu',
  'ich akzeptiere',
  'zustimmen',
  'einverstanden',
  'принять',
  'принять все',
  'принимаю',
  'отклонить',
  'настройки',
  'настроить',
  'согласен',
  'понятно',
  'accetta',
  'accetta tutto',
  'rifiuta',
  'aceitar',
  'accepteren',
);

const BREADCRUMB_HOME =
  /^(?:home|homepage|accueil|inicio|portada|startseite|главная|home page|news|홈|首页|首頁|主页|主頁|ホーム|トップ)$/iu;
/** "HomeWorldEurope…": a breadcrumb flattened without separators, starting from the home page. */
const GLUED_BREADCRUMB = /^(?:Home|Accueil|Inicio|Portada|Startseite|Главная)(?=\p{Lu})/u;
const BREADCRUMB_SEPARATOR = /\s*(?:›|»|>|→|\/|\||·|•|‣|::|»)\s*/u;

const TICKER_PREFIX =
  /^(?:breaking(?: news)?|just in|live(?: updates)?|developing|trending|ticker|latest|alert|dernière minute|dernière heure|en direct|alerte|última hora|en directo|en vivo|eilmeldung|liveticker|live-ticker|aktuell|срочно|молния|онлайн|ultim'ora|urgente)\s*[:|—–-]\s*\S/iu;
const MARKET_MOVE = /[▲▼△▽↑↓]|[+\-−]\s?\d+(?:[.,]\d+)?\s?%/gu;
const TEMPERATURE = /-?\d+\s?°\s?[CF]?/gu;

/** Words that open a byline, lower case: "By", "Par", "Por", "Von", "Автор:". */
const BYLINE_LEADS = new Set([
  'by',
  'written by',
  'words by',
  'story by',
  'par',
  'por',
  'von',
  'text',
  'texto',
  'автор',
  'авторы',
  'текст',
  'di',
  'door',
]);
const BYLINE = /^((?:[Ww]ritten |[Ww]ords |[Ss]tory )?[\p{L}]+):?\s+(?=\p{L})/u;
/** A newsroom signing without a person: "Redacción / Europa Press", "Redaktion | dpa", "Staff and agencies". */
const NEWSROOM =
  /^(?:staff|newsroom|wire staff|la rédaction|rédaction|redacción|la redacción|redaktion|die redaktion|редакция|redazione|redakcja|редакція)$/iu;
const BYLINE_CONNECTOR = /^(?:and|et|y|und|и|e|en|&|,)$/iu;
/** A name-like token: capitalised, or an initial, or a particle inside a name. */
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|de|del|la|le|van|von|der|den|du|da|di|ben|al|y)$/u;
const ROLE_WORDS =
  /(?:correspondent|reporter|writer|editor|staff|journalist|contributor|envoyé spécial|envoyée spéciale|correspondant|correspondante|journaliste|rédaction|corresponsal|redacción|periodista|enviado especial|enviada especial|korrespondent|korrespondentin|redaktion|redakteur|redakteurin|корреспондент|обозреватель|редакция|специальный корреспондент)/iu;
const CREDIT_LINE =
  /^(?:\(?(?:reporting|additional reporting|writing|editing|compiled|produced|graphics|research) by\b|\(?with (?:afp|ap|reuters|agencies|dpa|efe)\)?\.?$|avec (?:afp|ap|reuters|agences)\b|\(?con (?:información de |informaciones de )?(?:efe|afp|ap|reuters|europa press|agencias)\)?\.?$|mit (?:material von |informationen von )?(?:dpa|afp|ap|reuters|agenturen)\b|\(?(?:dpa|afp|ap|reuters|efe|ria novosti|тасс|интерфакс)(?:\/\w+)*\)?\.?$|по материалам\b|с использованием материалов\b)/iu;

/**
 * Chinese, Japanese and Korean bylines: "홍길동 기자", "서울=홍길동 특파원 hong@example.kr", "記者 李明", "責任編輯：李嘉欣".
 * A reporter's role follows the name in Korean and leads it in Chinese; the line holds nothing else.
 */
const CJK_BYLINE =
  /^(?:[([]?\p{Script=Hangul}{1,10}=\s*)?(?:\p{Script=Hangul}{2,4}\s*){1,3}(?:기자|특파원|선임기자|객원기자|논설위원|인턴기자)(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$|^(?:本报记者|本報記者|记者|記者|特派记者|特派記者|特约记者|特約記者|通讯员|通訊員|责任编辑|責任編輯|责编|責編|编辑|編輯|撰文|作者|文)\s*[：:｜|/]?\s*[\p{Script=Han}·・\s、，,]{2,24}$/u;
/** "来源：新华社", "來源：中央社": the agency a Chinese page credits. */
const CJK_SOURCE = /^(?:来源|來源|稿源|出处|出處)\s*[：:]\s*\S.{0,30}$/u;

/** "Park reported from Seoul. Sorokin reported from Moscow.": who reported what, under the story. */
const REPORTED_FROM =
  /^(?:\(?\p{Lu}[\p{L}'’-]+(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+)?\s+(?:reported from|contributed (?:reporting|to this (?:report|story|article))|wrote from)(?![\p{L}])[^.!?]{0,60}[.!?]\)?\s*){1,4}$/u;
/** A credit in parentheses at the end: "(Ledger photo by Sam Ortiz)", "(Foto de Ana Ruiz)". */
const CAPTION_PAREN =
  /\([^()]{0,40}(?:photo|foto|фото|bild|imagen|image|picture)s?\s*(?:by|de|von|:|\/)\s*\p{Lu}[^()]{0,60}\)\s*\.?$/iu;

const CAPTION_LEAD =
  /^(?:photo|photos|photograph|picture|image|images|video|foto|fotos|fotografía|imagen|bild|bilder|фото|фотография|видео|иллюстрация|crédit(?:s)?(?: photo)?|credit|source|quelle|fuente|источник)\s*(?:credit\s*)?(?::|©|\/|by\b|de\b|von\b)/iu;
const CAPTION_CREDIT =
  /(?:(?:photo|photograph|picture|image|foto|fotografía|imagen|bild|фото|crédit|credit)\s*(?:credit\s*)?[:©]\s*[^.!?]{2,60}|\((?:photo|foto|фото|image|bild|imagen)[^)]{0,80}\)|\s[/|]\s?(?:afp|ap|reuters|epa|dpa|getty images|efe|tass|тасс|риа новости|ria novosti|shutterstock|anadolu|xinhua|imago|picture alliance|keystone|sipa)(?:\s+via [\w ]+)?|(?:getty images|ap photo|afp photo|reuters photo|epa-efe|picture alliance|shutterstock)(?:\/[\p{L} .'-]+)?|©\s*[\p{L}][^.!?]{1,60})\)?\s*\.?$/iu;

const NEWSLETTER_LEAD =
  /^(?:sign up|subscribe|get (?:our|the) (?:free )?newsletter|join our (?:free )?newsletter|enter your e-?mail|inscrivez-vous|abonnez-vous|recevez (?:notre|nos) newsletter|suscr[ií]b(?:e|ete|irse)|recibe (?:nuestra|nuestro|el) (?:newsletter|boletín)|apúntate|jetzt (?:kostenlos )?(?:anmelden|abonnieren|registrieren)|newsletter abonnieren|melden sie sich|abonnieren sie|подпис(?:ывайтесь|аться|ка на рассылку|ывайся)|подпишитесь|получайте (?:новости|рассылку)|iscriviti|assine)/iu;
const NEWSLETTER_HEADINGS = set('newsletter', 'newsletters', 'infolettre', 'boletín', 'рассылка', 'розсилка');
const NEWSLETTER_WORD = /newsletter|boletín|рассылк|infolettre|lettre d'information/iu;
const NEWSLETTER_ACTION =
  /sign|subscri|subscrev|receb|iscriv|zapisz|підпиш|inscri|suscri|abonn|anmeld|registr|подпис|подпиш|e-?mail|inbox|free|gratuit|gratis|kostenlos|бесплатн|deliver|recev|recib|erhalten|получа/iu;

/** A sign-up box that does not say "newsletter": the call to subscribe, with an inbox or closing the line. */
const SUBSCRIBE_CALL =
  /(?:sign up|subscribe|abonnieren|abonnez-vous|inscrivez-vous|suscríbete|suscríbase|подпишитесь|подписывайтесь|iscriviti|subscreva|assine|zapisz się)/iu;
const INBOX =
  /inbox|mailbox|postfach|boîte (?:mail|e-?mail|de réception)|bandeja de entrada|почтов\p{L}* ящик|casella di posta|caixa de (?:correio|entrada)|skrzynk/iu;
const SUBSCRIBE_CALL_END =
  /(?:sign up|subscribe|abonnieren|anmelden|abonnez-vous|inscrivez-vous|suscríbete|suscríbase|подпишитесь|iscriviti|subscreva|assine|zapisz się)(?:\s+(?:now|here|today|free|for free|gratuitement|gratis|ahora|jetzt|kostenlos|сейчас|бесплатно|ora|agora|już))?\s*[.!]?$/iu;

const TAGS_LEAD =
  /^(?:태그|키워드|标签|標籤|关键词|關鍵詞|關鍵字|タグ|キーワード|tags?|topics?|keywords|filed under|categories|category|mots[- ]clés|thèmes|sujets|étiquettes|catégories|etiquetas|temas|palabras clave|categorías|schlagwörter|schlagworte|themen|stichwörter|kategorien|теги|метки|темы|ключевые слова|рубрики|рубрика)\s*[:：]/iu;
const TAGS_HEADINGS = set(
  'tags',
  'topics',
  'keywords',
  'mots-clés',
  'mots clés',
  'thèmes',
  'etiquetas',
  'temas',
  'schlagwörter',
  'themen',
  'теги',
  'метки',
  'темы',
  '태그',
  '키워드',
  '标签',
  '標籤',
  '关键词',
  '關鍵字',
  'タグ',
);

const WEEKDAY_ABBREVIATIONS = set(
  'mo',
  'tu',
  'we',
  'th',
  'fr',
  'sa',
  'su',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'lu',
  'ma',
  'me',
  'je',
  've',
  'di',
  'lun',
  'mar',
  'mer',
  'jeu',
  'ven',
  'sam',
  'dim',
  'l',
  'm',
  'x',
  'j',
  'v',
  's',
  'd',
  'mié',
  'jue',
  'vie',
  'sáb',
  'dom',
  'do',
  'mi',
  'пн',
  'вт',
  'ср',
  'чт',
  'пт',
  'сб',
  'вс',
);

const COPYRIGHT =
  /©|ⓒ|\(c\)\s*\d{4}|^copyright\s*(?:©|\(c\)|\d{4})|all rights reserved|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten|все права защищены|tutti i diritti riservati|todos os direitos reservados|reproduction (?:totale ou partielle )?interdite|использование материалов .{0,40}разрешено/iu;

const SOCIAL =
  /^(?:(?:for (?:the )?latest updates,? )?follow us\b|follow (?:us|@)|like us on facebook|find us on|suivez-nous|retrouvez-nous sur|síguenos|siguenos|folgen sie uns|folge uns|подписывайтесь на нас|подписывайтесь на наш|мы в (?:telegram|соцсетях)|seguici|siga-nos)/iu;

const PROMO =
  /^(?:unlock\b|already (?:a subscriber|subscribed|have an account)|become a (?:member|subscriber)|support (?:our|independent) journalism|try \d+ (?:days|weeks)|download (?:our|the) app|get the app|téléchargez (?:notre|l')application|déjà abonné|abonnez-vous pour|descarga (?:nuestra|la) app|ya eres suscriptor|laden sie (?:unsere|die) app|bereits abonnent|jetzt weiterlesen|скачайте (?:наше )?приложение|this (?:article|content) is (?:for|reserved for) subscribers|cet article est réservé aux abonnés|contenido exclusivo para suscriptores|dieser artikel ist (?:nur )?für abonnenten|this (?:article|story) is (?:free|brought to you)|cet article vous est (?:offert|proposé)|este artículo (?:es gratuito|está abierto)|dieser artikel ist (?:kostenlos|frei)|эта статья (?:в открытом доступе|бесплатна))/iu;
const PICTOGRAPH_LEAD = /^[\p{Extended_Pictographic}\u{1F000}-\u{1FAFF}\u2190-\u21FF\u2794\u27A1]/u;
const BARE_LINK = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:\/\S*)?$/iu;
const READING_TIME =
  /^(?:(?:reading time|read time|temps de lecture|tiempo de lectura|lesezeit|lesedauer|время чтения)\s*:?\s*)?(?:\d+|un|une|uno|una|ein|eine|одна)\s*(?:-|\s)?(?:min(?:ute)?s?|minuten|минут[аы]?|мин)\.?\s*(?:read|de lecture|de lectura|lesezeit|lesen|чтения)?$/iu;
const PREV_NEXT =
  /^(?:PREV|NEXT|PREVIOUS|previous (?:article|post|story)|next (?:article|post|story)|article précédent|article suivant|artículo anterior|artículo siguiente|noticia anterior|noticia siguiente|vorheriger artikel|nächster artikel|предыдущая (?:статья|новость)|следующая (?:статья|новость)|articolo precedente|articolo successivo)(?![\p{L}])/u;
const PREV_NEXT_I =
  /^(?:previous (?:article|post|story)|next (?:article|post|story)|article précédent|article suivant|artículo anterior|artículo siguiente|noticia anterior|noticia siguiente|vorheriger artikel|nächster artikel|предыдущая (?:статья|новость)|следующая (?:статья|новость))(?![\p{L}])/iu;

/** "Updated 2 hours ago", "il y a 3 heures", "hace 5 minutos", "vor 2 Stunden", "2 часа назад". */
const RELATIVE_TIME =
  /^(?:(?:updated|posted|published|mis à jour|publié|actualizado|publicado|aktualisiert|veröffentlicht|обновлено|опубликовано)\s*:?\s*)?(?:(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago|il y a\s+\d+\s+(?:secondes?|minutes?|min|heures?|h|jours?)|hace\s+\d+\s+(?:segundos?|minutos?|min|horas?|h|días?)|vor\s+\d+\s+(?:sekunden|minuten|min\.?|stunden?|std\.?|tagen?)|\d+\s+(?:секунд[аы]?|минут[аы]?|мин\.?|час(?:а|ов)?|дн(?:я|ей)|день)\s+назад|just now|à l'instant|ahora mismo|gerade eben|только что)$/iu;

/** "Share on WhatsApp", "Partager sur X", "Per E-Mail senden", "Отправить по почте". */
const SHARE_ACTION =
  /^(?:share|partager|compartir|teilen|поделиться|condividi|compartilhar|delen)\s+(?:on|via|sur|par|en|por|auf|per|в|через|su|no|op)\s+[\p{L}\p{N}.-]+$|^(?:send|envoyer|enviar|senden|per e-?mail senden|отправить|invia)\s+(?:by|par|por|per|по|via)?\s*(?:e-?mail|mail|courriel|correo|почте|почтой)$/iu;

/** A heading over more of the site: "More from News", "Mehr aus Regionales", "Plus d'actualités", "Ещё из раздела". */
const MORE_FROM =
  /^(?:more (?:from|in|on|stories from|news from)|mehr (?:aus|zu|von|zum thema)|weitere (?:artikel|nachrichten|meldungen) (?:aus|zu)|plus d'(?:actualités|articles|infos)|plus de|autres articles|más (?:de|noticias de|sobre)|otras noticias|ещё из|еще из|другие (?:новости|материалы)|больше (?:новостей|материалов))(?:\s|$)/iu;

/** A typo-report or feedback widget. */
const ERROR_REPORT =
  /^(?:found (?:a|an) (?:typo|error|mistake)|spotted (?:a|an) (?:error|mistake)|report (?:a|an) (?:error|typo|correction)|signaler une erreur|vous avez repéré une erreur|¿has visto (?:un|algún) error|reportar (?:un )?error|fehler gefunden|fehler melden|нашли ошибку|сообщить об ошибке|заметили ошибку)/iu;

/** Links to the site's own lists and pages. */
const SITE_LINKS = set(
  'all news',
  'all stories',
  'more news',
  'view all',
  'see all',
  'show more',
  'load more',
  'toutes les actualités',
  'voir tout',
  'voir plus',
  'todas las noticias',
  'ver todo',
  'ver más',
  'cargar más',
  'alle nachrichten',
  'alle artikel',
  'alle meldungen',
  'mehr anzeigen',
  'mehr laden',
  'все новости',
  'все материалы',
  'показать ещё',
  'показать еще',
  'загрузить ещё',
  'about us',
  'contact',
  'contact us',
  'privacy policy',
  'terms of use',
  'terms of service',
  'terms and conditions',
  'imprint',
  'impressum',
  'datenschutz',
  'datenschutzerklärung',
  'mentions légales',
  'politique de confidentialité',
  'aviso legal',
  'política de privacidad',
  'política de cookies',
  'контакты',
  'о нас',
  'политика конфиденциальности',
);

/** Terms for reusing the site's text: "При использовании материалов ссылка обязательна", "may not be redistributed". */
const REUSE_NOTICE =
  /(?:무단\s?전재|재배포\s?금지|版權所有|版权所有|不得轉載|不得转载|禁止轉載|禁止转载|未經授權|未经授权|無断転載|無断複製|использовании материалов.{0,60}ссылка.{0,40}обязательна|перепечатка.{0,40}запрещена|may not be (?:published|reproduced|redistributed)|reproduction (?:interdite|prohibée)|prohibida (?:su|la) reproducción|nachdruck.{0,40}(?:nur mit|verboten|untersagt))/iu;

/** "© 2024 Name", "Name © 2024", "Copyright …", "All rights reserved": a copyright line, not a photo credit. */
const COPYRIGHT_STRONG =
  /©\s*\d{4}|\d{4}\s*©|©[^.!?]{1,60}\d{4}\s*\.?$|\(c\)\s*\d{4}|^copyright\s*(?:©|\(c\)|\d{4})|rights reserved|droits réservés|derechos reservados|rechte vorbehalten|права защищены|diritti riservati|riproduzione riservata|direitos reservados|prawa zastrzeżone|права захищені/iu;

function isBreadcrumb(line: string): boolean {
  if (GLUED_BREADCRUMB.test(line)) return true;
  const parts = line.split(BREADCRUMB_SEPARATOR).map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => !/\p{L}/u.test(p))) return false;
  const short = parts.slice(0, -1).every((p) => words(p).length <= 4);
  if (!short) return false;
  if (BREADCRUMB_HOME.test(parts[0] as string)) return true;
  // "World › Europe › France": three or more short segments and no sentence in them.
  return parts.length >= 3 && parts.every((p) => words(p).length <= 4) && !/[.!?]$/.test(line);
}

/** A verb that opens a bar of share buttons: "Share", "Teilen Sie diesen Artikel", "Поділитися". */
const SHARE_VERB =
  /^(?:공유하기|공유|分享到|分享|共有する|共有|シェアする|シェア|share|partager|partagez|compartir|comparte|teilen|поделиться|поделитесь|поділитися|condividi|compartilhar|partilhar|udostępnij|delen|send|envoyer|enviar|senden|отправить)(?![\p{L}])/iu;

function isShareBar(line: string): boolean {
  const tokens = words(line.toLowerCase());
  if (tokens.length === 0 || tokens.length > 12) return false;
  const share = tokens.filter((t) => SHARE_WORDS.has(t)).length;
  const networks = tokens.filter((t) => NETWORKS.has(t)).length;
  if (share === tokens.length && (networks >= 2 || (networks >= 1 && tokens.length <= 4))) return true;
  if (/[.!?]$/.test(line) || !SHARE_VERB.test(line.trim())) return false;
  // "Share 𝕏 f in ✉", "Teilen: ✉ · f · 𝕏 · WhatsApp", "Teilen Sie diesen Artikel: Facebook | X": after the verb (or
  // the few words before a colon), only networks, the letters that stand for their icons, and symbols.
  const colon = line.search(/[:：]/);
  const lead = colon !== -1 && words(line.slice(0, colon)).length <= 5;
  const list = lead ? line.slice(colon + 1) : line;
  const rest = words(list.toLowerCase()).slice(lead ? 0 : 1);
  const icons = (list.match(/[\p{So}\u{1D400}-\u{1D7FF}]/gu) ?? []).length;
  const buttons = rest.filter((t) => SHARE_WORDS.has(t) || NETWORKS.has(t) || [...t].length <= 2);
  return buttons.length === rest.length && buttons.length + icons >= 2;
}

/** "#Strikes #Shipping #Unions", "#grève #transport aérien #Orly": a line of hashtags. */
function isHashtagList(line: string): boolean {
  const tags = line.match(/(?:^|\s)#[\p{L}\p{N}_]/gu)?.length ?? 0;
  return tags >= 2 && line.trimStart().startsWith('#') && !/[.!?]$/.test(line) && tags * 2 >= words(line).length;
}

function isByline(line: string): boolean {
  if (/[.!?]["”»]?$/.test(line) && !/\b[A-Z]\.$/.test(line)) return false;
  const segments = line.split(/\s*[|·•/]\s*|\s[–—-]\s/).filter((p) => p.trim());
  if (
    segments.length >= 2 &&
    line.length <= 60 &&
    NEWSROOM.test(phraseKey(segments[0] as string)) &&
    segments.slice(1).every((p) => /^\p{Lu}/u.test(p.trim()) && words(p).length <= 4)
  )
    return true;
  const match = BYLINE.exec(line);
  if (!match || !BYLINE_LEADS.has((match[1] as string).toLowerCase())) return false;
  // Names come first; what follows a separator, or a date, is the outlet, the place, the date.
  // A credit in brackets ("Par Claire Dubosc (avec AFP)", "By Jane Doe (Reuters)") is no part of the names.
  const names = (
    line
      .slice(match[0].length)
      .replace(/\s*\([^()]{1,40}\)/gu, '')
      .split(/\s[|·•–—-]\s|\s\/\s/)[0] as string
  ).split(/\s(?=\d)/)[0] as string;
  // "Par la rédaction avec AFP": a byline may name the newsroom instead of a person.
  if (!/^\p{Lu}/u.test(names)) return ROLE_WORDS.test(names) && words(names).length <= 8;
  const tokens = words(names);
  if (tokens.length === 0 || tokens.length > 16) return false;
  // "By Monday evening the river had risen": after "By", a byline has names, roles and outlets only.
  const lowerWords = tokens.filter((t) => !NAME_TOKEN.test(t) && !BYLINE_CONNECTOR.test(t) && !/^\d/.test(t));
  if (lowerWords.length === 0) return true;
  return ROLE_WORDS.test(names);
}

/** "Jane Doe, Staff Writer", "Анна Иванова, корреспондент": a name and a newsroom role, nothing else. */
function isNameWithRole(line: string): boolean {
  if (line.length > 80 || /[.!?]$/.test(line)) return false;
  const m = /^((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’.-]+)\s*[,|·–—-]\s*(.+)$/u.exec(line);
  if (!m) return false;
  return ROLE_WORDS.test(m[2] as string) && words(m[2] as string).length <= 6;
}

function isCalendar(line: string): boolean {
  const tokens = line
    .toLowerCase()
    .split(/[\s|,]+/)
    .filter(Boolean);
  if (tokens.length >= 5 && tokens.every((t) => WEEKDAY_ABBREVIATIONS.has(t.replace(/\.$/, '')))) return true;
  if (tokens.length >= 4 && tokens.every((t) => /^\d{1,2}$/.test(t) && Number(t) <= 31)) return true;
  // "« Sep  October 2024  Nov »": a month pager.
  if (/^[«‹<←]\s*[^«»‹›<>←→]{1,40}\d{4}[^«»‹›<>←→]{0,20}[»›>→]$/u.test(line) && words(line).length <= 6) return true;
  return /^[«‹<]\s*\p{L}{3,}\.?\s*(?:\d{4})?$|^\p{L}{3,}\.?\s*(?:\d{4})?\s*[»›>]$/u.test(line);
}

function isTicker(line: string): boolean {
  if (TICKER_PREFIX.test(line) && line.length < 200) return true;
  const moves = line.match(MARKET_MOVE)?.length ?? 0;
  if (moves >= 3 && !/[.!?]$/.test(line)) return true;
  const temps = line.match(TEMPERATURE)?.filter((t) => t.includes('°')).length ?? 0;
  return temps >= 2 && words(line).length <= 12;
}

/** What kind of furniture a line is, or null when it says nothing that only furniture says. */
export function recognizeFurniture(line: string): Furniture | null {
  const key = phraseKey(line);
  const n = words(line).length;

  if (SKIP_LINK.test(key)) return { reason: 'skip-link', detail: 'skip link' };
  if (RELATIVE_TIME.test(line.trim().toLowerCase().replace(/[.!]$/, '')))
    return { reason: 'timestamp', detail: 'how long ago the page was updated' };
  if (SITE_LINKS.has(key)) return { reason: 'navigation', detail: "link to the site's own pages" };
  if (ERROR_REPORT.test(key)) return { reason: 'widget', detail: 'error-report widget' };
  if (MORE_FROM.test(key) && n <= 6 && !/[.!?]$/.test(line)) {
    return { reason: 'related', detail: 'heading over more of the site', starts: 'list' };
  }
  if (SHARE_ACTION.test(key)) return { reason: 'share', detail: 'share button' };
  if (
    COMMENT_HEADINGS.has(key) ||
    /^\d+\s+(?:comments?|commentaires?|comentarios?|kommentare?|комментари\p{L}*)$/iu.test(line)
  ) {
    return { reason: 'comments', detail: 'comment section heading', starts: 'comments' };
  }
  if (COMMENT_FORM.test(key)) return { reason: 'comments', detail: 'comment form', starts: 'comments' };
  if (RELATED_HEADINGS.has(key)) return { reason: 'related', detail: 'heading over other stories', starts: 'list' };
  if (RELATED_PREFIX.test(line) && n <= 30) return { reason: 'related', detail: 'link to another story' };
  if (NEWSLETTER_HEADINGS.has(key)) return { reason: 'newsletter', detail: 'newsletter box heading' };
  if (TAGS_HEADINGS.has(key)) return { reason: 'tags', detail: 'tag list heading', starts: 'list' };
  if (TAGS_LEAD.test(line) && n <= 40) return { reason: 'tags', detail: 'tag list' };
  if (isHashtagList(line)) return { reason: 'tags', detail: 'hashtag list' };
  const lead = /^([^:：|»›]{2,40}?)\s*[:：|»›]\s*\S/u.exec(line);
  if (lead && RELATED_HEADINGS.has(phraseKey(lead[1] as string)) && n <= 30)
    return { reason: 'related', detail: 'link to another story' };
  if (ADVERTISEMENT.has(key)) return { reason: 'advertisement', detail: 'advertisement slot' };
  if (ADVERTISEMENT_LEAD.test(line)) return { reason: 'advertisement', detail: 'advertisement slot before a teaser' };
  if ((CONSENT_BUTTONS.has(key) && n <= 4) || (CONSENT_BUTTON_LEAD.test(key) && n <= 4))
    return { reason: 'consent', detail: 'consent banner button' };
  if (COOKIE_WORD.test(line) && CONSENT_CONTEXT.test(line) && n <= 120) {
    return { reason: 'consent', detail: 'cookie consent banner' };
  }
  if (PRIVACY_BANNER.test(line)) return { reason: 'consent', detail: 'privacy consent banner' };
  if (TOOLS.has(key)) return { reason: 'share', detail: 'page tool or share button' };
  if (isShareBar(line)) return { reason: 'share', detail: 'share bar' };
  if (PREV_NEXT.test(line) || PREV_NEXT_I.test(line))
    return { reason: 'navigation', detail: 'previous/next story link' };
  if (isByline(line) || isNameWithRole(line) || CJK_BYLINE.test(line.trim()))
    return { reason: 'byline', detail: 'byline' };
  if (isTicker(line)) return { reason: 'ticker', detail: 'ticker or live widget' };
  if (isBreadcrumb(line)) return { reason: 'breadcrumb', detail: 'breadcrumb trail' };
  if (isCalendar(line)) return { reason: 'calendar', detail: 'calendar widget' };
  if ((CREDIT_LINE.test(line) && n <= 30) || REPORTED_FROM.test(line) || CJK_SOURCE.test(line))
    return { reason: 'credit', detail: 'reporting or agency credit' };
  if (COPYRIGHT_STRONG.test(line) && n <= 40) return { reason: 'copyright', detail: 'copyright line' };
  if (REUSE_NOTICE.test(line) && n <= 40) return { reason: 'copyright', detail: 'terms for reusing the text' };
  if (CAPTION_LEAD.test(line) && n <= 60) return { reason: 'caption', detail: 'photo or video credit' };
  if ((CAPTION_CREDIT.test(line) || CAPTION_PAREN.test(line)) && n <= 60)
    return { reason: 'caption', detail: 'caption with a photo credit' };
  if (COPYRIGHT.test(line) && n <= 40) return { reason: 'copyright', detail: 'copyright line' };
  if (
    (NEWSLETTER_LEAD.test(line) && n <= 40) ||
    (NEWSLETTER_WORD.test(line) && NEWSLETTER_ACTION.test(line) && n <= 40) ||
    (SUBSCRIBE_CALL.test(line) && (INBOX.test(line) || SUBSCRIBE_CALL_END.test(line)) && n <= 40)
  ) {
    return { reason: 'newsletter', detail: 'newsletter sign-up' };
  }
  if (SOCIAL.test(line) && n <= 20) return { reason: 'social', detail: 'follow-us line' };
  if (PROMO.test(line) && n <= 25) return { reason: 'promo', detail: 'subscription or app promotion' };
  // "👉 example.com", "🔥 Join us": a pictograph before a link or a call. A social post's paragraph opens with one too
  // ("⚡️ The plane has landed in …"): prose, a sentence or more, is left to the story's measures.
  if (PICTOGRAPH_LEAD.test(line) && !isProse(line, n))
    return { reason: 'promo', detail: 'line led by a pictograph (promotion or link list)' };
  if (BARE_LINK.test(line.replace(PICTOGRAPH_LEAD, '').trim())) return { reason: 'link', detail: 'bare link' };
  if (READING_TIME.test(key) && /\d|min/iu.test(line)) return { reason: 'reading-time', detail: 'reading time' };
  if (isTeaser(line)) return { reason: 'teaser', detail: 'teaser cut off with an ellipsis' };
  return null;
}

/** Words enough for a sentence, ended like one: a paragraph of story, whatever opens it. */
function isProse(line: string, n: number): boolean {
  return n >= 10 && /[.!?…»”"]$/u.test(line.trim());
}

/** The labels of an interview's turns: "Q", "A", "Вопрос", "Ответ", "Question", "Réponse", "Frage", "P", "R". */
export const QA_LABEL = '(?:q|a|вопрос|ответ|question|réponse|frage|antwort|pregunta|respuesta|p|r|f)';
const QA_TURN = new RegExp(String.raw`^\s*${QA_LABEL}\s?:`, 'iu');

/** Another story's teaser: text cut off mid-sentence with an ellipsis (a sentence ending in "…" is not). */
export function isTeaser(line: string): boolean {
  // Chinese and Japanese write the ellipsis doubled ("……") and their words without spaces: counted by the dictionary.
  // A transcript's turn may break off too ("И. СОКОЛОВСКАЯ: На церемонии рядом была…"): a label of two words or more,
  // or an interview's ("Q : Les réactions ont été vives…").
  return (
    /[\p{L}\p{N},;，、]\s?(?:…{1,2}|\.\.\.)$/u.test(line) &&
    wordCount(line) >= 4 &&
    !/\s/u.test(TURN_OPENING.exec(line)?.[2]?.trim() ?? '') &&
    !QA_TURN.test(line)
  );
}

/**
 * A word in capitals: letters (and hyphens, apostrophes), an abbreviation with its full stop ("COL."), an initial, or
 * a letter before brackets ("Q (KIM MIN-JI, YONHAP):").
 */
const CAPITAL_WORD = String.raw`(?:\p{Lu}[\p{Lu}\p{M}'’-]*\p{Lu}\.?|\p{Lu}\.|\p{Lu}(?=[^\S\n]*\())`;

/** A word of a role in capitals, as a television transcript writes it after the name: "WNX", "U.S.", "SELF-DEFENSE". */
const ROLE_WORD = String.raw`[\p{Lu}\p{N}][\p{Lu}\p{N}\p{M}.'’&-]*`;

/** A time code before a transcript's label: "[00:02:30] ", "(12:04) ", "01:15 ". */
export const TIME_CODE = String.raw`(?:[[(]?\d{1,2}(?::\d{2}){1,2}[\])]?[^\S\n]+)?`;

/**
 * A transcript's speaker label opening a line, perhaps after a time code: an honorific in title case if any (group 1),
 * up to five words in capitals (group 2), perhaps a role in capitals after a comma and a note in brackets, and a colon
 * ("MR BROOKS:", "Д. ПЕСКОВ:", "MARC-ANTOINE DELORME :", "TOM KESSLER, WNX SENIOR FOREIGN CORRESPONDENT:", "KESSLER
 * (voice-over):", "KIM JONG UN, NORTH KOREAN LEADER (through translator):", "Q (KIM MIN-JI, YONHAP NEWS AGENCY):",
 * "DONALD TRUMP (R), PRESIDENT-ELECT:", "[00:02:30] DANIEL CHO:"); the note in brackets is group 3.
 */
export const SPEAKER_LABEL = String.raw`^[^\S\n]*${TIME_CODE}((?:\p{Lu}\p{Ll}+\.?[^\S\n]+)?)(${CAPITAL_WORD}(?:[^\S\n]+${CAPITAL_WORD}){0,4})(?:[^\S\n]*\([^()\n]{1,20}\)(?=,))?(?:,[^\S\n]*${ROLE_WORD}(?:[^\S\n]+${ROLE_WORD}){0,7})?(?:[^\S\n]*\(([^()\n]{1,60})\))?[^\S\n]*:[^\S\n]*(?=\S)`;
const TURN_OPENING = new RegExp(SPEAKER_LABEL, 'u');

/**
 * A label of any kind opening a paragraph, perhaps after a time code, in capitals or title case, a role's included: up
 * to seven capitalised words, brackets with a constituency or a party, and a colon ("Mr Tobias Rennard (Wexcombe and
 * Hale) (Con):", "Hon. Members:", "QUESTION:", "Camille Verdier :").
 */
export const TURN_LABEL = new RegExp(
  String.raw`^[^\S\n]*${TIME_CODE}(?:\p{Lu}[\p{L}.'’-]*[^\S\n]+){0,6}\p{Lu}[\p{L}.'’-]*(?:[^\S\n]*\([^()\n]{1,60}\))*[^\S\n]*:`,
  'u',
);

/** True when a line opens with a label of two words or more and goes on with the turn's words. */
export function opensTurn(line: string): boolean {
  const label = TURN_LABEL.exec(line)?.[0];
  return label !== undefined && /\S\s+\S/u.test(label.trim()) && /\S/u.test(line.slice(label.length));
}

// Furniture is recognised by its wording in five languages; story lines that resemble it, and pages naming no known entity, are kept.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { cleanPage, linesOfText } from '../../src/ingest/page/boilerplate.ts';
import { findDates } from '../../src/ingest/page/date-text.ts';
import { recognizeFurniture } from '../../src/ingest/page/furniture.ts';
import { extractHtml } from '../../src/ingest/page/html.ts';
import { identifyLanguage } from '../../src/ingest/page/language.ts';
import { preparePage } from '../../src/ingest/page/prepare-page.ts';
import { stripSiteSuffix } from '../../src/ingest/page/title.ts';

const FURNITURE: Record<string, string[]> = {
  consent: [
    'We use cookies to personalise content and ads and to analyse our traffic. You can change your settings at any time.',
    'Nous utilisons des cookies pour améliorer votre expérience sur notre site.',
    'Este sitio web utiliza cookies propias y de terceros. Si continúa navegando, acepta su uso.',
    'Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie dem zu.',
    'Сайт использует файлы cookie. Продолжая работу с сайтом, вы соглашаетесь с этим.',
    'Accept all cookies',
    'Tout refuser',
    'Alle akzeptieren',
  ],
  'skip-link': [
    'Skip to main content',
    'Aller au contenu principal',
    'Saltar al contenido',
    'Zum Inhalt springen',
    'Перейти к содержанию',
  ],
  breadcrumb: [
    'Home › World › Europe',
    'Accueil > Monde > Europe',
    'Inicio / Internacional / Europa',
    'Startseite > Politik > Ausland',
    'Главная / Новости / Мир',
    'HomeWorldEurope',
  ],
  ticker: [
    'BREAKING: Storm warning issued for the coast',
    'En direct : suivez la séance au Sénat',
    'Última hora: cortes de tráfico en la A-2',
    'Eilmeldung: Zugverkehr unterbrochen',
    'Срочно: в городе отключат воду',
    'DAX ▲ 0.4% | FTSE ▼ 0.2% | Dow +0.31%',
  ],
  byline: [
    'By Jane Doe and John Smith',
    'By Jane Doe | Reuters | June 12, 2024',
    'Par Claire Martin, envoyée spéciale à Kiev',
    'Por María López',
    'Von Anna Schmidt',
    'Автор: Иван Петров',
    'Jane Doe, Staff Writer',
    'Par Claire Dubosc (avec AFP) · Publié le 19 juin 2024 à 10h12',
    'By Jane Doe (Reuters)',
  ],
  credit: [
    'Reporting by Jane Doe; Editing by John Smith',
    'Avec AFP',
    'Con información de EFE',
    'Mit Material von dpa',
    '(AFP)',
  ],
  share: [
    'Share',
    'Share on WhatsApp',
    'Facebook Twitter WhatsApp Email',
    'Partager sur Facebook',
    'Compartir',
    'Teilen',
    'Поделиться',
    'ВКонтакте Одноклассники Telegram',
  ],
  caption: [
    'Photo: Jean Dupont',
    'The square on Tuesday. (Photo by Jane Doe/AFP via Getty Images)',
    'Rescue workers at the site. AP Photo/John Smith',
    'Foto: dpa',
    'Фото: пресс-служба мэрии',
    'La nouvelle piste. © Pierre Garnier',
  ],
  advertisement: [
    'Advertisement',
    '- Advertisement -',
    'ADVERTISEMENT',
    'Publicité',
    'Publicidad',
    'Anzeige',
    'Реклама',
    'Story continues below advertisement',
  ],
  related: [
    'Related',
    'Related articles',
    'Read also: Minister resigns over budget',
    'Lire aussi : le budget adopté',
    'À lire aussi',
    'Lea también: El Gobierno aprueba el presupuesto',
    'Lesen Sie auch: Regierung beschließt Haushalt',
    'Читайте также: Правительство утвердило бюджет',
    'Most read',
    'More from Politics',
    'Mehr aus Regionales',
  ],
  newsletter: [
    'Sign up for our newsletter',
    'Inscrivez-vous à notre newsletter',
    'Suscríbete a nuestro boletín',
    'Newsletter abonnieren',
    'Подпишитесь на нашу рассылку',
  ],
  comments: [
    'Comments',
    '12 Comments',
    'Leave a Reply',
    'Laisser un commentaire',
    'Deja un comentario',
    'Kommentare',
    'Комментарии',
    'Your email address will not be published.',
  ],
  tags: [
    'Tags: Lyon, vélo',
    'Mots-clés : Lyon, vélo',
    'Etiquetas: Zaragoza, parques',
    'Schlagwörter: Freiburg, Verkehr',
    'Теги: театр, культура',
  ],
  calendar: ['Mo Tu We Th Fr Sa Su', 'L M X J V S D', 'Пн Вт Ср Чт Пт Сб Вс', '1 2 3 4 5 6 7', '« May'],
  copyright: [
    '© 2024 Example Media. All rights reserved.',
    'Tous droits réservés',
    'Todos los derechos reservados © 2024',
    'Alle Rechte vorbehalten.',
    '© 2024 «Вестник». Все права защищены.',
    'Copyright 2024 The Tribune',
  ],
  timestamp: ['Updated 2 hours ago', 'il y a 3 heures', 'hace 5 minutos', 'vor 2 Stunden', '2 часа назад'],
  promo: [
    'Cet article vous est offert. Pour lire tous nos articles, abonnez-vous dès 1 € le premier mois.',
    'This article is free to read. Subscribe for full access.',
    'Already a subscriber? Log in',
  ],
  teaser: ['WATCH: Putin lands in Pyongyang as crowds line the…', 'Ким Чен Ын встретил Путина в аэропорту и…'],
  navigation: ['PREV Minister resigns', 'Next article', 'Article suivant', 'Все новости', 'Privacy Policy'],
};

t.test('each kind of furniture is recognised in each language', async (t) => {
  for (const [reason, lines] of Object.entries(FURNITURE)) {
    for (const line of lines) t.equal(recognizeFurniture(line)?.reason, reason, `${reason}: ${line}`);
  }
});

t.test('story lines that resemble furniture are not furniture', async (t) => {
  const story = [
    'By Monday evening, the river had risen by two metres.',
    'By the time the mayor arrived, the crowd had left the square.',
    'The bakery sold 3,000 cookies on Saturday, its best day this year.',
    'Next year the council will review the plan again.',
    'Share prices fell 3% on Monday after the announcement.',
    'Advertisement revenue fell by a third, the company said.',
    'Copyright law was changed in 2019, the minister recalled.',
    'The mayor announced the plan in her weekly newsletter.',
    'MOSCOW, June 18 (Reuters) - Russian President Vladimir Putin arrived in Pyongyang on Tuesday.',
    'PARIS (AFP) – Le gouvernement a présenté mercredi son projet de budget.',
    'Related reading material was handed out to every pupil.',
    'Comments from residents were mostly positive, the council said.',
    'Par ailleurs, la ville a annoncé la rénovation du stade.',
    'Por la tarde, cientos de vecinos se concentraron frente al ayuntamiento.',
    'Von den 120 Plätzen sind nur noch zehn frei.',
    // A transcript's turn that breaks off is no teaser, nor an interview's; a teaser under a one-word kicker still is.
    'И. СОКОЛОВСКАЯ: На церемонии рядом с товарищем Ким Чен Ыном все время была министр…',
    'MARC-ANTOINE DELORME : Mais enfin, monsieur le ministre, vous ne pouvez pas…',
    'Q : Les réactions ont été vives à Séoul et à Tokyo…',
    'Вопрос: Говорят, что теперь все изменится…',
  ];
  for (const line of story) t.equal(recognizeFurniture(line), null, line);
});

t.test('the first turn of a debate record is story, however short', async (t) => {
  const page = [
    'Skip to main content',
    'Hansard',
    '1.42 pm',
    'Mr Tobias Rennard (Wexcombe and Hale) (Con): I beg to move,',
    'That this House has considered the Treaty on Comprehensive Strategic Partnership between the Russian ' +
      'Federation and the Democratic People’s Republic of Korea and its implications for the security of Europe.',
    'I am grateful to the Backbench Business Committee for granting this debate. Four months ago, in the small ' +
      'hours of 19 June, President Putin stepped off his plane in Pyongyang and was greeted by Kim Jong Un.',
  ].join('\n');
  const prepared = preparePage({ content: page, contentType: 'text/plain' });
  t.match(prepared.body, /^Mr Tobias Rennard \(Wexcombe and Hale\) \(Con\): I beg to move,/mu);
  t.notMatch(prepared.body, /1\.42 pm/u);
});

t.test('a dateline opening the story is story, a byline above it is not', async (t) => {
  const page = [
    'Storm closes ports along the coast',
    'By Jane Doe',
    'LISBON, March 3 (Reuters) - Portugal closed three ports on Sunday as a storm brought winds of up to 120 km/h to the coast, the port authority said.',
    'Ferries to the Azores were cancelled and fishing boats were ordered to stay in harbour until Tuesday.',
  ].join('\n');
  const result = cleanPage(linesOfText(page), { language: 'en', title: 'Storm closes ports along the coast' });
  t.same(
    result.lines.map((l) => l.lineNumber),
    [3, 4],
  );
  t.match(result.dropped, [
    { lineNumber: 1, reason: 'title' },
    { lineNumber: 2, reason: 'byline' },
  ]);
});

t.test('a lead that opens with the headline, and a last line naming the outlet, are story', async (t) => {
  const page = [
    'Council approves bike lanes',
    'Council approves bike lanes on the river quays after a two-hour debate on Tuesday night.',
    'Work will start in September and last until the spring, the council said.',
    'Example Courier could not reach the opposition for comment.',
  ].join('\n');
  const result = preparePage({ content: page, contentType: 'text/plain', url: 'https://www.examplecourier.com/a' });
  t.same(
    result.lines.map((l) => l.lineNumber),
    [2, 3, 4],
  );
  t.equal(result.title.value, 'Council approves bike lanes');
});

t.test('the pitch under a sign-up box heading is the box, and the story after it resumes', async (t) => {
  const page = [
    'The council voted on Tuesday to reopen the river ferry, closed since the storm in March, from the first of June.',
    'Sign up for our newsletter',
    'Every morning, the essentials in your inbox.',
    'The ferry will run every half hour on weekdays and every hour at weekends, the council said in a statement.',
    '“We have waited long enough,” said one resident.',
  ].join('\n');
  const result = preparePage({ content: page, contentType: 'text/plain' });
  t.same(
    result.lines.map((l) => l.lineNumber),
    [1, 4, 5],
  );
  t.match(
    result.dropped.find((d) => d.lineNumber === 3),
    { reason: 'newsletter', detail: /inside the newsletter box/ },
  );
});

t.test('no story line is dropped for naming no known entity, in any language', async (t) => {
  const pages: Record<string, string> = {
    en: 'the rain began before dawn and did not stop until the evening.\nroads near the river were closed for most of the day, and several schools sent pupils home early.\nby nightfall the water had started to go down.',
    ru: 'Дождь начался ещё до рассвета и не прекращался до самого вечера.\nДороги у реки были закрыты большую часть дня, несколько школ отпустили учеников домой раньше.\nК ночи вода начала спадать.',
    de: 'Der Regen begann vor Sonnenaufgang und hörte erst am Abend auf.\nStraßen am Fluss waren fast den ganzen Tag gesperrt, mehrere Schulen schickten die Kinder früher nach Hause.\nIn der Nacht ging das Wasser langsam zurück.',
  };
  for (const [lang, text] of Object.entries(pages)) {
    const page = preparePage({ content: text, contentType: 'text/plain' });
    t.equal(page.lines.length, 3, `${lang}: every line kept`);
    t.same(page.dropped, [], `${lang}: nothing dropped`);
  }
});

t.test('numeric dates: impossibility decides, then the language and the site', async (t) => {
  const read = (text: string, language: string, dayFirst?: boolean) => {
    const d = findDates(text, { language, dayFirst })[0];
    return d ? `${d.year}-${d.month}-${d.day}` : null;
  };
  t.equal(read('13/06/2024', 'en'), '2024-6-13', 'day first: 13 cannot be a month');
  t.equal(read('06/13/2024', 'fr'), '2024-6-13', 'month first: 13 cannot be a month');
  t.equal(read('06/07/2024', 'en'), '2024-6-7', 'English reads month first');
  t.equal(read('06/07/2024', 'en', true), '2024-7-6', 'a British site reads day first');
  t.equal(read('06/07/2024', 'fr'), '2024-7-6', 'French reads day first');
  t.equal(read('06.07.2024', 'en'), '2024-7-6', 'dotted dates are day first');
  t.equal(read('2024-06-07', 'ru'), '2024-6-7', 'ISO');
  t.equal(read('31/02/2024', 'fr'), null, 'no such day');
  t.equal(read('le 3 juin 2024', 'fr'), '2024-6-3', 'French words');
  t.equal(read('el 3 de junio de 2024', 'es'), '2024-6-3', 'Spanish words');
  t.equal(read('am 3. Juni 2024', 'de'), '2024-6-3', 'German words');
  t.equal(read('3 июня 2024 года', 'ru'), '2024-6-3', 'Russian words');
  const yearless = findDates('on June 19', { language: 'en' })[0];
  t.equal(yearless?.year, null, 'a date without a year keeps no year');
  const timed = findDates('June 13, 2024 10:32 AM EDT', { language: 'en' })[0];
  t.match(timed, { hour: 10, minute: 32, zone: 'EDT', utcOffset: '-04:00' });
  t.match(findDates('Publié le 12 juin 2024 à 14h30', { language: 'fr' })[0], { hour: 14, minute: 30, zone: null });
});

t.test('a date bar is a warning, never the publication date', async (t) => {
  const page = [
    'Thursday, July 25, 2024',
    'Home',
    'World',
    'Harbour reopens after the storm',
    'The harbour reopened on Wednesday, three weeks after a storm damaged the breakwater and sank two fishing boats.',
    'Repairs cost about $2 million and were paid for by the port authority, officials said.',
  ].join('\n');
  const result = preparePage({ content: page, contentType: 'text/plain' });
  t.equal(result.published.value, null);
  t.match(result.published.evidence, /date bar/);
  t.match(result.warnings.join('\n'), /"Thursday, July 25, 2024" is a date alone at the top/);
});

t.test('a date under the headline later than every date in the story is suspect', async (t) => {
  const page = [
    'Harbour reopens after the storm',
    'July 25, 2024',
    'The harbour reopened on June 19, 2024, three weeks after a storm damaged the breakwater and sank two fishing boats.',
    'Repairs cost about $2 million and were paid for by the port authority, officials said on Thursday.',
  ].join('\n');
  const result = preparePage({ content: page, contentType: 'text/plain' });
  t.equal(result.published.value, null);
  t.match(result.warnings.join('\n'), /36 days after the latest date the story mentions/);
  const fine = preparePage({ content: page.replace('July 25, 2024', 'June 20, 2024'), contentType: 'text/plain' });
  t.match(fine.published, { value: { date: '2024-06-20', precision: 'day' }, basis: 'stated' });
});

t.test('an English date on a British site is read day first', async (t) => {
  const page =
    'Harbour reopens after the storm\nPublished 06/07/2024\nThe harbour reopened on Wednesday, three weeks after a storm damaged the breakwater and sank two boats.';
  const us = preparePage({ content: page, contentType: 'text/plain', url: 'https://example.com/a' });
  const uk = preparePage({ content: page, contentType: 'text/plain', url: 'https://example.co.uk/a' });
  t.equal(us.published.value?.date, '2024-06-07');
  t.equal(uk.published.value?.date, '2024-07-06');
});

t.test('language: null with the reason when too short, ISO 639-1 otherwise', async (t) => {
  t.match(identifyLanguage('Bonjour à tous'), { code: null, evidence: /too short/ });
  t.match(
    identifyLanguage('Der Stadtrat hat am Dienstag einen neuen Plan für Radwege in der Innenstadt beschlossen.'),
    { code: 'de' },
  );
  t.match(identifyLanguage('Городской совет во вторник утвердил новый план велодорожек в центре города.'), {
    code: 'ru',
  });
  const short = preparePage({ content: 'Kurz.', contentType: 'text/plain' });
  t.equal(short.language.value, null);
  t.match(short.language.evidence, /too short/);
});

t.test('site and section suffixes come off titles', async (t) => {
  t.equal(stripSiteSuffix('Minister resigns | World News | The Daily Example'), 'Minister resigns');
  t.equal(stripSiteSuffix('Minister resigns over budget - BBC News', ['BBC News']), 'Minister resigns over budget');
  t.equal(
    stripSiteSuffix('Le Monde | Le ministre démissionne après le vote', ['Le Monde']),
    'Le ministre démissionne après le vote',
  );
  t.equal(
    stripSiteSuffix('Putin - Kim summit: what we know so far'),
    'Putin - Kim summit: what we know so far',
    'a dash inside the headline stays',
  );
  t.equal(stripSiteSuffix('Minister resigns – Midland Gazette', ['midlandgazette']), 'Minister resigns');
});

t.test('HTML: the page metadata, each value with where it was read', async (t) => {
  const html = readFileSync(fileURLToPath(new URL('../fixtures/pages/en-ferry-resumes.html', import.meta.url)), 'utf8');
  const { metadata, extractor } = extractHtml(html);
  t.equal(extractor, 'readability');
  const from = (list: { value: string; from: string }[]) => Object.fromEntries(list.map((v) => [v.from, v.value]));
  t.match(from(metadata.titles), {
    '<title>': 'Island ferry service resumes after storm repairs | Coastal Herald',
    'og:title': 'Island ferry service resumes after storm repairs',
    'JSON-LD NewsArticle.headline': 'Island ferry service resumes after storm repairs',
  });
  t.match(from(metadata.siteNames), {
    'og:site_name': 'Coastal Herald',
    'JSON-LD NewsArticle.publisher.name': 'Coastal Herald',
  });
  t.match(from(metadata.urls), {
    'canonical link': 'https://www.coastalherald.co.uk/news/island-ferry-resumes',
    'og:url': 'https://www.coastalherald.co.uk/news/island-ferry-resumes',
  });
  t.match(from(metadata.published), {
    'article:published_time': '2024-03-05T07:30:00Z',
    'JSON-LD NewsArticle.datePublished': '2024-03-05T07:30:00Z',
  });
  t.match(from(metadata.languages), { '<html lang>': 'en-GB', 'JSON-LD NewsArticle.inLanguage': 'en-GB' });
});

t.test('HTML without an article Readability can find: every block of the body is a candidate', async (t) => {
  const page = preparePage({
    content:
      '<p>The library is closed on Monday.</p><p>Staff will spend the day in training, the council said in a statement on Friday.</p>',
    contentType: 'text/html',
  });
  t.equal(page.extractor, 'body');
  t.same(
    page.lines.map((l) => l.text),
    [
      'The library is closed on Monday.',
      'Staff will spend the day in training, the council said in a statement on Friday.',
    ],
  );
});

t.test('HTML: links, captions and headings come from the markup', async (t) => {
  const { lines } = extractHtml(
    '<article><h2>Reaction</h2><p>Residents <a href="/a">welcomed</a> the decision.</p><figure><figcaption>The square.</figcaption></figure><ul><li><a href="/b">Other story</a></li></ul></article>',
  );
  t.match(lines, [
    { text: 'Reaction', heading: true },
    { text: 'Residents welcomed the decision.', caption: false },
    { text: 'The square.', caption: true },
    { text: 'Other story', linkDensity: 1 },
  ]);
});

t.test('HTML: a paragraph classed in another language is not taken for what Readability drops', async (t) => {
  const prose = (n: number) =>
    `Le ministre a précisé devant les députés que le programme numéro ${n} reprendrait dès la semaine prochaine, avec des moyens renforcés et un calendrier public.`;
  const html = `<!doctype html><html><head><title>Le programme reprend</title></head><body>
    <header class="site-header"><a href="/">Accueil</a></header>
    <article><h1>Le programme reprend</h1>
    ${[1, 2, 3].map((n) => `<p>${prose(n)}</p>`).join('\n')}
    <p class="extrait">${prose(4)}</p>
    <p class="remarque-redaction">${prose(5)}</p>
    <p class="comment">${prose(6)}</p>
    <p class="related-note">${prose(7)}</p>
    ${[8, 9].map((n) => `<p>${prose(n)}</p>`).join('\n')}
    </article>
    <footer class="footer"><p>© Exemple</p></footer></body></html>`;
  const { lines, extractor } = extractHtml(html);
  t.equal(extractor, 'readability');
  const numbers = lines.flatMap((l) => /numéro (\d)/.exec(l.text)?.[1] ?? []);
  t.same(
    numbers,
    ['1', '2', '3', '4', '5', '8', '9'],
    '"extrait" and "remarque" keep their paragraphs; "comment" and "related" do not',
  );
});

t.test('HTML: a pull quote in an aside, and the line signing it, stay in the story', async (t) => {
  const prose = (n: number) =>
    `The panel number ${n} heard that the treaty had changed the debate in Seoul, where sending weapons to Ukraine is now a live option for the government.`;
  const html = `<!doctype html><html><head><title>The forum</title></head><body>
    <header class="site-header"><a href="/">Home</a></header>
    <article><h1>The forum</h1>
    <div class="byline">By Jane Roe</div>
    ${[1, 2, 3].map((n) => `<p>${prose(n)}</p>`).join('\n')}
    <aside class="pullquote"><blockquote><p>“Pyongyang has finally found a patron who needs it more than it needs the patron.”</p></blockquote><p class="quote-author">Irina Volkova-Mercer, assistant professor</p></aside>
    ${[4, 5].map((n) => `<p>${prose(n)}</p>`).join('\n')}
    <aside class="related"><h3>Related</h3><ul><li><a href="/x">A long list of links to other stories here</a></li><li><a href="/y">And another story on the site</a></li></ul></aside>
    </article>
    <footer class="footer"><p>© Example</p></footer></body></html>`;
  const { lines, extractor, metadata } = extractHtml(html);
  t.equal(extractor, 'readability');
  const texts = lines.map((l) => l.text);
  t.ok(
    texts.some((x) => x.startsWith('“Pyongyang has finally')),
    'the pull quote is kept',
  );
  t.ok(texts.includes('Irina Volkova-Mercer, assistant professor'), 'its signature, classed as an author, is kept');
  t.notOk(
    texts.some((x) => x.includes('A long list of links')),
    'an aside of links is still left out',
  );
  t.notOk(
    metadata.authors.some((a) => a.value.includes('Volkova-Mercer')),
    'the signature is no byline of the page',
  );
});

t.test('HTML: a section classed with a word Readability drops only inside a longer one keeps its prose', async (t) => {
  const prose = (n: number) =>
    `Councillor number ${n} said the council would write to every school in the borough this week, and that officers would open an evening drop-in.`;
  const html = `<!doctype html><html><head><title>Council notebook</title></head><body>
    <article><h1>Council notebook</h1>
    ${[1, 2].map((n) => `<p>${prose(n)}</p>`).join('\n')}
    <section class="minutes-extract"><h2>Extract of the minutes</h2>${[3, 4].map((n) => `<p>${prose(n)}</p>`).join('')}</section>
    <section class="extra"><p>${prose(5)}</p></section>
    ${[6, 7].map((n) => `<p>${prose(n)}</p>`).join('\n')}
    </article></body></html>`;
  const numbers = extractHtml(html).lines.flatMap((l) => /number (\d)/.exec(l.text)?.[1] ?? []);
  t.same(numbers, ['1', '2', '3', '4', '6', '7'], '"minutes-extract" keeps its paragraphs; "extra" does not');
});

t.test('HTML: a block quote without marks takes them, its signature and its fields do not', async (t) => {
  const prose = (n: number) =>
    `The panel number ${n} heard that the treaty had changed the debate in Seoul, where sending weapons to Ukraine is now a live option.`;
  const html = `<!doctype html><html><head><title>The minutes</title></head><body>
    <article><h1>The minutes</h1>
    ${[1, 2, 3].map((n) => `<p>${prose(n)}</p>`).join('\n')}
    <p>Reply from Councillor Margaret Ellison:</p>
    <blockquote><p>I want to thank Mr Choi for his question.</p><p>The council cannot change what happens in Pyongyang.</p><cite>Margaret Ellison</cite></blockquote>
    <blockquote><p>“Already quoted words stay as they are.”</p><p>— A reader</p></blockquote>
    <blockquote class="embed"><p>Good meeting in Brussels today.</p><p>2:15 PM · Jun 19, 2024 · 210K Views</p></blockquote>
    ${[4, 5].map((n) => `<p>${prose(n)}</p>`).join('\n')}
    </article></body></html>`;
  const texts = extractHtml(html).lines.map((l) => l.text);
  for (const quoted of [
    '“I want to thank Mr Choi for his question.”',
    '“The council cannot change what happens in Pyongyang.”',
    '“Already quoted words stay as they are.”',
    '“Good meeting in Brussels today.”',
  ])
    t.ok(texts.includes(quoted), quoted);
  for (const plain of ['Margaret Ellison', '— A reader', '2:15 PM · Jun 19, 2024 · 210K Views'])
    t.ok(texts.includes(plain), plain);
});

t.test('a forum thread Readability reads as a banner: the whole page is read instead', async (t) => {
  const comment = (n: number) =>
    `<div class="comment" id="c_${n}"><p class="tagline"><a class="author" href="#">user_${n}</a> ${n} points</p><div class="md"><p>Comment number ${n}: the treaty signed in Pyongyang binds both sides to help each other without delay, and Seoul is now weighing what that means for its own arms policy.</p></div></div>`;
  const html = `<!doctype html><html><head><title>Putin lands in Pyongyang : r/worldnews</title></head><body>
    <div class="cookie-infobar"><p>We and our partners use cookies and similar technologies to provide you with a better experience. By accepting all cookies, you agree to our use of cookies to deliver and maintain our services and site, improve the quality of the site, personalise content and advertising, and measure the effectiveness of advertising.</p></div>
    <div class="content" role="main"><p class="title"><a href="/x">Putin lands in Pyongyang</a></p>
    <div class="commentarea">${[1, 2, 3, 4, 5, 6].map(comment).join('\n')}</div></div></body></html>`;
  const page = preparePage({ content: html, contentType: 'text/html' });
  t.equal(page.extractor, 'body', 'the whole page, not the article Readability took');
  const numbers = page.body.match(/Comment number \d/g) ?? [];
  t.equal(numbers.length, 6, 'every comment is read');
  t.notMatch(page.body, /cookies/, 'the banner is still furniture');
  const article = `<!doctype html><html><head><title>The treaty</title></head><body><article><h1>The treaty</h1>
    ${[1, 2, 3, 4, 5].map((n) => `<p>Paragraph ${n} of the story says the treaty signed in Pyongyang binds both sides to help each other without delay, and Seoul is weighing it.</p>`).join('')}
    </article><div class="comments">${[1, 2].map(comment).join('\n')}</div></body></html>`;
  t.equal(preparePage({ content: article, contentType: 'text/html' }).extractor, 'readability', 'an article stays');
});

t.test('a photo gallery told in its captions keeps them; an article keeps its captions out', async (t) => {
  const caption = (n: number) =>
    `<figure><img src="/p${n}.jpg" alt=""><figcaption>${n}/4 Le cortège numéro ${n} traverse la capitale endormie, sous des portraits géants et des drapeaux. Sur une banderole, on lit un message de bienvenue écrit en deux langues. Photo : Jean Dupont / Agence</figcaption></figure>`;
  const gallery = preparePage({
    content: `<html><body><article><h1>En images : la visite</h1><p>Retour en images sur une visite de vingt-quatre heures.</p>${[1, 2, 3, 4].map(caption).join('')}</article></body></html>`,
    contentType: 'text/html',
  });
  t.same(
    [1, 2, 3, 4].map((n) => gallery.body.includes(`Le cortège numéro ${n}`)),
    [true, true, true, true],
    'the captions are the story',
  );
  const prose = (n: number) =>
    `<p>Le ministre a précisé devant les députés que le programme numéro ${n} reprendrait dès la semaine prochaine, avec des moyens renforcés, un calendrier public et un rapport remis au Parlement avant la fin de l'année.</p>`;
  const article = preparePage({
    content: `<html><body><article><h1>Le programme reprend</h1>${[1, 2, 3, 4, 5, 6].map(prose).join('')}${[1, 2, 3].map(caption).join('')}</article></body></html>`,
    contentType: 'text/html',
  });
  t.notOk(article.body.includes('Le cortège numéro'), 'captions beside a story of its own are furniture');
  t.match(
    article.dropped.filter((d) => d.reason === 'caption'),
    [{}, {}, {}],
  );
});

t.test('a comment count over the story links to the comments: the story under it is kept', async (t) => {
  const paragraph = (n: number) =>
    `Chaque samedi, notre rédactrice choisit le dessin numéro ${n} paru dans nos colonnes, et elle explique pourquoi il l'a fait rire ou réfléchir cette semaine.`;
  const content = [
    'LE RÉPUBLICAIN DES ALPES',
    'Actualité | Isère | Savoie | Opinions | Dessins de presse | Abonnez-vous',
    '',
    'Accueil > Opinions > Dessins de presse',
    '',
    'LES DESSINS DE LA SEMAINE',
    'Koursk, Kazan et kimchi : la semaine vue par nos dessinateurs',
    'Publié le 26/10/2024 à 06h00 · Temps de lecture : 4 min',
    'Partager : Facebook | X | WhatsApp | E-mail | Imprimer',
    'Réagir (23)',
    '',
    ...[1, 2, 3, 4].flatMap((n) => [paragraph(n), '']),
    'Commentaires (23)',
    'Jean_38 : Très drôle, comme toujours, merci à vous.',
  ].join('\n');
  const page = preparePage({ content, contentType: 'text/plain' });
  t.match(page.body, /numéro 1 .*numéro 4/su, 'the story under the count is kept');
  t.notMatch(page.body, /Jean_38/u, 'the comments under the story are still dropped');
});

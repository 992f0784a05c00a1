// Korean, Chinese and Japanese pages keep their story lines and drop their furniture: caseless, unspaced scripts are measured as words.
import t from 'tap';
import { loadGoldPages } from '../../scripts/eval-gold.ts';
import { findDates, readDateLine } from '../../src/ingest/page/date-text.ts';
import { recognizeFurniture } from '../../src/ingest/page/furniture.ts';
import { identifyLanguage, stopwordDensity, textLength, wordCount, wordsOf } from '../../src/ingest/page/language.ts';
import { type PreparedPage, preparePage } from '../../src/ingest/page/prepare-page.ts';

const KOREAN_PAGE = `바다일보
홈 | 정치 | 경제 | 사회 | 국제 | 문화 | 스포츠
사회 > 교통
부산 도시철도 4호선 연장 구간 개통…출퇴근 시간 20분 단축
기사입력 2024.03.28 09:40 | 최종수정 2024.03.28 14:12
김하늘 기자
공유하기 페이스북 카카오톡 트위터 링크복사
부산 도시철도 4호선의 연장 구간이 28일 오전 개통했다. 새 구간은 안평역에서 기장군 일광면까지 7.5㎞를 잇는다.
부산교통공사는 연장 구간 개통으로 기장군 주민들의 도심 출퇴근 시간이 평균 20분가량 줄어들 것으로 내다봤다.
개통식에는 시민 300여 명이 참석했다. 첫 열차는 오전 5시 30분에 안평역을 출발했다.
한 시민은 “그동안 버스를 두 번 갈아타야 했는데 이제는 한 번에 갈 수 있게 됐다”고 말했다.
광고
교통공사 관계자는 “개통 초기에는 열차 간격을 6분으로 유지하고 이용객 추이를 보며 조정할 계획”이라고 밝혔다.
다만 일부 역에는 엘리베이터 공사가 끝나지 않아 휠체어 이용객의 불편이 예상된다.
관련기사
부산 버스 요금 다음 달부터 인상
해운대 해수욕장 다음 달 조기 개장
ⓒ 바다일보, 무단 전재 및 재배포 금지
`;

const CHINESE_PAGE = `江城晚报
首页 | 新闻 | 本地 | 财经 | 体育 | 娱乐
本地 > 交通
江城地铁5号线今日开通 市民通勤时间缩短半小时
发布时间：2024年3月28日 09:40  来源：江城晚报
记者 王晓明
分享到：微信 微博 QQ空间
本报讯 江城地铁5号线一期工程于3月28日上午正式开通运营，线路全长22公里，共设17座车站。
据市轨道交通集团介绍，5号线开通后，城东新区到市中心的通勤时间将缩短约半小时。
首班列车于早上6时从东湖站发车，不少市民专程赶来体验。
“以前上班要换乘两次公交，现在坐地铁一趟就到了。”家住城东的李女士说。
广告
轨道交通集团有关负责人表示，开通初期行车间隔为6分钟，今后将根据客流情况进行调整。
此外，部分车站的无障碍电梯仍在施工，预计下月底前全部投入使用。
相关新闻：江城公交线网优化方案公布
责任编辑：赵丽
© 2024 江城晚报 版权所有 未经授权不得转载
`;

const JAPANESE_PAGE = `みなと新聞
ホーム > 社会 > 交通
市営地下鉄の新線が開業　通勤時間30分短縮へ
2024年3月28日 9時40分
シェア X Facebook LINE
市営地下鉄の新線が28日朝に開業した。新線は中央駅から港北地区までの12キロを結ぶ。
市交通局によると、開業により港北地区から都心への通勤時間は約30分短くなる見込みだという。
始発列車は午前5時半に中央駅を出発し、多くの市民が乗車を楽しんだ。
沿線に住む会社員の男性は「これまでバスを2回乗り継いでいたので、本当に助かる」と話した。
広告
一方、一部の駅ではエレベーターの工事が終わっておらず、車いす利用者への対応が課題となっている。
関連記事
市バスの運賃、来月から値上げ
© みなと新聞社 無断転載禁止
`;

/** The page's lines by number, 1-based, as the pipeline numbers them. */
const lineAt = (page: string, n: number) => page.split('\n')[n - 1] as string;

function droppedReasons(prepared: PreparedPage): Map<number, string> {
  return new Map(prepared.dropped.map((d) => [d.lineNumber, d.reason]));
}

t.test('a Korean news page', async (t) => {
  const page = preparePage({ content: KOREAN_PAGE, contentType: 'text/plain' });
  t.same(
    page.lines.map((l) => l.lineNumber),
    [8, 9, 10, 11, 13, 14],
    'the six story paragraphs are kept, the ad slot between them is not',
  );
  t.equal(page.body.split('\n\n')[0], lineAt(KOREAN_PAGE, 8), 'kept verbatim');
  const reasons = droppedReasons(page);
  t.equal(reasons.get(2), 'breadcrumb', 'the menu');
  t.equal(reasons.get(4), 'title', 'the headline');
  t.equal(reasons.get(5), 'date', 'the labelled date line');
  t.equal(reasons.get(6), 'byline', '"김하늘 기자"');
  t.equal(reasons.get(7), 'share', 'the share bar');
  t.equal(reasons.get(12), 'advertisement', '"광고"');
  t.equal(reasons.get(15), 'related', 'the related heading');
  t.equal(reasons.get(16), 'related', 'a headline in the related list');
  t.equal(reasons.get(18), 'copyright', 'the reuse notice');
  t.ok(
    [1, 3, 17].every((n) => reasons.has(n)),
    'the masthead, the section and the last related headline',
  );
  t.equal(page.language.value, 'ko', page.language.evidence);
  t.equal(page.title.value, lineAt(KOREAN_PAGE, 4), page.title.evidence);
  t.same(
    page.published.value && { date: page.published.value.date, time: page.published.value.time },
    { date: '2024-03-28', time: '09:40' },
    `published, not updated: ${page.published.evidence}`,
  );
  t.equal(page.outlet.name.value, '바다일보', page.outlet.name.evidence);
  t.same(page.warnings, []);
});

t.test('a Chinese news page', async (t) => {
  const page = preparePage({ content: CHINESE_PAGE, contentType: 'text/plain' });
  t.same(
    page.lines.map((l) => l.lineNumber),
    [8, 9, 10, 11, 13, 14],
    'the six story paragraphs are kept',
  );
  const reasons = droppedReasons(page);
  t.equal(reasons.get(2), 'breadcrumb', 'the menu');
  t.equal(reasons.get(4), 'title', 'the headline');
  t.equal(reasons.get(5), 'date', 'the date line with its source');
  t.equal(reasons.get(6), 'byline', '"记者 王晓明"');
  t.equal(reasons.get(7), 'share', 'the share bar');
  t.equal(reasons.get(12), 'advertisement', '"广告"');
  t.equal(reasons.get(15), 'related', 'a related story');
  t.equal(reasons.get(16), 'byline', 'the responsible editor');
  t.equal(reasons.get(17), 'copyright', 'the copyright line');
  t.equal(page.language.value, 'zh', page.language.evidence);
  t.equal(page.title.value, lineAt(CHINESE_PAGE, 4), page.title.evidence);
  t.same(
    page.published.value && { date: page.published.value.date, time: page.published.value.time },
    { date: '2024-03-28', time: '09:40' },
    page.published.evidence,
  );
  t.equal(page.outlet.name.value, '江城晚报', 'the name in the copyright line, without its rights notice');
  t.same(page.warnings, []);
});

t.test('a Japanese news page', async (t) => {
  const page = preparePage({ content: JAPANESE_PAGE, contentType: 'text/plain' });
  t.same(
    page.lines.map((l) => l.lineNumber),
    [6, 7, 8, 9, 11],
    'the story paragraphs are kept',
  );
  const reasons = droppedReasons(page);
  t.equal(reasons.get(4), 'date');
  t.equal(reasons.get(10), 'advertisement', '"広告"');
  t.equal(reasons.get(12), 'related', '"関連記事"');
  t.equal(reasons.get(13), 'related', 'a headline in the related list');
  t.equal(reasons.get(14), 'copyright');
  t.equal(page.language.value, 'ja', page.language.evidence);
  t.equal(page.title.value, lineAt(JAPANESE_PAGE, 3), page.title.evidence);
  t.equal(page.published.value?.date, '2024-03-28', page.published.evidence);
  t.equal(page.published.value?.time, '09:40', '9時40分');
});

t.test('the labelled Korean and Chinese linking pages keep every line that names someone', async (t) => {
  const pages = loadGoldPages().filter((p) => /^(?:ko|zh)-/.test(p.file));
  t.equal(pages.length, 2);
  for (const gold of pages) {
    const page = preparePage({ content: gold.content, contentType: 'text/plain' });
    const lineOf = (offset: number) => gold.content.slice(0, offset).split('\n').length;
    const marked = new Set(gold.spans.map((s) => lineOf(s.start)));
    const kept = new Set(page.lines.map((l) => l.lineNumber));
    t.same(
      [...marked].filter((n) => !kept.has(n)),
      [],
      `${gold.file}: all ${marked.size} lines with a labelled mention are kept`,
    );
    t.equal(page.language.value, gold.file.slice(0, 2), `${gold.file}: ${page.language.evidence}`);
    t.equal(page.published.value?.date, '2024-06-19', `${gold.file}: ${page.published.evidence}`);
    t.ok(
      page.dropped.some((d) => d.reason === 'share') && page.dropped.some((d) => d.reason === 'copyright'),
      `${gold.file}: share bar and copyright line dropped`,
    );
  }
});

t.test('words of scripts written without spaces', async (t) => {
  t.same(
    wordsOf('他們說這個問題已經解決了。'),
    ['他們', '說', '這個', '問題', '已經', '解決', '了'],
    'Chinese by dictionary',
  );
  t.same(wordsOf("Don't l'état"), ["don't", "l'état"], 'alphabetic text as before');
  t.equal(wordCount('Sino-Korean ties 中韩关系'), 4, 'a hyphenated word is one, as lib counts it; 中韩, 关系');
  t.same(wordsOf('김 위원장은 강조했다.'), ['김', '위원장은', '강조했다'], 'Korean by its spaces');
  t.equal(textLength('Putin'), 5, 'alphabetic text: its length');
  t.equal(textLength('普京'), 6, 'a Han character is worth three Latin characters');
  t.ok(textLength('푸틴 대통령') > '푸틴 대통령'.length * 2, 'a Hangul syllable is worth more than two');
});

t.test('stopword density in Chinese and Korean', async (t) => {
  const simplified = stopwordDensity(wordsOf('他们说这个问题已经解决了。'), 'zh');
  const traditional = stopwordDensity(wordsOf('他們說這個問題已經解決了。'), 'zh');
  t.ok(simplified > 0.3, `a Chinese sentence has function words (${simplified.toFixed(2)})`);
  t.equal(traditional, simplified, 'traditional characters are measured against the same list');
  t.equal(stopwordDensity(wordsOf('首頁 港聞 兩岸 國際 財經'), 'zh'), 0, 'a menu has none');
  const korean = stopwordDensity(wordsOf('정부는 이 조약이 제3국을 겨냥한 것이 아니라고 밝혔다.'), 'ko');
  t.ok(korean > 0.4, `Korean particles and endings glued to words count (${korean.toFixed(2)})`);
  t.equal(stopwordDensity(wordsOf('홈 정치 북한 국제 경제'), 'ko'), 0, 'a Korean menu has none');
});

t.test('dates as Chinese, Japanese and Korean pages print them', async (t) => {
  const read = (text: string, language: string) =>
    findDates(text, { language }).map((d) => [d.year, d.month, d.day, d.hour, d.minute]);
  t.same(read('2024년 6월 19일 오후 6시 5분', 'ko'), [[2024, 6, 19, 18, 5]], 'Korean counters, afternoon');
  t.same(read('입력 2024.06.19 18:05', 'ko'), [[2024, 6, 19, 18, 5]], 'year first with dots');
  t.same(read('2024. 6. 19. 18:05', 'ko'), [[2024, 6, 19, 18, 5]], 'year first with spaced dots');
  t.same(read('2024年6月19日 星期三 22:15', 'zh'), [[2024, 6, 19, 22, 15]], 'the weekday between date and time');
  t.same(read('發佈時間：2024年6月19日 下午3:20', 'zh'), [[2024, 6, 19, 15, 20]], 'afternoon in Chinese');
  t.same(read('2024年6月19日（水）15時20分', 'ja'), [[2024, 6, 19, 15, 20]], 'Japanese weekday and counters');
  t.same(read('普京6月19日凌晨抵達平壤。', 'zh'), [[null, 6, 19, null, null]], 'a date without a year keeps none');
  t.same(read('부산 버스 3시간 지연', 'ko'), [], 'hours of duration are not a date');
  t.equal(readDateLine('입력 2024.06.19 18:05 수정 2024.06.19 21:30', { language: 'ko' })?.label, 'published');
  t.equal(readDateLine('最後更新：2024年6月20日 08:30', { language: 'zh' })?.label, 'updated');
  t.equal(readDateLine('公開日：2024年6月19日', { language: 'ja' })?.label, 'published');
  t.equal(readDateLine('푸틴 대통령은 2024년 6월 19일 평양에 도착했다.', { language: 'ko' }), null, 'a sentence');
});

t.test('furniture in Chinese, Japanese and Korean', async (t) => {
  const cases: [string, string][] = [
    ['광고', 'advertisement'],
    ['廣告', 'advertisement'],
    ['관련기사', 'related'],
    ['相關新聞：金正恩乘裝甲列車抵俄 與普京會晤', 'related'],
    ['関連記事', 'related'],
    ['공유하기 페이스북 X 카카오톡 링크복사', 'share'],
    ['分享：Facebook WhatsApp 微博 複製連結', 'share'],
    ['홍길동 기자 hong@example.kr', 'byline'],
    ['本報記者 陳大文', 'byline'],
    ['来源：新华社', 'credit'],
    ['ⓒ 한빛뉴스, 무단 전재 및 재배포 금지', 'copyright'],
    ['© 2024 東方時報 版權所有 不得轉載', 'copyright'],
    ['댓글', 'comments'],
    ['태그: 부산, 지하철', 'tags'],
  ];
  for (const [line, reason] of cases) t.equal(recognizeFurniture(line)?.reason, reason, line);
  for (const line of [
    '김 위원장은 “두 나라 관계는 새로운 높은 수준에 올라섰다”고 강조했다.',
    '克里姆林宮發言人佩斯科夫表示，條約並非針對任何第三國。',
    '記者會上，發言人拒絕評論。',
  ])
    t.equal(recognizeFurniture(line), null, `story: ${line}`);
});

t.test('language identification weighs Han and Hangul characters', async (t) => {
  t.equal(identifyLanguage('普京24年來首訪平壤 與金正恩簽署全面戰略夥伴關係條約').code, 'zh', 'a Chinese headline');
  t.equal(
    identifyLanguage('김 위원장은 두 나라 관계가 새로운 수준에 올라섰다고 강조했다').code,
    'ko',
    'a Korean sentence',
  );
  t.equal(identifyLanguage('Putin visits').code, null, 'a few Latin letters still do not tell');
});

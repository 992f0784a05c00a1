// Text helpers: a language tag's primary subtag.
import t from 'tap';
import { languageCode } from '../../src/lib/text.ts';

t.test('a language tag gives its primary subtag in lower case', async (t) => {
  t.same(['en', 'en-GB', 'zh_Hant', 'RU', '', null, undefined].map(languageCode), ['en', 'en', 'zh', 'ru', '', '', '']);
});

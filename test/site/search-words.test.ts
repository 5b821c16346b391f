// Lao, Khmer and Burmese run words together, and Tibetan joins its syllables
// with tshegs, and the search index does not split them: a page in one of
// them carries its words (Tibetan's syllables) split apart for it.
import { describe, expect, it } from 'vitest';
import { splitSearchWords } from '../../src/site/search-words.js';

describe('splitSearchWords', () => {
  it.each([
    ['Lao', ['ລົງທະບຽນຮຽນຫຼັກສູດການວິເຄາະຂໍ້ມູນ'], 'lo', 'ລົງທະບຽນ ຮຽນ ຫຼັກສູດ ການ ວິເຄາະ ຂໍ້ມູນ'],
    ['Lao with a region subtag', ['ຮຽນຫຼັກສູດ'], 'lo-LA', 'ຮຽນ ຫຼັກສູດ'],
    ['Khmer', ['ចុះឈ្មោះចូលរៀនវគ្គពេលល្ងាច'], 'km', 'ចុះឈ្មោះ ចូលរៀន វគ្គ ពេលល្ងាច'],
    ['Burmese', ['သင်တန်းတက်ရောက်ရန်'], 'my', 'သင်တန်း တက် ရောက် ရန်'],
    // Tibetan in its syllables, the tshegs, the shad and Tibetan figures left out.
    ['Tibetan', ['དངུལ་ཁང་ཞིག་ཏུ་ལས་ཀ་བྱེད། ༢༠༢༧'], 'bo', 'དངུལ ཁང ཞིག ཏུ ལས ཀ བྱེད'],
    ['Dzongkha (lang: dz)', ['གློག་རིག་ལས་ཁུངས'], 'dz', 'གློག རིག ལས ཁུངས'],
    // Punctuation, spaces and figures are left out; other scripts' words stay, in order.
    ['Lao with English, punctuation and a year', ['ຮຽນ Excel, (ການວິເຄາະ) 2026', 'ຂໍ້ມູນ'], 'lo', 'ຮຽນ Excel ການ ວິເຄາະ ຂໍ້ມູນ'],
  ])('%s: split into its words', (_, texts, language, words) => {
    expect(splitSearchWords(texts, language)).toBe(words);
  });

  it.each([
    ['Thai, which the index splits itself', ['เรียนการวิเคราะห์ข้อมูล'], 'th'],
    ['Chinese, which the index splits itself', ['零售企业的数据分析师'], 'zh'],
    ['English', ['Take a course'], 'en'],
    ['no language', ['ຮຽນຫຼັກສູດ'], undefined],
    ['nothing but figures', ['2026 12'], 'lo'],
  ])('%s: nothing', (_, texts, language) => {
    expect(splitSearchWords(texts, language)).toBeUndefined();
  });
});

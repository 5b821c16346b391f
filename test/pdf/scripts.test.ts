// Every script a plan may be written in comes back out of its PDF: the text
// pdftotext reads is the plan's own, in logical order, with no U+FFFD, in a
// font embedded for that script. Right-to-left words are laid out right to
// left, and emoji are drawn by a monochrome emoji font.
import { describe, expect, it } from 'vitest';
import { REPLACEMENT } from '../../src/pdf/layout/font-runs.js';
import { layoutText } from '../../src/pdf/layout/text-layout.js';
import { styles } from '../../src/pdf/layout/theme.js';
import { renderPlanPdf } from '../../src/pdf/index.js';
import { makeLoadedPlan } from './fixtures.js';
import { extractText, listFonts, readWordBoxes, saveTemp, squash } from './poppler.js';

const scripts = [
  { script: 'Arabic', owner: 'محمد علي', step: 'مراجعة السيرة الذاتية مع المرشد', font: 'NotoSansArabic' },
  { script: 'Hebrew', owner: 'דוד כהן', step: 'ללמוד ניהול צוות', font: 'NotoSansHebrew' },
  { script: 'Devanagari', owner: 'प्रिया शर्मा', step: 'दो नए डेवलपर्स को मार्गदर्शन देना', font: 'NotoSansDevanagari' },
  { script: 'Bengali', owner: 'রবীন্দ্রনাথ ঠাকুর', step: 'তথ্য বিশ্লেষণের কোর্স শেষ করা', font: 'NotoSansBengali' },
  { script: 'Tamil', owner: 'தமிழ்செல்வி முருகன்', step: 'தரவு பகுப்பாய்வு பாடநெறியை முடிக்க', font: 'NotoSansTamil' },
  { script: 'Gurmukhi', owner: 'ਹਰਪ੍ਰੀਤ ਸਿੰਘ', step: 'ਡਾਟਾ ਵਿਸ਼ਲੇਸ਼ਣ ਦਾ ਕੋਰਸ ਪੂਰਾ ਕਰਨਾ', font: 'NotoSansGurmukhi' },
  { script: 'Gujarati', owner: 'ધ્રુવ પટેલ', step: 'ડેટા વિશ્લેષણનો અભ્યાસક્રમ પૂરો કરવો', font: 'NotoSansGujarati' },
  { script: 'Oriya', owner: 'ସୁଭଶ୍ରୀ ମହାପାତ୍ର', step: 'ତଥ୍ୟ ବିଶ୍ଳେଷଣ ପାଠ୍ୟକ୍ରମ ଶେଷ କରିବା', font: 'NotoSansOriya' },
  { script: 'Telugu', owner: 'శ్రీనివాస్ రెడ్డి', step: 'డేటా విశ్లేషణ కోర్సు పూర్తి చేయడం', font: 'NotoSansTelugu' },
  { script: 'Kannada', owner: 'ಅನನ್ಯಾ ರಾವ್', step: 'ದತ್ತಾಂಶ ವಿಶ್ಲೇಷಣೆ ಕೋರ್ಸ್ ಪೂರ್ಣಗೊಳಿಸುವುದು', font: 'NotoSansKannada' },
  { script: 'Malayalam', owner: 'ലക്ഷ്മി നായർ', step: 'ഡാറ്റ വിശകലന കോഴ്സ് പൂർത്തിയാക്കുക', font: 'NotoSansMalayalam' },
  { script: 'Sinhala', owner: 'නිමල් පෙරේරා', step: 'දත්ත විශ්ලේෂණ පාඨමාලාව අවසන් කිරීම', font: 'NotoSansSinhala' },
  { script: 'Tibetan', owner: 'བསྟན་འཛིན་རྡོ་རྗེ', step: 'གནས་ཚུལ་དབྱེ་ཞིབ་ཀྱི་སློབ་ཚན་མཇུག་སྒྲིལ་བ', font: 'NotoSerifTibetan' },
  { script: 'Lao', owner: 'ສົມພອນ ແກ້ວມະນີ', step: 'ຮຽນການວິເຄາະຂໍ້ມູນ', font: 'NotoSansLao' },
  { script: 'Myanmar', owner: 'အောင်မြင့်', step: 'ဒေတာခွဲခြမ်းစိတ်ဖြာမှုသင်တန်း', font: 'NotoSansMyanmar' },
  { script: 'Ethiopic', owner: 'አበበ ከበደ', step: 'የመረጃ ትንተና ኮርስ ማጠናቀቅ', font: 'NotoSansEthiopic' },
  // fontkit cannot position the mark of កំ (a null anchor, as in many Gurmukhi and Malayalam syllables): that word is set without it.
  { script: 'Khmer', owner: 'សុខ ចាន់', step: 'បញ្ចប់វគ្គវិភាគទិន្នន័យនៅកំពង់ចាម', font: 'NotoSansKhmer' },
  { script: 'Thai', owner: 'สมชาย ใจดี', step: 'เรียนการวิเคราะห์ข้อมูล', font: 'NotoSansThai' },
  { script: 'Georgian', owner: 'ნინო ბერიძე', step: 'მონაცემთა ანალიზის კურსი', font: 'NotoSansGeorgian' },
  { script: 'Armenian', owner: 'Արամ Պետրոսյան', step: 'Ավարտել տվյալների դասընթացը', font: 'NotoSansArmenian' },
  { script: 'emoji', owner: 'Sam Rivera', step: 'Ship the site 🚀 with the team 👩‍💻 ✅ 🇪🇸', font: 'NotoEmoji' },
];

function makeScriptPlan(owner: string, step: string) {
  return makeLoadedPlan(
    {
      title: `Plan of ${owner}`,
      owner,
      created: '2026-01-01',
      tags: [owner],
      vision: { statement: step },
      goals: [{ title: step, outcome: 'Done', due: '2026-12', steps: [{ action: step }, { action: `Meet ${owner} on Monday` }] }],
    },
    'scripts/plan.md',
    `## ${owner}\n\n${step}\n`,
  );
}

describe('scripts in a plan PDF', () => {
  it.each(scripts)('$script: the owner and steps read back in logical order, no U+FFFD, in an embedded $font', async ({ owner, step, font }) => {
    const file = saveTemp(await renderPlanPdf(makeScriptPlan(owner, step)), 'script');
    const text = extractText(file);
    expect(text).not.toContain(REPLACEMENT);
    expect(squash(text)).toContain(squash(owner));
    expect(squash(text)).toContain(squash(step));
    // Within a left-to-right sentence the owner's name keeps its place and its own order.
    expect(squash(text)).toContain(squash(`Meet ${owner} on Monday`));
    expect(listFonts(file).filter((f) => f.name.includes(font)).map((f) => f.embedded)).toContain(true);
  });

  it("draws a word whose marks fontkit cannot position (a null anchor in Noto Sans Tamil) instead of failing the PDF", async () => {
    // fontkit 2 throws "Cannot read properties of null (reading 'xCoordinate')" laying this out with mark positioning.
    const file = saveTemp(await renderPlanPdf(makeScriptPlan('தமிழ்செல்வி', 'ஃ்இஂ தமிழ்')), 'tamil-marks');
    const text = extractText(file);
    expect(text).not.toContain(REPLACEMENT);
    expect(squash(text)).toContain(squash('தமிழ்செல்வி'));
    expect(listFonts(file).filter((f) => f.name.includes('NotoSansTamil')).map((f) => f.embedded)).toContain(true);
  });

  it('draws an Arabic name right to left: its first word is the rightmost', async () => {
    const file = saveTemp(await renderPlanPdf(makeScriptPlan('محمد علي', 'خطوة أولى')), 'arabic');
    const boxes = readWordBoxes(file).filter((b) => b.page === 1);
    // pdftotext -bbox gives each word's letters as drawn, left to right; on the page محمد stands right of علي.
    const drawn = (word: string) => [...word].reverse().join('');
    const first = boxes.find((b) => b.text === drawn('محمد'))!;
    const second = boxes.find((b) => b.text === drawn('علي') && Math.abs(b.yMin - first.yMin) < 1)!;
    expect(first.xMin).toBeGreaterThan(second.xMax);
  });
});

describe('right-to-left lines', () => {
  const laid = (text: string) => layoutText([{ text, style: styles.body }], 500).lines[0]!.runs;

  it('orders the runs of a mixed line left to right on the page, an RTL run keeping its logical text with brackets mirrored', () => {
    const runs = laid('Plan by محمد علي (2026) ok');
    expect(runs.map((r) => [r.text, r.rtl ?? false])).toEqual([
      ['Plan by ', false],
      ['(', true],
      ['2026', false],
      [')', true],
      ['محمد علي ', true],
      [' ok', false],
    ]);
    for (let i = 1; i < runs.length; i++) expect(runs[i]!.x).toBeCloseTo(runs[i - 1]!.x + runs[i - 1]!.width);
  });

  it('leaves LTR text as one run per font and style', () => {
    expect(laid('Plain text only').map((r) => [r.text, r.rtl])).toEqual([['Plain text only', undefined]]);
  });
});

import { describe, expect, it } from 'vitest';
import { fitLogistic } from '../../domain/faq/calibration/logistic-regression.ts';
import { decisionProbabilities } from '../../domain/faq/decision/decide.ts';
import { isUnderspecified } from '../../domain/faq/decision/decision-features.ts';
import { shippedDecisionModel } from '../../domain/faq/decision/shipped-model.ts';
import { matchQuestion, rankQuestion } from '../../domain/faq/match-question.ts';
import { shippedFaqIndex } from '../helpers/shipped-faq.ts';

const SHIPPED_DECISION_MODEL = shippedDecisionModel();
const index = shippedFaqIndex();

describe('the calibrated decision', () => {
  it.each([
    ['กระดึ๊บๆ ตุ๊ดตู่ปิ๊ดปี้ หงึกหงัก ฟรุ้งฟริ้ง ไฟถนนหน้าบ้านดับ', 'streetlight-broken'],
    ['โอ๊ยยย ยุ่งเหยิงวุ่นวาย มะรุมมะตุ้ม กระจุกกระจิก รถขยะไม่มาเก็บขยะ', 'waste-missed-pickup'],
    ['ขอถามแบบงงๆ ปวดหัวตุบๆ กุ๊กกิ๊ก เบี้ยผู้สูงอายุเข้าวันไหน', 'elderly-allowance-payment-date'],
    ['หนูชื่อน้องพลอยจ้า คุณครูให้การบ้านเยอะ แม่ฝากถามว่า ศูนย์พัฒนาเด็กเล็กรับเด็กอายุเท่าไร', 'cdc-enrolment-age'],
  ])('when «%s» has many unknown words but a clear topic, then it is never a dead end (%s is among the choices)', (question, expected) => {
    const ranked = rankQuestion(index, question);
    expect(ranked.unknownShare, question).toBeGreaterThan(0.1);
    const match = matchQuestion(index, question);
    expect(match.choices.length, question).toBeGreaterThan(0);
    expect(match.choices.map((choice) => choice.faqId), question).toContain(expected);
  });

  it.each([
    ['ไฟถนนหน้าบ้านดับมาสามคืนแล้ว มืดมาก แจ้งซ่อมที่ไหน', 'streetlight-broken'],
    ['รถขยะไม่มาเก็บขยะเลยทั้งอาทิตย์ เหม็นไปทั้งซอย', 'waste-missed-pickup'],
    ['ท่อระบายน้ำหน้าบ้านอุดตัน น้ำท่วมขังทุกครั้งที่ฝนตก', 'drain-blocked'],
    ['น้ำประปาไม่ไหลมาสองวันแล้ว ต้องแจ้งใคร', 'village-water-outage'],
  ])('when «%s» names its topic clearly, among filler and story words, then %s is answered, not asked back', (question, expected) => {
    const match = matchQuestion(index, question);
    expect([match.decision, match.faqId], question).toEqual(['answer', expected]);
  });

  it('answers exactly when the model says the best entry is right often enough (and the topic is not bare)', () => {
    const { thresholds } = SHIPPED_DECISION_MODEL;
    for (const question of ['ไฟถนนหน้าบ้านดับจ้า', 'ภาษีที่ดิน', 'เบี้ยคนเฒ่า register ได้อยู่ไส', 'ราคาทองวันนี้เท่าไหร่', 'หมาบ้าฉีดฟรีที่ไหน']) {
      const ranked = rankQuestion(index, question);
      const p = decisionProbabilities(ranked, SHIPPED_DECISION_MODEL);
      const decision = matchQuestion(index, question).decision;
      expect(decision === 'answer', question).toBe(p.answer >= thresholds.answer && !isUnderspecified(ranked));
      if (decision !== 'answer') expect(decision === 'clarify', question).toBe(p.choice >= thresholds.clarify);
    }
  });

  it('names the agency that handles another agency’s business when the vocabulary knows it', () => {
    const match = matchQuestion(index, 'ต่อใบขับขี่รถยนต์ที่ไหน');
    expect(match.faqId).toBeNull();
    expect(match.otherAgency?.name).toMatch(/ขนส่ง/);
  });

  it.each([
    ['ลืมรหัสเอทีเอ็ม ทำยังไงดี', 'bank'],
    ['ถูกหวยรางวัลที่ 1 ไปขึ้นเงินที่ไหน', 'glo'],
    ['บ้านโดนงัด ของหายหมด', 'police'],
    ['ค่าไฟแพงผิดปกติ', 'pea'],
    ['ขอหนังสือรับรองเงินเดือนได้ที่ไหน', 'employer'],
    ['พายุจะเข้าเมื่อไหร่', 'tmd'],
  ])('sends the look-alike question «%s» of banks, lottery, police or electricity bills to its agency (%s)', (question, agency) => {
    const match = matchQuestion(index, question);
    expect([match.decision, match.otherAgency?.id], question).toEqual(['none', agency]);
  });

  it('keeps our own questions that mention a bank or a storm', () => {
    expect(matchQuestion(index, 'เบี้ยผู้สูงอายุเข้าบัญชีธนาคารวันไหน').faqId).toBe('elderly-allowance-payment-date');
    expect(matchQuestion(index, 'จ่ายภาษีที่ดินผ่านธนาคารได้ไหม').faqId).toBe('tax-payment-channels');
    expect(matchQuestion(index, 'บ้านโดนพายุพัดหลังคาเปิด ขอความช่วยเหลือ').faqId).toBe('storm-damage-repair');
  });

  it('lets the story name the topic when the asking clause only says whom to tell', () => {
    expect(matchQuestion(index, 'ข้างบ้านเลี้ยงหมูหลายสิบตัว กลิ่นเหม็นทุกวันจนกินข้าวไม่ลง แบบนี้ไปแจ้งใครได้บ้าง').faqId).toBe('nuisance-smoke-odor');
  });

  it('says no answer to a request for the best shop or brand, and still answers the permit for the same shop', () => {
    for (const question of ['ร้านก๋วยเตี๋ยวแถวนี้ร้านไหนอร่อย', 'อู่ซ่อมรถแถวนี้ร้านไหนเก่ง', 'รถเข็นผู้ป่วยยี่ห้อไหนดี']) {
      expect(matchQuestion(index, question).decision, question).toBe('none');
    }
    expect(matchQuestion(index, 'เปิดร้านก๋วยเตี๋ยวต้องขออนุญาตไหม').faqId).toBe('food-shop-permit');
    expect(matchQuestion(index, 'เปิดอู่ซ่อมรถต้องขออนุญาตไหม').faqId).toBe('health-hazard-business-permit');
  });

  it('ships a fitted model with its k-fold report', () => {
    expect(SHIPPED_DECISION_MODEL.fittedAt).not.toBe('never');
    expect(SHIPPED_DECISION_MODEL.figures).toMatchObject({ kFold: { top1: expect.any(Number) }, unseenKFold: { rightAmongChoices: expect.any(Number) } });
    expect(SHIPPED_DECISION_MODEL.thresholds.answer).toBeGreaterThan(SHIPPED_DECISION_MODEL.thresholds.clarify);
  });

  it('fits a logistic model that separates what its data separates', () => {
    const samples = Array.from({ length: 200 }, (_, n) => ({ x: [n / 100 - 1, (n % 7) / 7], y: (n >= 100 ? 1 : 0) as 0 | 1, weight: 1 }));
    const fitted = fitLogistic(samples, 0.1);
    expect(fitted.weights[0]).toBeGreaterThan(2);
    expect(Math.abs(fitted.weights[1] ?? 0)).toBeLessThan(Math.abs(fitted.weights[0] ?? 0));
  });
});

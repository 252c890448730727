import { describe, expect, it } from 'vitest';
import { normalizeText, stripToneMarks } from '../../domain/faq/normalize.ts';
import { segmentWords } from '../../domain/faq/segment.ts';

describe('normalizeText', () => {
  it('when Thai digits are typed, then they become Arabic digits', () => {
    expect(normalizeText('อายุ ๖๕ ปี โทร ๑๖๖๙')).toBe('อายุ 65 ปี โทร 1669');
  });

  it('when letters are stretched for emphasis, then runs collapse to one letter', () => {
    expect(normalizeText('ค่าาาาา มากกกกก')).toBe('ค่า มาก');
    expect(normalizeText('ได้มั้ยยยย')).toBe('ได้มั้ย');
  });

  it('when a final letter is typed twice for emphasis, then it is typed once', () => {
    expect(normalizeText('เหม็นมากก ท่วมแล้วว')).toBe('เหม็นมาก ท่วมแล้ว');
  });

  it('when a legitimate double letter or a number appears, then it is kept', () => {
    expect(normalizeText('กรรมการ 1000 บาท')).toBe('กรรมการ 1000 บาท');
    expect(normalizeText('ซ่อมถนน งง')).toBe('ซ่อมถนน งง');
  });

  it('when laughter 555 is typed, then it is removed', () => {
    expect(normalizeText('ไฟดับอีกแล้ว555+')).toBe('ไฟดับอีกแล้ว');
  });

  it('when zero-width characters, punctuation and mixed case appear, then they are cleaned', () => {
    expect(normalizeText('Clinic\u200bCenter!!  คือ?อะไร')).toBe('cliniccenter คือ อะไร');
  });

  it('when แ is typed as two เ or ำ as ํ + า, then the canonical letters are used', () => {
    expect(normalizeText('เเจ้งเรื่อง ทํางาน')).toBe('แจ้งเรื่อง ทำงาน');
  });

  it('strips tone marks for tone-insensitive comparison', () => {
    expect(stripToneMarks('ผู้สูงอายุ ไม่ได้')).toBe('ผูสูงอายุ ไมได');
  });
});

describe('segmentWords', () => {
  it('splits Thai without spaces into words with Intl.Segmenter', () => {
    expect(segmentWords('ลงทะเบียนเบี้ยผู้สูงอายุที่ไหน')).toEqual(['ลง', 'ทะเบียน', 'เบี้ย', 'ผู้', 'สูง', 'อายุ', 'ที่ไหน']);
  });

  it('when Thai, Latin and digits touch, then they are separate words', () => {
    expect(segmentWords('registerเบี้ยonline24ชั่วโมง')).toEqual(['register', 'เบี้ย', 'online', '24', 'ชั่วโมง']);
  });
});

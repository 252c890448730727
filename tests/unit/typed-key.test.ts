import { describe, expect, it } from 'vitest';
import { typedKey } from '../../domain/conversation/typed-key.ts';
import { isCancelWord } from '../../domain/conversation/question-shape.ts';
import { smallTalkKey } from '../../domain/conversation/small-talk.ts';
import { isMenuCommand } from '../../bot/conversation/menu-command.ts';

describe('one way to compare typed words', () => {
  it.each([
    ['ยกเลิกครับ', 'ยกเลิก'],
    ['ยกเลิก ค่ะ', 'ยกเลิก'],
    ['ยกเลิกนะคะ', 'ยกเลิก'],
    ['ยกเลิกค่า', 'ยกเลิก'],
    ['ยกเลิกจ้า', 'ยกเลิก'],
    ['ยกเลิกจ๊ะ', 'ยกเลิก'],
    ['ยกเลิกน้า', 'ยกเลิก'],
    ['ยกเลิกฮะ', 'ยกเลิก'],
    ['ยกเลิกคับ', 'ยกเลิก'],
    ['Cancel ka', 'cancel'],
    ['ยืนยัน, ส่งเรื่อง!', 'ยืนยันส่งเรื่อง'],
    ['✓ สิ่งแวดล้อม', 'สิ่งแวดล้อม'],
  ])('when «%s» is typed, then its key is «%s»', (text, key) => {
    expect(typedKey(text)).toBe(key);
  });

  it('when the message is nothing but a particle, then it keeps it (a reply, not an empty message)', () => {
    expect(typedKey('ค่ะ')).toBe('ค่ะ');
    expect(typedKey('นะคะ')).toBe('นะคะ');
  });

  it('when the cancel word, the menu command and small talk read a polite message, then they read it as commands do', () => {
    for (const ending of ['ครับ', 'ค่ะ', 'คะ', 'ค่า', 'จ้า', 'จ้ะ', 'จ๊ะ', 'นะ', 'น้า', 'ฮะ', 'นะคะ', 'นะครับ']) {
      expect(isCancelWord(`ยกเลิก${ending}`), ending).toBe(true);
      expect(isMenuCommand(`เมนู ${ending}`), ending).toBe(true);
      expect(smallTalkKey(`สวัสดี${ending}`), ending).toBe(typedKey(`สวัสดี${ending}`));
    }
    expect(smallTalkKey('สวัสดีครับบบ')).toBe('สวัสดี');
  });
});

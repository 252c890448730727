import { describe, expect, it } from 'vitest';
import { typedButtonData } from '../../domain/flows/offered-buttons.ts';

describe('a typed button', () => {
  const offered = [
    { label: 'ยินยอม ให้โทรกลับ', displayText: 'ยินยอมให้เจ้าหน้าที่โทรกลับ', data: 'action=intake.contact&w=yes' },
    { label: 'ไม่ต้องโทรกลับ', data: 'action=intake.contact&w=no' },
    { label: '⭐⭐', data: 'action=case.act&r=2' },
  ];

  it('when the label or the text a tap shows is typed, then it is that button; an alias only counts for an offered label', () => {
    expect(typedButtonData('ไม่ต้องโทรกลับค่ะ', offered)).toBe('action=intake.contact&w=no');
    expect(typedButtonData('ยินยอมให้เจ้าหน้าที่โทรกลับ', offered)).toBe('action=intake.contact&w=yes');
    expect(typedButtonData('ยินยอม', offered, { 'ยินยอม ให้โทรกลับ': ['ยินยอม'] })).toBe('action=intake.contact&w=yes');
    expect(typedButtonData('ยืนยัน', offered, { 'ยืนยัน ส่งเรื่อง': ['ยืนยัน'] })).toBeUndefined();
  });

  it('when the typed text is only symbols, then no button is named, not even one labelled with symbols', () => {
    expect(typedButtonData('!!', offered)).toBeUndefined();
    expect(typedButtonData('⭐⭐', offered)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { typedButtonData, type OfferedButton } from '../../domain/flows/offered-buttons.ts';
import { rememberingOfferedButtons, takeOfferedButtons } from '../../bot/flows/offered-buttons.ts';
import { postbackAction, textMessage } from '../../bot/messages/quick-reply.ts';
import { POSTBACK_ACTIONS } from '../../bot/postback/postback-data.ts';
import type { ChatContext } from '../../bot/conversation/responder.ts';

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

describe('remembering the buttons a flow offered', () => {
  const tapOf = (label: string, f: string) => postbackAction(label, POSTBACK_ACTIONS.consultTopic, { f, c: label });
  const run = async (turn: (context: ChatContext) => Promise<void>) => {
    const offers: { flowId: string; labels: string[] }[] = [];
    const flows = { offer: async (_user: string, flowId: string, offered: OfferedButton[]) => void offers.push({ flowId, labels: offered.map((b) => b.label) }) };
    const context = { lineUserId: 'U1', reply: async () => {}, services: { flows } } as unknown as ChatContext;
    await rememberingOfferedButtons(context, turn);
    return offers;
  };

  it('when the flow saves its turn with the buttons it offered, then they are not written again after the answer', async () => {
    let taken: string[] | undefined;
    const offers = await run(async (context) => {
      await context.reply([textMessage('เลือกหัวข้อค่ะ', [tapOf('ภาษี', 'f1'), tapOf('น้ำประปา', 'f1')])]);
      taken = takeOfferedButtons(context, 'f1')?.map((button) => button.label);
    });
    expect(taken).toEqual(['ภาษี', 'น้ำประปา']);
    expect(offers).toEqual([]);
  });

  it('when buttons follow the save, or belong to another flow, then the answer writes what was offered last', async () => {
    const offers = await run(async (context) => {
      await context.reply([textMessage('เลือกหัวข้อค่ะ', [tapOf('ภาษี', 'f1')])]);
      expect(takeOfferedButtons(context, 'f2')).toBeUndefined();
      takeOfferedButtons(context, 'f1');
      await context.reply([textMessage('หรือเรื่องนี้คะ', [tapOf('ถนน', 'f1')])]);
    });
    expect(offers).toEqual([{ flowId: 'f1', labels: ['ภาษี', 'ถนน'] }]);
  });
});

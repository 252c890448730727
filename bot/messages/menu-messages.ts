import type { messagingApi } from '@line/bot-sdk';
import { mainFeatureActions } from './main-features.ts';
import { FEATURE_NAMES } from './feature-names.ts';

const BRAND_COLOR = '#0F6E5A';

/** The main menu as one flex bubble: a button per feature, plus the LIFF forms when configured. */
export function buildMenuMessages(options: { liffUrl: string | undefined }): messagingApi.Message[] {
  const actions: messagingApi.Action[] = [...mainFeatureActions()];
  if (options.liffUrl) actions.push({ type: 'uri', label: FEATURE_NAMES.forms, uri: options.liffUrl });
  const bubble: messagingApi.FlexBubble = {
    type: 'bubble',
    header: {
      type: 'box',
      layout: 'vertical',
      backgroundColor: BRAND_COLOR,
      contents: [
        { type: 'text', text: 'เมนูบริการ Clinic Center', weight: 'bold', color: '#FFFFFF', size: 'lg', wrap: true },
        { type: 'text', text: 'เลือกบริการที่ต้องการได้เลยค่ะ', color: '#E0F2EE', size: 'sm', wrap: true },
      ],
    },
    body: {
      type: 'box',
      layout: 'vertical',
      spacing: 'sm',
      contents: actions.map((action) => ({
        type: 'button',
        style: 'secondary',
        height: 'sm',
        action,
      })),
    },
  };
  return [{ type: 'flex', altText: `เมนูบริการ Clinic Center: ${actions.map((action) => action.label).join(' ')}`, contents: bubble }];
}

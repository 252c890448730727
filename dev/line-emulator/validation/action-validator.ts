import { checkEnum, checkObject, checkString, report, type Issues } from './checks.ts';

export type ActionPlace = 'quickReply' | 'template' | 'flex' | 'richmenu';

export interface ActionRule {
  place: ActionPlace;
  labelRequired: boolean;
  labelMax: number;
}

const COMMON_TYPES = ['postback', 'message', 'uri', 'datetimepicker', 'clipboard'];
const ALLOWED_TYPES: Record<ActionPlace, readonly string[]> = {
  quickReply: [...COMMON_TYPES, 'camera', 'cameraRoll', 'location'],
  template: COMMON_TYPES,
  flex: COMMON_TYPES,
  richmenu: [...COMMON_TYPES, 'richmenuswitch'],
};

const PICKER_FORMATS: Record<string, RegExp> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  time: /^\d{2}:\d{2}$/,
  datetime: /^\d{4}-\d{2}-\d{2}[tT]\d{2}:\d{2}$/,
};

export function validateAction(issues: Issues, action: unknown, path: string, rule: ActionRule): void {
  if (!checkObject(issues, action, path)) return;
  if (!checkEnum(issues, action.type, `${path}.type`, ALLOWED_TYPES[rule.place])) return;
  checkString(issues, action.label, `${path}.label`, { max: rule.labelMax, required: rule.labelRequired });
  const typeRule = TYPE_RULES[action.type as string];
  typeRule?.(issues, action, path);
}

const TYPE_RULES: Record<string, (issues: Issues, action: Record<string, unknown>, path: string) => void> = {
  postback(issues, action, path) {
    checkString(issues, action.data, `${path}.data`, { max: 300 });
    checkString(issues, action.displayText, `${path}.displayText`, { max: 300, required: false });
    checkString(issues, action.text, `${path}.text`, { max: 300, required: false });
    checkString(issues, action.fillInText, `${path}.fillInText`, { max: 300, required: false });
    const inputOptions = ['closeRichMenu', 'openRichMenu', 'openKeyboard', 'openVoice'];
    checkEnum(issues, action.inputOption, `${path}.inputOption`, inputOptions, false);
  },
  message(issues, action, path) {
    checkString(issues, action.text, `${path}.text`, { max: 300 });
  },
  uri(issues, action, path) {
    if (!checkString(issues, action.uri, `${path}.uri`, { max: 1000 })) return;
    if (!/^(https?|line|tel):/.test(action.uri as string)) report(issues, `${path}.uri`, 'invalid uri scheme');
  },
  datetimepicker(issues, action, path) {
    checkString(issues, action.data, `${path}.data`, { max: 300 });
    if (!checkEnum(issues, action.mode, `${path}.mode`, Object.keys(PICKER_FORMATS))) return;
    const format = PICKER_FORMATS[action.mode as string];
    for (const key of ['initial', 'max', 'min']) {
      const value = action[key];
      if (value === undefined) continue;
      if (typeof value !== 'string' || !format?.test(value) || !withinPickerRange(value)) {
        report(issues, `${path}.${key}`, `invalid ${action.mode as string} format or out of range`);
      }
    }
  },
  clipboard(issues, action, path) {
    checkString(issues, action.clipboardText, `${path}.clipboardText`, { max: 1000 });
  },
  richmenuswitch(issues, action, path) {
    checkString(issues, action.richMenuAliasId, `${path}.richMenuAliasId`, { max: 32 });
    checkString(issues, action.data, `${path}.data`, { max: 300 });
  },
};

function withinPickerRange(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return !/^\d{4}-/.test(value) || (year >= 1900 && year <= 2100);
}

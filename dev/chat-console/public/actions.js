import { isSafeUrl } from './dom.js';

const PICKER_INPUT_TYPES = { date: 'date', time: 'time', datetime: 'datetime-local' };

/**
 * What tapping an action does, as in the LINE app: message → the user says the text; postback →
 * displayText shows as the user's bubble and the bot gets the data; datetimepicker → pick, then postback.
 */
export function createActionHandler(chat) {
  return async function handleAction(action) {
    switch (action?.type) {
      case 'message':
        return chat.sendText(action.text);
      case 'postback':
        applyInputOption(chat, action.inputOption);
        return chat.sendPostback({ data: action.data, displayText: action.displayText ?? action.text });
      case 'datetimepicker': {
        const params = await pickDateTime(chat.dialogs.datetime, action);
        return params && chat.sendPostback({ data: action.data, params });
      }
      case 'uri':
        return openUri(action.uri, chat);
      case 'camera':
      case 'cameraRoll':
        return chat.pickImage();
      case 'location':
        return chat.openLocation();
      case 'clipboard':
        await navigator.clipboard?.writeText(action.clipboardText ?? '');
        return chat.notify('คัดลอกข้อความแล้วค่ะ');
      default:
        return chat.notify(`ปุ่มชนิด ${action?.type ?? '?'} ยังไม่รองรับในคอนโซลนี้ค่ะ`);
    }
  };
}

/** A postback's `inputOption`: what LINE does with the keyboard and the rich menu after the tap. */
function applyInputOption(chat, inputOption) {
  if (inputOption === 'openKeyboard' || inputOption === 'openVoice') {
    chat.setRichMenuOpen(false);
    chat.focusComposer();
  } else if (inputOption === 'closeRichMenu') {
    chat.setRichMenuOpen(false);
  } else if (inputOption === 'openRichMenu') {
    chat.setRichMenuOpen(true);
  }
}

function openUri(uri, chat) {
  if (isSafeUrl(uri)) return void window.open(uri, '_blank', 'noopener,noreferrer');
  chat.notify(`ลิงก์ ${uri} เปิดได้เฉพาะในแอป LINE ค่ะ`);
}

/** Resolves to LINE's `postback.params` ({date} | {time} | {datetime}) or null when cancelled. */
function pickDateTime(dialog, action) {
  const input = dialog.querySelector('input');
  const mode = PICKER_INPUT_TYPES[action.mode] ? action.mode : 'datetime';
  input.type = PICKER_INPUT_TYPES[mode];
  const normalise = (value) => (value ? String(value).replace('t', 'T') : '');
  input.value = normalise(action.initial);
  input.min = normalise(action.min);
  input.max = normalise(action.max);
  dialog.querySelector('[data-role=label]').textContent = action.label ?? 'เลือกวันและเวลา';
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'ok' && input.value ? { [mode]: input.value } : null);
    }, { once: true });
    dialog.showModal();
  });
}

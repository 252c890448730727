import type { IconName } from '../rich-menu-layout.ts';

/**
 * Line icons drawn on a 64×64 grid with round strokes, so they stay crisp at any size and
 * need no icon font or external file when the image is rendered.
 */
const ICON_BODIES: Record<IconName, string> = {
  question: `
    <path d="M14 10h36a6 6 0 0 1 6 6v24a6 6 0 0 1-6 6H30l-11 9v-9h-5a6 6 0 0 1-6-6V16a6 6 0 0 1 6-6z"/>
    <path d="M26.5 23a5.5 5.5 0 1 1 7.6 5.1c-1.5.7-2.1 1.7-2.1 3.3v.8"/>
    <circle cx="32" cy="38.5" r="1.2" fill="currentColor"/>`,
  report: `
    <path d="M8 27v10a3 3 0 0 0 3 3h7l22 11V13L18 24h-7a3 3 0 0 0-3 3z"/>
    <path d="M19 40l4 13h7l-4-12"/>
    <path d="M47 25a9 9 0 0 1 0 14"/>
    <path d="M52 19a17 17 0 0 1 0 26"/>`,
  track: `
    <circle cx="27" cy="27" r="17"/>
    <path d="M39.5 39.5L55 55"/>
    <path d="M19 27.5l5.5 5.5L35.5 22"/>`,
  calendar: `
    <rect x="8" y="13" width="48" height="43" rx="6"/>
    <path d="M8 26h48M21 7v11M43 7v11"/>
    <path d="M18 36h4M30 36h4M42 36h4M18 46h4M30 46h4" stroke-width="5"/>`,
  form: `
    <path d="M16 6h22l14 14v34a4 4 0 0 1-4 4H16a4 4 0 0 1-4-4V10a4 4 0 0 1 4-4z"/>
    <path d="M38 6v14h14"/>
    <path d="M20 31h22M20 40h22M20 49h13"/>`,
  contact: `
    <rect x="12" y="6" width="28" height="52" rx="5"/>
    <path d="M22 49h8"/>
    <path d="M47 24a9 9 0 0 1 0 14"/>
    <path d="M52 18a17 17 0 0 1 0 26"/>`,
};

export function iconSvg(name: IconName, sizePx: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="${sizePx}" height="${sizePx}"
    fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"
    aria-hidden="true">${ICON_BODIES[name]}</svg>`;
}

import type { ComponentChildren } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { href } from '../routes.ts';

/**
 * Every page: a heading that names it (also the document title, which the LIFF header shows) and
 * a way back. Focus moves to the heading on navigation so screen readers announce the new page,
 * before the page is painted: the first thing a keyboard or screen-reader user meets is its name.
 */
export function PageShell({ title, back = '/', children }: { title: string; back?: string | null; children: ComponentChildren }) {
  useLayoutEffect(() => {
    document.title = `${title} · Clinic Center`;
    document.getElementById('page-title')?.focus({ preventScroll: true });
  }, [title]);
  return (
    <main class="page" id="main">
      {back !== null && (
        <a class="back-link" href={href(back)}>
          <span aria-hidden="true">‹</span> {back === '/' ? 'หน้าหลัก' : 'ย้อนกลับ'}
        </a>
      )}
      <h1 class="page-title" id="page-title" tabIndex={-1}>{title}</h1>
      {children}
    </main>
  );
}

import { PageShell } from '../components/page-shell.tsx';
import { ROLE_LABELS, useMe } from '../lib/session.ts';
import { ROUTES, href } from '../routes.ts';

/** The pages this account can use, and nothing else. */
export default function HomePage() {
  const me = useMe();
  const offered = ROUTES.filter((page) => page.menu?.roles.includes(me.role));
  return (
    <PageShell title="ศูนย์ Clinic Center" back={null}>
      <p class="lead">
        สวัสดีค่ะ {me.name ?? ''} · {ROLE_LABELS[me.role]}
        {me.officeName ? ` · ${me.officeName}` : ''}
      </p>
      <nav aria-label="เมนู">
        <ul class="menu">
          {offered.map((page) => (
            <li key={page.path}>
              <a class="menu-item" href={href(page.path)}>
                <strong>{page.menu!.label}</strong>
                <span>{page.menu!.hint}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </PageShell>
  );
}

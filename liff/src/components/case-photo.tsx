import { useEffect, useState } from 'preact/hooks';
import { apiDownload } from '../lib/api-client.ts';
import { photoPath } from '../features/cases/case-api.ts';

/**
 * A case photo: the API wants the ID token, which an <img src> cannot send, so it is fetched and
 * shown from a blob URL. The square box is there before the image, so nothing jumps.
 */
export function CasePhoto({ photoId, alt }: { photoId: string; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let url: string | null = null;
    let cancelled = false;
    apiDownload(photoPath(photoId)).then(
      (blob) => {
        if (cancelled) return;
        url = URL.createObjectURL(blob);
        setSrc(url);
      },
      () => setFailed(true),
    );
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [photoId]);
  return (
    <span class="photo-slot">
      {src ? <img src={src} alt={alt} /> : <span class="photo-state">{failed ? 'เปิดรูปไม่ได้' : 'กำลังโหลดรูป…'}</span>}
    </span>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { Field, describedBy } from '../../components/field.tsx';
import { useAppConfig } from '../../lib/config-context.ts';
import type { FieldErrors } from '../../lib/api-client.ts';
import type { MapPin } from './map-pin.ts';

export type Position = { latitude: number; longitude: number };
type Mode = 'none' | 'device' | 'map' | 'typed';

/** Where the map opens when the device has not said where it is: the province hall. */
const DEFAULT_CENTER: Position = { latitude: 14.4744, longitude: 100.1177 };

const GEO_ERRORS: Record<number, string> = {
  1: 'ไม่ได้รับอนุญาตให้ใช้ตำแหน่ง กรุณาอนุญาตในการตั้งค่า หรือปักหมุด/เลือกอำเภอและตำบลแทนค่ะ',
  2: 'หาตำแหน่งไม่ได้ตอนนี้ กรุณาปักหมุดหรือเลือกอำเภอและตำบลแทนค่ะ',
  3: 'หาตำแหน่งนานเกินไป กรุณาลองใหม่ หรือเลือกอำเภอและตำบลแทนค่ะ',
};

/**
 * The case's position: from the device, a pin on the map, or typed coordinates. When the map
 * tiles cannot load (offline), it says so and offers typing or the district pickers below.
 */
export function LocationPicker(props: { value: Position | undefined; fields: FieldErrors; onChange: (position: Position | undefined) => void }) {
  const config = useAppConfig();
  const [mode, setMode] = useState<Mode>(props.value ? 'typed' : 'none');
  const [message, setMessage] = useState<string | null>(null);
  const [typed, setTyped] = useState({ latitude: props.value ? String(props.value.latitude) : '', longitude: props.value ? String(props.value.longitude) : '' });
  const mapElement = useRef<HTMLDivElement>(null);
  const pin = useRef<MapPin | null>(null);

  const show = (position: Position, how: Mode) => {
    setTyped({ latitude: String(position.latitude), longitude: String(position.longitude) });
    props.onChange(position);
    setMode(how);
  };

  const fromDevice = () => {
    setMessage('กำลังหาตำแหน่งของเครื่อง…');
    navigator.geolocation.getCurrentPosition(
      (found) => {
        setMessage(null);
        show({ latitude: round(found.coords.latitude), longitude: round(found.coords.longitude) }, 'device');
      },
      (error) => setMessage(GEO_ERRORS[error.code] ?? GEO_ERRORS[2]!),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  useEffect(() => {
    if (mode !== 'map' || !mapElement.current || !config.mapTileUrl) return;
    let cancelled = false;
    void import('./map-pin.ts').then(({ openMapPin }) => {
      if (cancelled || !mapElement.current) return;
      pin.current = openMapPin({
        element: mapElement.current,
        tileUrl: config.mapTileUrl!,
        center: props.value ?? DEFAULT_CENTER,
        onPick: (position) => show(position, 'map'),
        onFailed: () => {
          pin.current?.destroy();
          pin.current = null;
          setMode('typed');
          setMessage('โหลดแผนที่ไม่ได้ (อาจไม่มีอินเทอร์เน็ต) กรอกพิกัดเอง หรือเลือกอำเภอและตำบลด้านล่างแทนได้ค่ะ');
        },
      });
    });
    return () => {
      cancelled = true;
      pin.current?.destroy();
      pin.current = null;
    };
  }, [mode === 'map']);

  const typeCoordinate = (key: keyof Position, text: string) => {
    const next = { ...typed, [key]: text };
    setTyped(next);
    const latitude = Number.parseFloat(next.latitude);
    const longitude = Number.parseFloat(next.longitude);
    props.onChange(next.latitude === '' && next.longitude === '' ? undefined : { latitude, longitude });
  };

  const clear = () => {
    setTyped({ latitude: '', longitude: '' });
    props.onChange(undefined);
    setMode('none');
    setMessage(null);
  };

  const latError = props.fields['location.latitude'];
  const lngError = props.fields['location.longitude'];
  return (
    <fieldset>
      <legend>ตำแหน่งที่เกิดเหตุ</legend>
      <p class="hint">ใส่ตำแหน่ง หรือเลือกอำเภอและตำบลด้านล่างอย่างใดอย่างหนึ่ง</p>
      <div class="actions compact">
        <button type="button" class="button secondary" onClick={fromDevice}>ใช้ตำแหน่งปัจจุบัน</button>
        {config.mapTileUrl && <button type="button" class="button secondary" onClick={() => { setMessage(null); setMode('map'); }}>ปักหมุดบนแผนที่</button>}
        <button type="button" class="button secondary" onClick={() => setMode('typed')}>กรอกพิกัดเอง</button>
      </div>
      {message && <p class="notice notice-refusal" role="status">{message}</p>}
      {mode === 'map' && <div ref={mapElement} class="map" role="application" aria-label="แผนที่ แตะเพื่อปักหมุด หรือลากหมุด" />}
      {(mode === 'typed' || mode === 'device' || mode === 'map') && (
        <div class="row">
          <Field id="case-latitude" label="ละติจูด" error={latError}>
            <input id="case-latitude" inputMode="decimal" value={typed.latitude} aria-invalid={latError ? 'true' : undefined} aria-describedby={describedBy('case-latitude', { error: latError })} onInput={(event) => typeCoordinate('latitude', event.currentTarget.value)} placeholder="เช่น 14.4744" />
          </Field>
          <Field id="case-longitude" label="ลองจิจูด" error={lngError}>
            <input id="case-longitude" inputMode="decimal" value={typed.longitude} aria-invalid={lngError ? 'true' : undefined} aria-describedby={describedBy('case-longitude', { error: lngError })} onInput={(event) => typeCoordinate('longitude', event.currentTarget.value)} placeholder="เช่น 100.1177" />
          </Field>
        </div>
      )}
      {props.value && <button type="button" class="button secondary" onClick={clear}>ไม่ระบุตำแหน่ง</button>}
    </fieldset>
  );
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

import L from 'leaflet';
import 'leaflet/dist/leaflet.css';

export type MapPin = { destroy(): void };

/** Waits this long for the first tile; none by then (offline, blocked) means no map. */
const TILE_WAIT_MS = 4_000;

/**
 * A Leaflet map with one draggable pin (loaded only when asked for). `onFailed` fires when no tile
 * loads, so the form can fall back to typing the position or picking the district.
 */
export function openMapPin(options: {
  element: HTMLElement;
  tileUrl: string;
  center: { latitude: number; longitude: number };
  onPick: (position: { latitude: number; longitude: number }) => void;
  onFailed: () => void;
}): MapPin {
  const start: L.LatLngTuple = [options.center.latitude, options.center.longitude];
  const map = L.map(options.element, { center: start, zoom: 15, keyboard: true });
  const layer = L.tileLayer(options.tileUrl, { maxZoom: 19, attribution: '&copy; OpenStreetMap' }).addTo(map);
  const icon = L.divIcon({ className: 'map-pin', html: '<span></span>', iconSize: [32, 32], iconAnchor: [16, 32] });
  const marker = L.marker(start, { draggable: true, icon, keyboard: true, title: 'ตำแหน่งที่เกิดเหตุ' }).addTo(map);
  const pick = (latlng: L.LatLng) => options.onPick({ latitude: round(latlng.lat), longitude: round(latlng.lng) });
  marker.on('dragend', () => pick(marker.getLatLng()));
  map.on('click', (event: L.LeafletMouseEvent) => {
    marker.setLatLng(event.latlng);
    pick(event.latlng);
  });
  let loaded = false;
  layer.on('tileload', () => (loaded = true));
  const timer = setTimeout(() => loaded || options.onFailed(), TILE_WAIT_MS);
  pick(marker.getLatLng());
  return {
    destroy: () => {
      clearTimeout(timer);
      map.remove();
    },
  };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

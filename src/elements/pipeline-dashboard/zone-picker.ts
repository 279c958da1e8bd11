/**
 * The dashboard's time-zone picker and its place in the URL. The charts state the zone on their
 * axis; the picker chooses it for every chart at once: the viewer's own (`local`), UTC, or any
 * IANA zone the browser knows. With `sync-url` the choice is `?tz=Europe/Berlin`, written with
 * `history.replaceState` like the range, so a link shows the same clock.
 */
import { html, type TemplateResult } from 'lit';
import { dashboardText } from '../../i18n/en/dashboard.js';
import { LOCAL, zoneName } from '../metric-chart/zoned-time.js';

const PARAM = 'tz';

/** Every zone the browser knows (UTC first), or a short list where it cannot say. */
function knownZones(): readonly string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Europe/London', 'America/New_York'];
  return ['UTC', ...all.filter((zone) => zone !== 'UTC')];
}

let zones: readonly string[] | undefined;

/**
 * A labelled `<select>` of zones showing `value` (`local` when unset); `onChange` gets the pick.
 * Until `all`, it holds only Local and the current zone: the browser knows about 420 zones, a
 * first render of them all cost the dashboard's first frame, and nobody sees them before the
 * picker takes focus or a pointer. Then `onWant` asks for them, rendered before the list opens.
 */
export function renderZonePicker(
  value: string | undefined,
  onChange: (zone: string) => void,
  locale: string | undefined,
  all: boolean,
  onWant: () => void,
): TemplateResult {
  const t = dashboardText(locale);
  const current = value || LOCAL;
  let listed: readonly string[] = current === LOCAL ? [] : [current];
  if (all) {
    zones ??= knownZones();
    listed = current === LOCAL || zones.includes(current) ? zones : [current, ...zones];
  }
  return html`<label part="time-zone" class="zone"
    >${t.timeZone}
    <select
      part="time-zone-select"
      class="zone__select"
      @focus=${all ? undefined : onWant}
      @pointerdown=${all ? undefined : onWant}
      @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
    >
      <option value=${LOCAL} ?selected=${current === LOCAL}>${t.local(zoneName(undefined))}</option>
      ${listed.map((zone) => html`<option value=${zone} ?selected=${zone === current}>${zone}</option>`)}
    </select></label
  >`;
}

/** The zone `url` names (`?tz=`), or undefined. */
export function zoneFromUrl(url: URL): string | undefined {
  return url.searchParams.get(PARAM) || undefined;
}

/** Puts `zone` into the page's URL (`local` removes it) without a navigation or a history entry. */
export function writeZoneToPage(zone: string): void {
  const next = new URL(location.href);
  if (zone === LOCAL) next.searchParams.delete(PARAM);
  else next.searchParams.set(PARAM, zone);
  if (next.href !== location.href) history.replaceState(history.state, '', next);
}

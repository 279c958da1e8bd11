/**
 * Die deutschen Texte: every part of the English catalogue (`en/index.ts`), translated. Loaded by
 * `import()` only when an element's `locale` is German, so English pages never download it.
 */
import type { MonitorError } from '../errors.js';
import type { Catalogue } from './en/index.js';

/** The library's names of what it reads or changes, in German; an id after a name is kept. */
const RESOURCES: [RegExp, string][] = [
  [/^pipeline$/, 'Pipeline'],
  [/^pipeline metrics$/, 'Pipeline-Metriken'],
  [/^metrics history$/, 'Metrikverlauf'],
  [/^error log$/, 'Fehlerprotokoll'],
  [/^error counts$/, 'Fehlerzahlen'],
  [/^pipeline list$/, 'Pipeline-Liste'],
  [/^alerts$/, 'Alarme'],
  [/^alert$/, 'Alarm'],
  [/^alert rules$/, 'Alarmregeln'],
  [/^alert summary$/, 'Alarmübersicht'],
  [/^alert history$/, 'Alarmverlauf'],
  [/^acknowledgement$/, 'Bestätigung'],
  [/^acknowledgement of alert (.+)$/, 'Bestätigung des Alarms $1'],
  [/^start pipeline$/, 'Pipeline starten'],
  [/^stop pipeline$/, 'Pipeline stoppen'],
  [/^start of pipeline (.+)$/, 'Starten der Pipeline $1'],
  [/^stop of pipeline (.+)$/, 'Stoppen der Pipeline $1'],
  [/^Prometheus source$/, 'Prometheus-Quelle'],
  [/^Prometheus support$/, 'Prometheus-Modul'],
  [/^Prometheus selector$/, 'Prometheus-Selektor'],
];

function resourceName(resource: string): string {
  for (const [pattern, german] of RESOURCES) if (pattern.test(resource)) return `„${resource.replace(pattern, german)}“`;
  return `„${resource}“`;
}

/**
 * A failure in German, from what the error says about itself (kind, status, field) rather than
 * its English message; the server's own words (problem details) follow as they came.
 */
function describe(error: MonitorError, names: string): string {
  const several = names.includes('“, „') || names.includes(' und ');
  const request = several ? `Die Anfragen ${names}` : `Die Anfrage ${names}`;
  const server = error.problem?.detail ?? error.problem?.title;
  const said = server ? ` Der Server meldet: ${server}` : '';
  switch (error.kind) {
    case 'network':
      return `${names}: keine Verbindung zum Server. Prüfen Sie die Adresse (endpoint), das Netzwerk und ob der Server Anfragen dieser Seite (CORS) zulässt.`;
    case 'timeout':
      return `${names}: keine Antwort innerhalb der Wartezeit.`;
    case 'not-json':
      return `${request} ${several ? 'erhielten' : 'erhielt'} kein JSON (HTTP ${error.status ?? '?'}), sondern eine Seite eines Proxys oder einer Anmeldung: prüfen Sie, ob endpoint auf die Pipeline-API zeigt.`;
    case 'invalid-json':
      return `${names}: die Antwort ist kein gültiges JSON.`;
    case 'schema':
      return `${names}: die Antwort passt nicht zum Datenvertrag${error.field ? ` (Feld ${error.field})` : ''}.`;
    case 'upstream':
      return `${names}: Prometheus meldet einen Fehler.${said}`;
    case 'aborted':
      return `${request} ${several ? 'wurden' : 'wurde'} abgebrochen.`;
    default:
      break;
  }
  const failed = `${request} ${several ? 'sind' : 'ist'} mit HTTP ${error.status ?? '?'} fehlgeschlagen.`;
  if (error.status === 401) return `${failed} Zugriff verweigert: melden Sie sich erneut an oder übergeben Sie Zugangsdaten mit configureEndpoint.${said}`;
  if (error.status === 403) return `${failed} Zugriff verweigert: prüfen Sie die Rolle des Kontos oder die Zugangsdaten (configureEndpoint).${said}`;
  if (error.status === 404) return `${failed} Prüfen Sie die Endpoint-URL und die Pipeline-ID.${said}`;
  return `${failed}${said}`;
}

const catalogue: Catalogue = {
  alerts: {
    severities: { critical: 'Kritisch', warning: 'Warnung', info: 'Info', unknown: 'Unbekannte Schwere' },
    count: (count, severity) => `${count} ${{ critical: 'kritisch', warning: 'Warnung', info: 'Info', unknown: 'unbekannt' }[severity]}`,
    noneFiringFor: (pipeline) => `Keine aktiven Alarme für ${pipeline}`,
    noAlerts: 'Keine Alarme',
    firingFor: (pipeline, counts) => `Aktive Alarme für ${pipeline}: ${counts}`,
    statuses: { firing: 'Aktiv', resolved: 'Behoben', unknown: 'Unbekannter Zustand' },
    notAcknowledged: 'Nicht bestätigt',
    someone: 'Jemand',
    acknowledge: 'Bestätigen',
    acknowledging: 'Wird bestätigt …',
    value: 'Wert',
    notReported: 'Nicht gemeldet',
    resolved: 'Behoben',
    since: 'Seit',
    acknowledged: 'Bestätigt',
    events: (count) => `${count} Ereignisse`,
    errors: (count) => `${count} Fehler`,
    serverSaid: (detail) => ` Der Server meldet: ${detail}`,
    changed: (said) => `Nicht bestätigt: Der Alarm hat sich inzwischen geändert (schon behoben oder bestätigt).${said}`,
    gone: (said) => `Nicht bestätigt: Den Alarm gibt es nicht mehr.${said}`,
    failed: (reason) => `Nicht bestätigt: ${reason}`,
    acknowledgedAs: (who) => `Bestätigt als ${who}.`,
    form: 'Alarm bestätigen',
    who: 'Wer',
    comment: 'Kommentar',
    cancel: 'Abbrechen',
    unavailable: 'Alarme nicht verfügbar',
    loading: 'Alarme werden geladen',
    label: (pipeline) => `Alarme von ${pipeline}`,
    absent: 'Auf diesem Server sind keine Alarme eingerichtet.',
    prometheus:
      'Dies sind die Alarme von Prometheus selbst (ALERTS): bestätigen oder stummschalten können Sie sie im Alertmanager; behobene Alarme werden nicht aufbewahrt.',
    pipelineGone: 'Diese Pipeline gibt es nicht mehr; Alarme, die sie noch nennen, stehen hier.',
    none: 'Keine aktiven oder kürzlich behobenen Alarme.',
  },
  card: {
    warning: 'Warnung',
    critical: 'Kritisch',
    threshold: (limit) => ` (Schwellenwert ${limit})`,
    loading: 'Wird geladen',
    noData: 'Keine Daten',
    staleUpdated: (age) => `Veraltet · aktualisiert ${age}`,
    samples: (count, low, high) => `Letzte ${count} Werte: niedrigster ${low}, höchster ${high}`,
    versus: (detail, meaning) => ` gegenüber vorher${detail}, ${{ better: 'besser', worse: 'schlechter', neutral: 'unverändert' }[meaning]}`,
  },
  chart: {
    label: 'Pipeline-Verlauf',
    series: { events_per_second: 'Ereignisse/s', lag_seconds: 'Verzögerung', buffer_depth: 'Pufferfüllstand', error_rate: 'Fehler/s' },
    noSeries: 'keine Reihe',
    legend: 'Reihen',
    legendSingle: 'Reihen, jeweils eine',
    level: { warning: 'Warnung', critical: 'kritisch' },
    time: 'Zeit',
    axis: (zone) => `Zeit (${zone})`,
    noData: (series) => `${series}: keine Daten.`,
    summary: (series, low, high, latest) => `${series}: niedrigster ${low}, höchster ${high}, letzter ${latest}.`,
    caption: (caption, rows) => `${caption} (${rows} Werte: der niedrigste und höchste je Intervall)`,
    resetZoom: 'Zoom zurücksetzen',
    hideTable: 'Tabelle ausblenden',
    showTable: 'Als Tabelle zeigen',
    loading: 'Wird geladen',
    loadingHistory: 'Verlauf wird geladen',
    empty: 'Keine Daten in diesem Zeitraum',
    notLoaded: 'Verlauf nicht geladen · siehe Meldung oben',
    failed: (reason) => `Der Verlauf konnte nicht geladen werden: ${reason}`,
    stale: 'Veraltet',
    updated: (age) => ` · aktualisiert ${age}`,
    retry: 'Erneut versuchen',
    partial: 'Unvollständige Daten · der Metrikserver hat nur für einen Teil der Reihen geantwortet',
    ruleTitle: (rule) => `Von der Alarmregel „${rule}“ gesetzt`,
    ruleSpoken: (rule) => `, von der Alarmregel „${rule}“ gesetzt`,
  },
  common: {
    error: (error) => describe(error, resourceName(error.resource)),
    loading: (what) =>
      `${{ alerts: 'Alarme', errors: 'Fehler', 'matching errors': 'Passende Fehler', pipelines: 'Pipelines', tables: 'Tabellen' }[what]} werden geladen …`,
    staleUpdated: (age) => `Veraltet · aktualisiert ${age}`,
    notLoaded: 'Nicht geladen · siehe Meldung oben',
    retry: 'Erneut versuchen',
    noData: 'Keine Daten',
    pipeline: (idStart) => `Pipeline ${idStart}`,
  },
  dashboard: {
    groupError: (errors, list) => describe(errors[0]!, list([...new Set(errors.map((error) => resourceName(error.resource)))])),
    metrics: 'Aktuelle Metriken',
    alerts: 'Alarme',
    charts: 'Verlauf',
    tables: 'Tabellen',
    errors: 'Fehler',
    events: 'Ereignisse pro Sekunde',
    lag: 'Replikationsverzögerung',
    buffer: 'Pufferfüllstand',
    timeZone: 'Zeitzone',
    local: (zone) => `Lokal (${zone})`,
    notFound: 'Pipeline nicht gefunden',
    notFoundText: ['Es gibt keine Pipeline ', ' unter ', '. Prüfen Sie die Attribute '],
    notFoundEnd: [' und ', '.'],
    serverSaid: 'Der Server meldet: ',
  },
  errorLog: {
    types: { replication: 'Replikation', schema: 'Schema', connection: 'Verbindung', write: 'Schreiben', unknown: 'Unbekannt' },
    type: 'Art',
    table: 'Tabelle',
    errorId: (repeated) => (repeated ? 'ID des letzten Fehlers' : 'Fehler-ID'),
    fullMessage: 'Vollständige Meldung',
    occurred: (count, listed) => `${count}-mal aufgetreten${listed === undefined ? ':' : `, die letzten ${listed}:`}`,
    repeated: (count) => `${count}-mal wiederholt`,
    details: 'Details',
    retryOlder: 'Ältere Fehler erneut laden',
    noOlder: 'Keine älteren Fehler',
    loadingOlder: 'Ältere Fehler werden geladen …',
    loadOlder: 'Ältere laden',
    none: 'Keine Fehler',
    noMatch: 'Kein Fehler passt zum Filter',
    clearFilter: 'Filter zurücksetzen',
    label: (pipeline) => `Fehler von ${pipeline}, neueste zuerst`,
    count: (loaded) => `${loaded} Fehler`,
    loaded: (loaded, total) => `${loaded} von ${total} Fehlern geladen`,
    filtering: 'Wird gefiltert …',
    newErrors: (count, one) => `${count} ${one ? 'neuer Fehler' : 'neue Fehler'}`,
    gap: (before) => `Fehler kurz vor ${before} fehlen möglicherweise.`,
    byType: 'Nach Art filtern',
    all: 'Alle',
    search: 'Fehler durchsuchen',
    group: 'Wiederholungen zusammenfassen',
    countsLoaded: (loaded) => `Die Zahlen gelten nur für die ${loaded} geladenen Fehler.`,
    searchLoaded: (loaded) => `Dieser Server durchsucht sein Protokoll nicht: die Suche umfasst nur die ${loaded} geladenen Fehler.`,
    searching: 'Wird gesucht …',
    exportProgressLabel: 'Exportfortschritt',
    exporting: (done, total) => `${done} von ${total} werden exportiert …`,
    cancelExport: 'Export abbrechen',
    exportCancelled: 'Export abgebrochen; nichts wurde gespeichert.',
    exportFailed: (done, total, reason) => `Export nach ${done} von ${total} Fehlern fehlgeschlagen; nichts wurde gespeichert. ${reason}`,
    exportLabel: 'Die gezeigten Fehler exportieren',
    format: 'Exportformat',
    copy: 'Kopieren',
    download: 'Herunterladen',
    exported: (how, count, format) => `${count} Fehler als ${format} ${how === 'copy' ? 'kopiert' : 'heruntergeladen'}`,
    copyFailed: (why) => `Kopieren nicht möglich (${why}); bitte „Herunterladen“ verwenden`,
    noLog: 'Diese Datenquelle führt kein Fehlerprotokoll; sie zählt nur Fehler.',
    countsCaption: 'Fehler nach Art',
    errors: 'Fehler',
    total: 'Gesamt',
    totalOnly: () => 'Fehler insgesamt (nach Art: nicht verfügbar)',
  },
  grid: {
    events: 'Ereignisse pro Sekunde',
    lag: 'Replikationsverzögerung',
    buffer: 'Pufferfüllstand',
    errors: 'Neue Fehler',
    bufferUnit: 'Ereignisse',
    p95: (lag) => `p95-Verzögerung ${lag}`,
    total: (count) => `${count} insgesamt`,
    rules: (names) => `Grenzwerte aus ${names.length === 1 ? 'der Alarmregel' : 'den Alarmregeln'} ${names.map((name) => `„${name}“`).join(', ')}`,
    partial: 'Unvollständige Daten · der Metrikserver hat nur für einen Teil der Reihen geantwortet',
    notCurrent: 'Die Metriken sind nicht aktuell. ',
    couldNotLoad: 'Die Metriken konnten nicht geladen werden. ',
    totalEvents: 'Ereignisse gesamt',
    commits: 'Iceberg-Commits',
    written: 'Geschriebene Daten',
    bytes: ' Byte',
    uptime: 'Laufzeit',
    loading: 'Wird geladen',
    noPipeline: 'Keine Pipeline ausgewählt.',
  },
  list: {
    columns: { name: 'Pipeline', status: 'Status', tables: 'Tabellen', events: 'Ereignisse/s', lag: 'Verzögerung', errors: 'Neue Fehler', actions: 'Aktionen' },
    label: 'Pipelines',
    none: 'Keine Pipelines',
    notReported: 'Nicht gemeldet',
    off: (count) => ` · ${count} aus`,
    notRunning: 'Läuft nicht',
    unavailable: 'Nicht verfügbar',
    loading: 'Wird geladen',
    stale: (reason) => `Veraltet: ${reason}`,
    staleMark: ' (veraltet)',
    noErrors: 'Keine',
    errorState: 'Fehlgeschlagen',
    total: (count) => `${count} gesamt`,
    fresh: (count) => `+${count} neu`,
    allStatuses: 'Alle Zustände',
    status: 'Status',
    search: 'Suche',
    searchPlaceholder: 'Name oder ID',
    count: (total) => `${total} Pipelines`,
    showing: (shown, total) => `${shown} von ${total} Pipelines`,
    running: 'Laufend',
    stopped: 'Gestoppt',
    failed: 'Mit Fehler',
    rate: 'Ereignisse/s',
    allRunning: 'alle laufenden',
    runningLoaded: (loaded, running) => `${loaded} von ${running} laufenden geladen`,
    sortedAll: (column) => `Sortiert nach ${column} beim Sortieren; neuere Werte verschieben keine Zeilen.`,
    sortedSome: (column, ranked, rest) =>
      `Sortiert nach ${column} unter den ${ranked} Pipelines mit geladenen Metriken; die übrigen ${rest} folgen nach Namen. Scrollen lädt weitere.`,
    sortAgain: 'Neu sortieren',
    noMatch: (status, text) =>
      `Keine Pipelines${status === undefined ? '' : ` im Zustand „${status}“`}${text === '' ? '' : `, die zu „${text}“ passen`}`,
    showAll: 'Alle Pipelines zeigen',
    miscounted: (counted, sent) => `Der Server zählt ${counted} Pipelines, hat aber ${sent} gesendet; die Liste zeigt die gesendeten.`,
    duplicates: (count, one) => `Der Server hat ${count} ${one ? 'Pipeline' : 'Pipelines'} doppelt unter derselben ID gesendet; jede ID erscheint einmal.`,
  },
  outcome: {
    done: (action) => (action === 'start' ? 'gestartet' : 'gestoppt'),
    stillAfter: (action, state, seconds) =>
      `${action === 'start' ? 'Starten' : 'Stoppen'} angenommen, aber die Pipeline ist nach ${seconds} s noch im Zustand „${state}“.`,
    thenFailed: (action, reason) => `${action === 'start' ? 'gestartet' : 'gestoppt'}, dann fehlgeschlagen: ${reason ?? 'ohne Angabe eines Grundes'}`,
    endedIn: (action, state) => `${action === 'start' ? 'Starten' : 'Stoppen'} angenommen, aber die Pipeline ist im Zustand „${state}“.`,
  },
  range: {
    label: 'Zeitraum',
    custom: 'Benutzerdefiniert',
    showing: (range) => `Angezeigt: ${range}`,
    presetLong: (span) => ` (letzte ${span})`,
    last: (span) => `letzte ${span}`,
    between: (start, end) => `${start} bis ${end}`,
    from: 'Von',
    to: 'Bis',
    apply: 'Übernehmen',
    noStart: 'Geben Sie Datum und Uhrzeit des Beginns ein.',
    noEnd: 'Geben Sie Datum und Uhrzeit des Endes ein.',
    order: 'Das Ende muss nach dem Beginn liegen.',
    tooLong: 'Der Zeitraum darf höchstens 7 Tage lang sein.',
  },
  refresh: {
    label: 'Automatisch aktualisieren',
    off: 'Aus',
    resume: 'Fortsetzen',
    pause: 'Anhalten',
    what: ' (automatische Aktualisierung)',
    now: 'Jetzt aktualisieren',
    refreshing: 'Wird aktualisiert',
    never: 'Noch nicht aktualisiert',
    updated: 'Aktualisiert ',
  },
  sort: {
    level: (level, direction) => `, Sortierstufe ${level}, ${direction === 'ascending' ? 'aufsteigend' : 'absteigend'}`,
  },
  status: {
    states: { running: 'Läuft', starting: 'Startet', stopping: 'Stoppt', stopped: 'Gestoppt', error: 'Fehler', unknown: 'Unbekannt' },
    statusPrefix: 'Status: ',
    actions: { start: { idle: 'Starten', pending: 'Startet …' }, stop: { idle: 'Stoppen', pending: 'Stoppt …' } },
    stopTitle: (name) => `${name} stoppen?`,
    stopText: 'Die Replikation ruht, bis die Pipeline wieder gestartet wird; Änderungen warten so lange in der Quelldatenbank.',
    cancel: 'Abbrechen',
    stopPipeline: 'Pipeline stoppen',
    failed: (action, name, reason) => `${name} konnte nicht ${action === 'start' ? 'gestartet' : 'gestoppt'} werden. ${reason}`,
    accepted: (action, name) => `${name}: ${action === 'start' ? 'Starten' : 'Stoppen'} angenommen, ${action === 'start' ? 'startet' : 'stoppt'} …`,
    runningFor: (duration) => `Läuft seit ${duration}, gestartet `,
    stoppedSince: 'Gestoppt seit ',
    loading: 'Pipeline-Status wird geladen',
    notCurrent: (age) => `Status nicht aktuell, aktualisiert ${age}. `,
    couldNotLoad: 'Der Status konnte nicht geladen werden. ',
  },
  table: {
    columns: { name: 'Tabelle', events: 'Verarbeitete Ereignisse', rate: 'Ereignisse/s', lag: 'Verzögerung', lastEvent: 'Letztes Ereignis' },
    level: { warning: 'Warnung', critical: 'Kritisch' },
    notMeasured: 'Noch nicht gemessen',
    filterLabel: 'Tabellen nach Namen filtern',
    filterPlaceholder: 'Tabellen filtern',
    laggingOnly: (lagging, critical) => `Nur verzögerte (${lagging}${critical === undefined ? '' : `, ${critical} kritisch`})`,
    count: (total) => `${total} Tabellen`,
    showing: (shown, total) => `${shown} von ${total} Tabellen`,
    noneLagging: 'Keine Tabelle ist verzögert',
    noMatch: (text, laggingOnly) => `Keine Tabelle passt zu „${text}“${laggingOnly ? ' und ist verzögert' : ''}`,
    showAll: 'Alle Tabellen zeigen',
    none: 'Keine Tabellen eingerichtet',
    label: (pipeline) => `Tabellen von ${pipeline}`,
  },
};

export default catalogue;

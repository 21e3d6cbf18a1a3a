import { useTranslation } from 'react-i18next';
import { FAMILY_STYLE, LINE_STYLE, OFFER_STYLE, type VectorStyle } from '../map-layers';

/** A sample drawn exactly as on the map (SVG attributes, no inline styles). */
function Sample({ style, line = false }: { style: VectorStyle; line?: boolean }) {
  const common = {
    stroke: style.color,
    strokeWidth: style.weight,
    ...(style.dashArray ? { strokeDasharray: style.dashArray } : {}),
  };
  return (
    <svg className="map-legend__sample" width="36" height="24" viewBox="0 0 36 24" aria-hidden="true" focusable="false">
      {line ? (
        <line x1="2" y1="12" x2="34" y2="12" {...common} />
      ) : (
        <circle
          cx="18"
          cy="12"
          r="8"
          {...common}
          fill={style.fillColor ?? 'none'}
          fillOpacity={style.fillOpacity ?? 1}
        />
      )}
    </svg>
  );
}

/** What each mark and line means, in words beside a sample of it. */
export function MapLegend() {
  const { t } = useTranslation();
  const entries = [
    { key: 'offerAvailable', sample: <Sample style={OFFER_STYLE.AVAILABLE} /> },
    { key: 'offerPlaced', sample: <Sample style={OFFER_STYLE.PLACED} /> },
    { key: 'family', sample: <Sample style={FAMILY_STYLE} /> },
    { key: 'proposal', sample: <Sample style={LINE_STYLE.PROPOSAL} line /> },
    { key: 'placement', sample: <Sample style={LINE_STYLE.PLACEMENT} line /> },
  ] as const;
  return (
    <section aria-labelledby="map-legend-title" className="map-legend">
      <h3 id="map-legend-title">{t('map.legend.title')}</h3>
      <ul className="map-legend__list">
        {entries.map((entry) => (
          <li key={entry.key} className="map-legend__entry">
            {entry.sample}
            <span>{t(`map.legend.${entry.key}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

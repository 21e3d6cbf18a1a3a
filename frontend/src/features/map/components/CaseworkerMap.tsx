import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadProblem, LoadingMessage } from '../../../components/feedback';
import { CheckboxField, SelectField } from '../../../components/form';
import { useResource } from '../../../lib/api';
import { getMapData, getMapTiles } from '../api/map-api';
import { boundsOf, mapLayers, type MapLayers } from '../map-layers';
import { ALL_SHOWN, URGENCIES, type MapFilters } from '../types';
import { MapCanvas } from './MapCanvas';
import { MapLegend } from './MapLegend';
import { MapTable } from './MapTable';

const LIST_ID = 'map-list';

/**
 * Offers and families at their approximate places, proposals and live placements as lines, with
 * filters; below the map, the same things as tables for those who cannot use the map.
 */
export function CaseworkerMap() {
  const { t } = useTranslation();
  const { data, error, reload } = useResource(getMapData, 'map-data');
  const tiles = useResource(getMapTiles, 'map-tiles');
  const [filters, setFilters] = useState<MapFilters>(ALL_SHOWN);
  const layers = useMemo(() => (data ? mapLayers(data, filters) : null), [data, filters]);
  const bounds = useMemo(() => (data ? boundsOf(mapLayers(data, ALL_SHOWN)) : null), [data]);

  if (!data || !layers) return error ? <LoadProblem error={error} onRetry={reload} /> : <LoadingMessage />;

  return (
    <div className="stack">
      <Filters filters={filters} onChange={setFilters} />
      <p className="result-count" aria-live="polite">
        {shownSummary(layers, t)}
      </p>
      <p>
        <a href={`#${LIST_ID}`}>{t('map.skipToList')}</a>
      </p>
      <section className="stack" aria-labelledby="map-title">
        <h2 id="map-title">{t('map.mapTitle')}</h2>
        {tiles.error ? <p className="field__help">{t('map.noTiles')}</p> : null}
        {tiles.loading ? <LoadingMessage /> : <MapCanvas layers={layers} bounds={bounds} tiles={tiles.data} />}
        <MapLegend />
      </section>
      <MapTable id={LIST_ID} layers={layers} />
    </div>
  );
}

function shownSummary(layers: MapLayers, t: TFunction): string {
  const proposals = layers.lines.filter((layer) => layer.line.kind === 'PROPOSAL').length;
  return t('map.shown', {
    offers: t('map.offers', { count: layers.offers.length }),
    families: t('map.families', { count: layers.families.length }),
    proposals: t('map.proposals', { count: proposals }),
    placements: t('map.placements', { count: layers.lines.length - proposals }),
  });
}

function Filters({ filters, onChange }: { filters: MapFilters; onChange: (filters: MapFilters) => void }) {
  const { t } = useTranslation();
  const toggles = ['offers', 'families', 'proposals', 'placements'] as const;
  return (
    <form className="filters map-filters" aria-label={t('map.filtersTitle')} onSubmit={(event) => event.preventDefault()}>
      <fieldset className="fieldset map-filters__show">
        <legend className="field__label">{t('map.show')}</legend>
        {toggles.map((name) => (
          <CheckboxField
            key={name}
            label={t(`map.toggle.${name}`)}
            name={name}
            checked={filters[name]}
            onChange={(event) => onChange({ ...filters, [name]: event.currentTarget.checked })}
          />
        ))}
      </fieldset>
      <SelectField
        label={t('map.urgency')}
        name="urgency"
        value={filters.urgency}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange({ ...filters, urgency: URGENCIES.find((urgency) => urgency === value) ?? '' });
        }}
        options={[
          { value: '', label: t('map.anyUrgency') },
          ...URGENCIES.map((urgency) => ({ value: urgency, label: t(`urgencies.${urgency}`) })),
        ]}
      />
    </form>
  );
}

import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InfoMessage, LoadProblem, LoadingMessage } from '../../../components/feedback';
import { CheckboxField, SelectField } from '../../../components/form';
import { mapQuery } from '../api/map-api';
import { useMapDataQuery, useMapTilesQuery } from '../api/map-queries';
import { clusterMarkers, mapLayers, type ClusterMarker, type LatLon, type MapLayers } from '../map-layers';
import { ALL_SHOWN, MAX_PINS, URGENCIES, type MapData, type MapFilters, type MapView } from '../types';
import { MapCanvas } from './MapCanvas';
import { MapLegend } from './MapLegend';
import { MapTable } from './MapTable';

const LIST_ID = 'map-list';

/**
 * Offers and families at their approximate places, proposals and live placements as lines, with
 * filters; below the map, the same things as tables for those who cannot use the map. The server
 * answers for the part of the map on screen: counts per group when it holds too many to pin.
 */
export function CaseworkerMap() {
  const { t } = useTranslation();
  const [view, setView] = useState<MapView | null>(null);
  const [focus, setFocus] = useState<[LatLon, LatLon] | null>(null);
  const [filters, setFilters] = useState<MapFilters>(ALL_SHOWN);
  const query = mapQuery(view, filters.urgency);
  const { data, error, isFetching: loading, refetch } = useMapDataQuery(query);
  const reload = () => void refetch();
  const tiles = useMapTilesQuery();
  const layers = useMemo(() => (data ? mapLayers(data, filters) : null), [data, filters]);
  const clusters = useMemo(() => (data?.clustered ? clusterMarkers(data.clusters, filters) : []), [data, filters]);

  if (!data || !layers) return error ? <LoadProblem error={error} onRetry={reload} /> : <LoadingMessage />;

  return (
    <div className="stack">
      <Filters filters={filters} onChange={setFilters} />
      <p className="result-count" aria-live="polite">
        {loading ? t('map.loadingArea') : summary(data, layers, clusters, t)}
      </p>
      {data.truncated && <InfoMessage>{t('map.truncated', { limit: MAX_PINS })}</InfoMessage>}
      {error ? <LoadProblem error={error} onRetry={reload} /> : null}
      <p>
        <a href={`#${LIST_ID}`}>{t('map.skipToList')}</a>
      </p>
      <section className="stack" aria-labelledby="map-title">
        <h2 id="map-title">{t('map.mapTitle')}</h2>
        {tiles.error ? <p className="field__help">{t('map.noTiles')}</p> : null}
        {tiles.isPending ? (
          // The map's own box while the tile settings load: the legend and the list below stay where
          // they will be (issue 17: they jumped out of the window when the map arrived late).
          <div className="map-canvas map-canvas--loading">
            <LoadingMessage />
          </div>
        ) : (
          <MapCanvas layers={layers} clusters={clusters} focus={focus} onView={setView} tiles={tiles.data ?? null} />
        )}
        <MapLegend />
      </section>
      <MapTable id={LIST_ID} layers={layers} clusters={clusters} onShowCluster={(marker) => setFocus(marker.bounds)} />
    </div>
  );
}

function summary(data: MapData, layers: MapLayers, clusters: ClusterMarker[], t: TFunction): string {
  if (data.clustered) {
    return t('map.clusteredSummary', {
      offers: t('map.offers', { count: data.counts.offers }),
      families: t('map.families', { count: data.counts.families }),
      groups: t('map.groups', { count: clusters.length }),
    });
  }
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
    <form
      className="filters map-filters"
      aria-label={t('map.filtersTitle')}
      onSubmit={(event) => event.preventDefault()}
    >
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

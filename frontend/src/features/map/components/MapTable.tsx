import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pagination, ScrollingTable } from '../../../components/layout';
import { formatNumber } from '../../../lib/i18n';
import type { ClusterMarker, MapLayers } from '../map-layers';
import { useMapWords } from './map-words';

/** Rows per page of each table: the map may send hundreds of pins. */
export const ROWS_PER_PAGE = 25;

type MapTableProps = {
  id: string;
  layers: MapLayers;
  clusters: ClusterMarker[];
  onShowCluster: (marker: ClusterMarker) => void;
};

/** The map's contents as tables, with the same filters applied: the map's accessible alternative. */
export function MapTable({ id, layers, clusters, onShowCluster }: MapTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const words = useMapWords();
  const place = (value: string | null) => <bdi>{value ?? t('map.unknownPlace')}</bdi>;
  const nothing = layers.offers.length + layers.families.length + layers.lines.length + clusters.length === 0;
  return (
    <section id={id} tabIndex={-1} className="stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('map.listTitle')}</h2>
      <PagedTable
        caption={t('map.clusterCaption', { count: clusters.length })}
        columns={[t('map.clusterColumns.group'), t('map.clusterColumns.families'), t('map.clusterColumns.offers')]}
        rows={clusters.map((marker) => (
          <tr key={marker.number}>
            <th scope="row">
              <button type="button" className="button button--link" onClick={() => onShowCluster(marker)}>
                {t('map.clusterShow', { number: marker.number })}
              </button>
            </th>
            <td>{formatNumber(marker.cluster.families, language)}</td>
            <td>{formatNumber(marker.cluster.offers, language)}</td>
          </tr>
        ))}
      />
      <PagedTable
        caption={t('map.offers', { count: layers.offers.length })}
        columns={[t('map.columns.offer'), t('map.columns.place'), t('map.columns.status'), t('map.columns.guests')]}
        rows={layers.offers.map(({ offer }) => (
          <tr key={offer.id}>
            <th scope="row">
              <Link to={words.hostLink(offer.hostId)}>
                <bdi>{offer.title}</bdi>
              </Link>
            </th>
            <td>{place(offer.place)}</td>
            <td>{t(`map.offerStatus.${offer.status}`)}</td>
            <td>{formatNumber(offer.maxGuests, language)}</td>
          </tr>
        ))}
      />
      <PagedTable
        caption={t('map.families', { count: layers.families.length })}
        columns={[t('map.columns.family'), t('map.columns.place'), t('map.columns.urgency'), t('map.columns.people')]}
        rows={layers.families.map(({ family }) => (
          <tr key={family.id}>
            <th scope="row">
              <Link to={words.familyLink(family.id)}>
                <bdi className="reference">{family.reference}</bdi>
              </Link>
            </th>
            <td>{place(family.place)}</td>
            <td>{t(`urgencies.${family.urgency}`)}</td>
            <td>{formatNumber(family.size, language)}</td>
          </tr>
        ))}
      />
      <PagedTable
        caption={t('map.linesCaption', { count: layers.lines.length })}
        columns={[t('map.columns.kind'), t('map.columns.family'), t('map.columns.offer')]}
        rows={layers.lines.map((layer) => (
          <tr key={layer.line.id}>
            <th scope="row">
              <Link to={words.lineLink(layer.line)}>{words.lineKind(layer.line.kind)}</Link>
            </th>
            <td>
              <bdi className="reference">{layer.family.reference}</bdi>
            </td>
            <td>
              <bdi>{layer.offer.title}</bdi>
            </td>
          </tr>
        ))}
      />
      {nothing && <p>{t('map.nothing')}</p>}
    </section>
  );
}

type PagedTableProps = { caption: string; columns: string[]; rows: ReactNode[] };

/** A table of the rows on one page, with previous/next below; nothing at all without rows. */
function PagedTable({ caption, columns, rows }: PagedTableProps) {
  const [page, setPage] = useState(0);
  if (rows.length === 0) return null;
  const totalPages = Math.ceil(rows.length / ROWS_PER_PAGE);
  // The rows may shrink (a filter, a new area) below the page the person was on.
  const shown = Math.min(page, totalPages - 1);
  return (
    <div className="stack">
      <ScrollingTable caption={caption} columns={columns}>
        {rows.slice(shown * ROWS_PER_PAGE, (shown + 1) * ROWS_PER_PAGE)}
      </ScrollingTable>
      <Pagination page={shown} totalPages={totalPages} onPageChange={setPage} />
    </div>
  );
}

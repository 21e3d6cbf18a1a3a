import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScrollingTable } from '../../../components/layout';
import { formatNumber } from '../../../lib/i18n';
import type { MapLayers } from '../map-layers';
import { useMapWords } from './map-words';

/** The map's contents as tables, with the same filters applied: the map's accessible alternative. */
export function MapTable({ id, layers }: { id: string; layers: MapLayers }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const words = useMapWords();
  const place = (value: string | null) => <bdi>{value ?? t('map.unknownPlace')}</bdi>;
  return (
    <section id={id} tabIndex={-1} className="stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('map.listTitle')}</h2>
      {layers.offers.length > 0 && (
        <ScrollingTable
          caption={t('map.offers', { count: layers.offers.length })}
          columns={[t('map.columns.offer'), t('map.columns.place'), t('map.columns.status'), t('map.columns.guests')]}
        >
          {layers.offers.map(({ offer }) => (
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
        </ScrollingTable>
      )}
      {layers.families.length > 0 && (
        <ScrollingTable
          caption={t('map.families', { count: layers.families.length })}
          columns={[t('map.columns.family'), t('map.columns.place'), t('map.columns.urgency'), t('map.columns.people')]}
        >
          {layers.families.map(({ family }) => (
            <tr key={family.id}>
              <th scope="row">
                <Link to={words.familyLink(family.id)}>
                  <bdi>{family.reference}</bdi>
                </Link>
              </th>
              <td>{place(family.place)}</td>
              <td>{t(`urgencies.${family.urgency}`)}</td>
              <td>{formatNumber(family.size, language)}</td>
            </tr>
          ))}
        </ScrollingTable>
      )}
      {layers.lines.length > 0 && (
        <ScrollingTable
          caption={t('map.linesCaption', { count: layers.lines.length })}
          columns={[t('map.columns.kind'), t('map.columns.family'), t('map.columns.offer')]}
        >
          {layers.lines.map((layer) => (
            <tr key={layer.line.id}>
              <th scope="row">
                <Link to={words.lineLink(layer.line)}>{words.lineKind(layer.line.kind)}</Link>
              </th>
              <td>
                <bdi>{layer.family.reference}</bdi>
              </td>
              <td>
                <bdi>{layer.offer.title}</bdi>
              </td>
            </tr>
          ))}
        </ScrollingTable>
      )}
      {layers.offers.length + layers.families.length + layers.lines.length === 0 && <p>{t('map.nothing')}</p>}
    </section>
  );
}

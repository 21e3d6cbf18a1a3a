import { useTranslation } from 'react-i18next';
import { formatNumber, isolate } from '../../../lib/i18n';
import type { ClusterMarker, LineLayer } from '../map-layers';
import type { MapFamily, MapLine, MapOffer } from '../types';

/**
 * The words and links for what the map shows, shared by its popups and its accessible list so both
 * say the same thing.
 */
export function useMapWords() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const place = (value: string | null) => value ?? t('map.unknownPlace');
  return {
    offerText: (offer: MapOffer) =>
      t('map.offerText', {
        place: isolate(place(offer.place)),
        status: t(`map.offerStatus.${offer.status}`),
        guests: formatNumber(offer.maxGuests, language),
      }),
    familyText: (family: MapFamily) =>
      t('map.familyText', {
        place: isolate(place(family.place)),
        urgency: t(`urgencies.${family.urgency}`),
        people: t('map.people', { count: family.size }),
      }),
    /** A group's count as drawn in its circle. */
    clusterCount: (marker: ClusterMarker) => formatNumber(marker.total, language),
    clusterText: (marker: ClusterMarker) =>
      t('map.clusterText', {
        families: t('map.families', { count: marker.cluster.families }),
        offers: t('map.offers', { count: marker.cluster.offers }),
      }),
    lineKind: (kind: MapLine['kind']) => t(`map.lineKind.${kind}`),
    lineText: (layer: LineLayer) =>
      t('map.lineText', { reference: isolate(layer.family.reference), title: isolate(layer.offer.title) }),
    lineLink: (line: MapLine) =>
      line.kind === 'PROPOSAL'
        ? `/caseworker/proposals/${encodeURIComponent(line.id)}`
        : `/caseworker/placements/${encodeURIComponent(line.id)}`,
    lineLinkText: (kind: MapLine['kind']) => t(`map.lineLink.${kind}`),
    hostLink: (hostId: string) => `/caseworker/hosts/${encodeURIComponent(hostId)}`,
    hostLinkText: t('map.hostLink'),
    familyLink: (familyId: string) => `/caseworker/families/${encodeURIComponent(familyId)}`,
    familyLinkText: t('map.familyLink'),
  };
}

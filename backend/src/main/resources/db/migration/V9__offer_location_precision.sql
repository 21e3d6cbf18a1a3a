-- How precisely an offer's approximate location is known: the geocoder's precision when the offer
-- was last saved (DISTRICT, AREA or PLACE; POSTCODE only if a postcodes.io server answered for a
-- full postcode but not for its district). Offline, a postcode outside London resolves only to its
-- area's post town (AREA), which can be tens of km away, so caseworkers must see that.
-- Offers saved before this column stay NULL (unknown): the precision cannot be recomputed here,
-- because the geocoder is not available to a migration; saving such an offer again fills it.
ALTER TABLE offer ADD COLUMN location_precision VARCHAR(10);
ALTER TABLE offer ADD CONSTRAINT ck_offer_location_precision
    CHECK (location_precision IS NULL OR location_precision IN ('POSTCODE', 'DISTRICT', 'AREA', 'PLACE'));

-- Indexes for the public reads at scale (measured on 1,000,000 items, bench/):
-- the "interpreted by" side of item links looked items up by to_item_id with
-- no index, scanning every link; the public list's COUNT(*) and its year
-- facet read every table row because the index lacked the attribute. With the
-- attribute after the date, the list walks the index in date order, filters
-- the attribute from the index itself, and counts without touching the table.
CREATE INDEX item_links_by_target ON item_links (to_item_id, kind);

DROP INDEX items_by_agency_date;
DROP INDEX items_by_category_date;
CREATE INDEX items_public_by_agency ON items (agency_id, status, published_date, attribute);
CREATE INDEX items_public_by_category ON items (category_id, status, published_date, attribute);

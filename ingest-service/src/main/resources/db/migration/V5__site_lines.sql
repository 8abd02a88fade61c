-- What pages of one site (the host of their address) have in common: a line on most of a site's
-- pages is its furniture (menus, footers, promotions), whatever it says. Counted over a site's first
-- pages only (linimasa.ingest.site-evidence-pages), which is evidence enough and bounds the rows.
CREATE TABLE site_page (
    site  text PRIMARY KEY,
    pages int  NOT NULL
);
CREATE TABLE site_line (
    site     text NOT NULL,
    line_key text NOT NULL,
    pages    int  NOT NULL,
    PRIMARY KEY (site, line_key)
);

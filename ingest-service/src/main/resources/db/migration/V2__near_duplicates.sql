-- Near-duplicate detection (syndicated copies, other crawls): a MinHash signature of the body's
-- word shingles, and its LSH bands so that candidates are found by index, not by scanning.
ALTER TABLE article ADD COLUMN minhash int[];

CREATE TABLE article_minhash_band (
    band       smallint    NOT NULL,
    hash       bigint      NOT NULL,
    article_id varchar(32) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    PRIMARY KEY (band, hash, article_id)
);
CREATE INDEX article_minhash_band_article ON article_minhash_band (article_id);

-- A chunk of new articles is written in one transaction, in id order: a copy may come before its
-- original of the same chunk, so the reference is checked when the transaction commits.
ALTER TABLE article DROP CONSTRAINT article_duplicate_of_fkey;
ALTER TABLE article ADD CONSTRAINT article_duplicate_of_fkey
    FOREIGN KEY (duplicate_of) REFERENCES article (id) DEFERRABLE INITIALLY DEFERRED;

/** Quality and performance harnesses: extraction (gold pages), AEB (HTML benchmark), timeline, search relevance, load, WARC backfill. */
package io.linimasa.bench;

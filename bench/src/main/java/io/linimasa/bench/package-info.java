/** Quality and performance harnesses: extraction (gold pages), AEB (HTML benchmark), timeline, search relevance. */
package io.linimasa.bench;

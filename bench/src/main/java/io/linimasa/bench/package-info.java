/** Quality and performance harnesses: extraction (gold pages), AEB (HTML benchmark), timeline. */
package io.linimasa.bench;

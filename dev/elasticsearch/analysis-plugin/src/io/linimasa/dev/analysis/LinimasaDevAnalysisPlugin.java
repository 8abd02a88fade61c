/*
 * DEV-ONLY. Not deployed anywhere; used only by dev/elasticsearch/elasticsearch.sh.
 *
 * The Elasticsearch server we run locally without Docker is the "integ-test-zip" distribution
 * (the only one published on Maven Central). It lacks the analysis-common module, so the standard
 * "indonesian" and "english" analyzers (and the "asciifolding" filter, ...) do not exist there.
 * Production clusters (official images, ECK) do have analysis-common; this plugin only fills the gap
 * locally, by registering Lucene's own analyzers - the very classes analysis-common wraps - under
 * the standard names, with the same optional settings ("stopwords", "stopwords_path",
 * "stem_exclusion", "preserve_original", "language").
 */
package io.linimasa.dev.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

import java.util.Map;

public class LinimasaDevAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(
            "indonesian", (indexSettings, env, name, settings) -> new Provider<>(name, settings, new IndonesianAnalyzer(
                Analysis.parseStopWords(env, settings, IndonesianAnalyzer.getDefaultStopSet()),
                Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET))),
            "english", (indexSettings, env, name, settings) -> new Provider<>(name, settings, new EnglishAnalyzer(
                Analysis.parseStopWords(env, settings, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET),
                Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET))));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        // The server itself already has a pre-configured "lowercase"; this adds the configurable type.
        return Map.of(
            "lowercase", (indexSettings, env, name, settings) -> new LowerCase(name, settings),
            "asciifolding", (indexSettings, env, name, settings) -> new AsciiFolding(name, settings));
    }

    static final class Provider<T extends Analyzer> extends AbstractIndexAnalyzerProvider<T> {
        private final T analyzer;

        Provider(String name, Settings settings, T analyzer) {
            super(name, settings);
            this.analyzer = analyzer;
        }

        @Override
        public T get() {
            return analyzer;
        }
    }

    static final class LowerCase extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
        private final String language;

        LowerCase(String name, Settings settings) {
            super(name, settings);
            this.language = settings.get("language");
        }

        @Override
        public TokenStream create(TokenStream in) {
            if (language == null) return new LowerCaseFilter(in);
            return switch (language) {
                case "greek" -> new GreekLowerCaseFilter(in);
                case "irish" -> new IrishLowerCaseFilter(in);
                case "turkish" -> new TurkishLowerCaseFilter(in);
                default -> throw new IllegalArgumentException("unknown lowercase language [" + language + "]");
            };
        }
    }

    static final class AsciiFolding extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
        private final boolean preserveOriginal;

        AsciiFolding(String name, Settings settings) {
            super(name, settings);
            this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
        }

        @Override
        public TokenStream create(TokenStream in) {
            return new ASCIIFoldingFilter(in, preserveOriginal);
        }

        @Override
        public TokenStream normalize(TokenStream in) {
            return new ASCIIFoldingFilter(in, false); // a normalizer must yield exactly one token
        }
    }
}

package io.linimasa.normalise.label;

import com.google.common.hash.Hashing;
import io.linimasa.normalise.block.Block;
import java.nio.charset.StandardCharsets;

/**
 * The key under which a site's lines are counted across its pages: a 64-bit hash of the line's
 * letters and digits in lower case, so that "Share this article" and "SHARE THIS ARTICLE:" are one
 * line. Only short lines are keyed: furniture is short, and the per-site table stays small.
 */
public final class SiteLines {

    /** Lines longer than this are article text or too rare to repeat: never keyed. */
    public static final int MAX_WORDS = 40;

    private SiteLines() {
    }

    /** The block's key, or null when it is not keyed. */
    public static String key(Block block) {
        if (block.words() > MAX_WORDS || block.key().isEmpty()) {
            return null;
        }
        return Long.toHexString(Hashing.murmur3_128().hashString(block.key(), StandardCharsets.UTF_8).asLong());
    }
}

package io.linimasa.ingest.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Stable ids: a hash of the raw input, so that the same page gets the same id on any replica and
 * under any later version of the normaliser.
 */
public final class ArticleIds {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

    private ArticleIds() {
    }

    /** The id of a raw page: its kind and content, line endings made uniform. */
    public static String of(RawArticle raw) {
        String content = raw.content().replace("\r\n", "\n").replace('\r', '\n');
        return sha256(raw.isHtml() ? "html" : "text", content).substring(0, 32);
    }

    public static boolean isWellFormed(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static String sha256(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

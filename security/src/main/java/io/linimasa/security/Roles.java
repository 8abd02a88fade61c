package io.linimasa.security;

/** The roles a bearer token's groups (or the identity provider's role claim) may grant. */
public final class Roles {

    /** Posting articles and batches. */
    public static final String INGEST = "ingest";
    /** Index builds, re-driving what was set aside, and other operations. */
    public static final String ADMIN = "admin";
    /** Reads, where a deployment closes them (linimasa.security.reads=reader). */
    public static final String READER = "reader";

    private Roles() {
    }
}

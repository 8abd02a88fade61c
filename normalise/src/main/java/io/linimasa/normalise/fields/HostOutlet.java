package io.linimasa.normalise.fields;

import com.google.common.net.InternetDomainName;
import java.net.URI;
import java.util.Locale;

/**
 * The outlet a page's address names: the registrable part of its host, read with the public-suffix
 * list that Guava keeps ({@link InternetDomainName}): "https://news.detik.com/x" → "detik.com" →
 * "detikcom" (the usual spelling when {@code outlets.tsv} lists it), "https://www.example.co.uk/" →
 * "Example.co.uk" otherwise.
 */
public final class HostOutlet {

    private final Outlets outlets;

    public HostOutlet(Outlets outlets) {
        this.outlets = outlets;
    }

    /** The registrable domain of a page address ("detik.com"), or null when the address has none. */
    public static String registrableDomain(String url) {
        if (url == null || url.isBlank() || url.length() > 2_000) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            InternetDomainName name = InternetDomainName.from(host.toLowerCase(Locale.ROOT));
            return name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : null;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return null;
        }
    }

    /** The outlet listed for the address's domain, or null. */
    public String listed(String url) {
        String domain = registrableDomain(url);
        Outlets.Outlet outlet = domain == null ? null : outlets.lookup(domain);
        return outlet == null ? null : outlet.name();
    }

    /** The domain as readers write an outlet's address: the listed spelling, else capitalised ("Example.co.uk"). */
    public String spelled(String url) {
        String listed = listed(url);
        if (listed != null) {
            return listed;
        }
        String domain = registrableDomain(url);
        return domain == null ? null : Character.toUpperCase(domain.charAt(0)) + domain.substring(1);
    }
}

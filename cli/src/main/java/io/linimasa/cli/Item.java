package io.linimasa.cli;

/** What a reader finds in an input file: a page to send, something that is no page, or a page refused before sending. */
sealed interface Item {

    /** A page as one NDJSON line of the batch endpoint; the key names it in the journal (a record id, or file and line). */
    record Page(String key, String json) implements Item {
    }

    /** Not a page (a request, metadata, an image, a PDF...): counted by its kind, never sent. */
    record NotPage(String kind) implements Item {
    }

    /** A page that cannot be sent: too large, truncated, unreadable. */
    record Refused(String key, String reason, String detail) implements Item {
    }

    /** A page the journal says was accepted by an earlier run. */
    record AcceptedBefore(String key) implements Item {
    }
}

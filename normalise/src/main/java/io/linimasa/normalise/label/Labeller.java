package io.linimasa.normalise.label;

import io.linimasa.normalise.block.Block;
import io.linimasa.normalise.enrich.entities.Entities;
import io.linimasa.normalise.fields.Bylines;
import io.linimasa.normalise.fields.Outlets;
import io.linimasa.normalise.region.Leads;
import java.util.List;

/**
 * The label stage: what each block is by itself (furniture phrase, date line, byline, caption, lead
 * credit, site name, menu). One instance per normaliser holds the rules; {@link #label} gives a
 * page's labels, each computed at most once, on first use.
 */
public final class Labeller {

    private final Boilerplate boilerplate = new Boilerplate();
    private final Outlets outlets;
    private final Bylines bylines;
    private final Leads leads;

    public Labeller(Outlets outlets, Entities places) {
        this.outlets = outlets;
        this.bylines = new Bylines(outlets);
        this.leads = new Leads(outlets, places);
    }

    public PageLabels label(List<Block> blocks) {
        return new PageLabels(this, blocks);
    }

    public Boilerplate boilerplate() {
        return boilerplate;
    }

    public Outlets outlets() {
        return outlets;
    }

    public Bylines bylines() {
        return bylines;
    }

    public Leads leads() {
        return leads;
    }
}

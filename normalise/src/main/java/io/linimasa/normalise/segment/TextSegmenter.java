package io.linimasa.normalise.segment;

import io.linimasa.normalise.block.Block;
import io.linimasa.normalise.text.Text;
import java.util.ArrayList;
import java.util.List;

/** The text front door: a page saved as text is one block per non-empty line, cleaned. */
public final class TextSegmenter {

    private TextSegmenter() {
    }

    public static List<Block> segment(String page) {
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        int n = page.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? page.charAt(i) : '\n';
            if (c != '\n' && c != '\r' && c != '\u000B' && c != '\f' && c != '\u0085' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            String clean = Text.clean(page.substring(start, i));
            if (!clean.isEmpty()) {
                blocks.add(Block.line(blocks.size(), clean));
            }
            start = i + 1;
        }
        return blocks;
    }
}

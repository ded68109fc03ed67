package cn.duban.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The reader's text of a .docx as it was made before issue 10, through POI's whole-document
 * model: kept as the oracle the streaming reader is compared with on ordinary documents.
 */
final class PoiDocxText {

    private PoiDocxText() {
    }

    static String read(byte[] bytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            Map<BigInteger, int[]> counters = new HashMap<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    out.append(label(p, counters)).append(p.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        boolean first = true;
                        for (XWPFTableCell cell : row.getTableCells()) {
                            if (!first) {
                                out.append('\t');
                            }
                            out.append(cell.getText().replace('\n', ' '));
                            first = false;
                        }
                        out.append('\n');
                    }
                }
            }
            return out.toString();
        }
    }

    private static String label(XWPFParagraph p, Map<BigInteger, int[]> counters) {
        BigInteger numId = p.getNumID();
        if (numId == null) {
            return "";
        }
        int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
        int[] count = counters.computeIfAbsent(numId, k -> new int[9]);
        if (count[level] == 0) {
            BigInteger start = p.getNumStartOverride();
            count[level] = start == null ? 0 : start.intValue() - 1;
        }
        count[level]++;
        for (int deeper = level + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        String text = p.getNumLevelText();
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int l = text.charAt(++i) - '1';
                out.append(ListNumbers.format(l >= 0 && l < count.length ? Math.max(1, count[l]) : 1, p.getNumFmt()));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

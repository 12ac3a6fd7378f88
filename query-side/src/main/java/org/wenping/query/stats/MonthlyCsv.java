package org.wenping.query.stats;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The monthly table as CSV (RFC 4180, CRLF) in UTF-8 with a byte-order mark, which is what makes Excel read
 * it as UTF-8 instead of the local code page and so show the Chinese headers.
 */
final class MonthlyCsv {
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String HEX = "0123456789ABCDEF";
    private static final String ATTR_PUNCTUATION = "!#$&+-.^_`|~";

    private MonthlyCsv() {
    }

    static byte[] of(MonthlyTable table) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("行政区划代码", "辖区"));
        table.columns().forEach(column -> header.add(column.header()));
        line(csv, header);
        table.rows().forEach(row -> line(csv, cells(row)));
        line(csv, cells(table.total()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** An attachment named 统计表-YYYY-MM.csv: RFC 6266 with the RFC 5987 {@code filename*}, ASCII fallback first. */
    static String disposition(String month) {
        return "attachment; filename=\"tongjibiao-" + month + ".csv\"; filename*=UTF-8''"
                + rfc5987("统计表-" + month + ".csv");
    }

    static String rfc5987(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean attrChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || (c < 0x80 && ATTR_PUNCTUATION.indexOf(c) >= 0);
            if (attrChar) encoded.append((char) c);
            else encoded.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
        }
        return encoded.toString();
    }

    private static List<String> cells(MonthlyRow row) {
        List<String> cells = new ArrayList<>(List.of(row.jurisdiction(), row.name()));
        row.counts().values().forEach(count -> cells.add(String.valueOf(count)));
        return cells;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) csv.append(',');
            csv.append(escape(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String escape(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}

package dev.stepwise.engine.interp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows of fields: RFC 4180 quoting ({@code "a ""quoted"" field"}, line breaks inside quotes),
 * {@code \n} or {@code \r\n} row ends, any one-character delimiter. Blank lines are skipped.
 */
final class CsvRows {

    private CsvRows() {
    }

    static List<List<String>> parse(String text, char delimiter) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                fieldStarted = true;
            } else if (c == delimiter) {
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, row, field, fieldStarted);
                row = new ArrayList<>();
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        endRow(rows, row, field, fieldStarted);
        return rows;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder field, boolean fieldStarted) {
        if (row.isEmpty() && !fieldStarted && field.length() == 0) {
            return;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
    }
}

package org.doorman.cli.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints a JSON document (for --json) or an aligned text table (for people). */
final class Output {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Output() {}

    static void json(PrintWriter out, JsonNode doc) {
        try {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void table(PrintWriter out, List<String> headings, List<List<String>> rows) {
        int[] widths = new int[headings.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(headings);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i + 1 < row.size() ? String.format("%-" + widths[i] + "s  ", row.get(i)) : row.get(i));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** Reads an API answer into lock-gateway's typed view, e.g. a report to write as a sheet. */
    static <T> T convert(JsonNode doc, Class<T> type) {
        try {
            return JSON.treeToValue(doc, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the server's answer does not have the expected fields: " + e.getMessage(), e);
        }
    }

    static String name(JsonNode device) {
        String full = (device.path("firstName").asText() + " " + device.path("lastName").asText()).trim();
        String nick = device.path("nickName").asText();
        return nick.isEmpty() ? full : full.isEmpty() ? nick : full + " (" + nick + ")";
    }
}

package lianjian.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper: the importer's sheet-kinds.yml (on the classpath at lianjian/sheet-kinds.yml),
 * read with a tiny parser for the subset of YAML that file uses, so the tests can check that the
 * generated workbooks only use headers, synonyms and enumeration values the importer accepts.
 */
final class SheetKindsCatalog {

    record Column(String field, String header, List<String> synonyms, String type, boolean required,
                  Map<String, List<String>> values) {

        boolean matchesHeader(String normalized) {
            if (normalize(header).equals(normalized)) {
                return true;
            }
            for (String s : synonyms) {
                if (normalize(s).equals(normalized)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * For an enum-set column: the canonical values a cell names, in the column's order, or null
         * when a part is not allowed. Parts are separated by 、 , ; / or spaces (full-width too) and are
         * values, synonyms, or values written together.
         */
        List<String> canonicalSet(String cell) {
            java.util.Set<String> found = new java.util.HashSet<>();
            for (String part : normalize(cell).split("[、,;/\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                String v = canonicalValue(part);
                if (v != null) {
                    found.add(v);
                    continue;
                }
                for (int i = 0; i < part.length(); i++) {
                    String one = String.valueOf(part.charAt(i));
                    if (!values.containsKey(one)) {
                        return null;
                    }
                    found.add(one);
                }
            }
            List<String> out = new ArrayList<>();
            for (String v : values.keySet()) {
                if (found.contains(v)) {
                    out.add(v);
                }
            }
            return out;
        }

        /** The canonical enumeration value for a cell, or null when the cell is not allowed. */
        String canonicalValue(String cell) {
            String n = normalize(cell);
            for (Map.Entry<String, List<String>> e : values.entrySet()) {
                if (normalize(e.getKey()).equals(n)) {
                    return e.getKey();
                }
                for (String s : e.getValue()) {
                    if (normalize(s).equals(n)) {
                        return e.getKey();
                    }
                }
            }
            return null;
        }
    }

    record Kind(String id, String name, List<String> sheetNames, List<Column> columns) {

        Column columnForHeader(String header) {
            String n = normalize(header);
            for (Column c : columns) {
                if (c.matchesHeader(n)) {
                    return c;
                }
            }
            return null;
        }

        Column column(String field) {
            for (Column c : columns) {
                if (c.field().equals(field)) {
                    return c;
                }
            }
            throw new IllegalArgumentException(id + " has no field " + field);
        }

        /** True when every required column is among the given header cells. */
        boolean headerRowMatches(List<String> cells) {
            for (Column c : columns) {
                if (!c.required()) {
                    continue;
                }
                boolean found = false;
                for (String cell : cells) {
                    if (cell != null && c.matchesHeader(normalize(cell))) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Kind> kinds;

    private SheetKindsCatalog(List<Kind> kinds) {
        this.kinds = kinds;
    }

    List<Kind> kinds() {
        return kinds;
    }

    Kind kind(String id) {
        for (Kind k : kinds) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no kind " + id);
    }

    Kind kindByName(String sheetName) {
        String n = normalize(sheetName);
        for (Kind k : kinds) {
            for (String s : k.sheetNames()) {
                if (normalize(s).equals(n)) {
                    return k;
                }
            }
        }
        return null;
    }

    /** As the importer does (DOMAIN §3.2): trim, drop line breaks and '*', fold full-width forms. */
    static String normalize(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return folded.replace("\r", "").replace("\n", "").replace("*", "").trim();
    }

    static SheetKindsCatalog load() throws IOException {
        try (InputStream in = SheetKindsCatalog.class.getResourceAsStream("/lianjian/sheet-kinds.yml")) {
            if (in == null) {
                throw new IOException("lianjian/sheet-kinds.yml is not on the test classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    // ------------------------------------------------------------------ parsing

    static SheetKindsCatalog parse(String yaml) {
        List<Kind> kinds = new ArrayList<>();
        String id = null;
        String name = null;
        List<String> sheetNames = List.of();
        List<Map<String, Object>> columns = new ArrayList<>();
        Map<String, Object> block = null;
        boolean inColumns = false;
        for (String raw : yaml.split("\n")) {
            String line = stripComment(raw);
            if (line.isBlank()) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            String t = line.trim();
            if (indent == 2 && t.startsWith("- id:")) {
                if (id != null) {
                    kinds.add(kind(id, name, sheetNames, columns));
                }
                id = t.substring(5).trim();
                name = null;
                sheetNames = List.of();
                columns = new ArrayList<>();
                block = null;
                inColumns = false;
            } else if (indent == 4) {
                inColumns = t.startsWith("columns:");
                block = null;
                if (t.startsWith("name:")) {
                    name = t.substring(5).trim();
                } else if (t.startsWith("sheetNames:")) {
                    sheetNames = asStrings(new Flow(t.substring(11).trim()).value());
                }
            } else if (inColumns && indent == 6 && t.startsWith("- {")) {
                columns.add(asMap(new Flow(t.substring(2)).value()));
                block = null;
            } else if (inColumns && indent == 6 && t.startsWith("- ")) {
                block = new LinkedHashMap<>();
                columns.add(block);
                putEntry(block, t.substring(2));
            } else if (inColumns && indent == 8 && block != null) {
                putEntry(block, t);
            }
        }
        if (id != null) {
            kinds.add(kind(id, name, sheetNames, columns));
        }
        return new SheetKindsCatalog(kinds);
    }

    private static void putEntry(Map<String, Object> map, String keyValue) {
        int colon = keyValue.indexOf(':');
        map.put(keyValue.substring(0, colon).trim(), new Flow(keyValue.substring(colon + 1).trim()).value());
    }

    private static Kind kind(String id, String name, List<String> sheetNames, List<Map<String, Object>> raw) {
        List<Column> columns = new ArrayList<>();
        for (Map<String, Object> m : raw) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            if (m.get("values") instanceof Map<?, ?> vm) {
                for (Map.Entry<?, ?> e : vm.entrySet()) {
                    values.put(e.getKey().toString(), asStrings(e.getValue()));
                }
            }
            columns.add(new Column((String) m.get("field"), (String) m.get("header"),
                    m.containsKey("synonyms") ? asStrings(m.get("synonyms")) : List.of(), (String) m.get("type"),
                    "true".equals(m.get("required")), values));
        }
        return new Kind(id, name, sheetNames, columns);
    }

    private static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    @SuppressWarnings("unchecked")
    private static List<String> asStrings(Object o) {
        List<String> out = new ArrayList<>();
        for (Object x : (List<Object>) o) {
            out.add(x.toString());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    /** Parser for YAML flow values: {k: v, …}, [a, b], "quoted", plain scalars. */
    private static final class Flow {
        private final String s;
        private int i;

        Flow(String s) {
            this.s = s;
        }

        Object value() {
            skipSpaces();
            if (i >= s.length()) {
                return "";
            }
            char c = s.charAt(i);
            if (c == '{') {
                i++;
                Map<String, Object> m = new LinkedHashMap<>();
                skipSpaces();
                if (peek() == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    String key = scalar(":");
                    i++; // ':'
                    m.put(key, value());
                    skipSpaces();
                    char d = s.charAt(i++);
                    if (d == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                i++;
                List<Object> l = new ArrayList<>();
                skipSpaces();
                if (peek() == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    skipSpaces();
                    char d = s.charAt(i++);
                    if (d == ']') {
                        return l;
                    }
                }
            }
            return scalar(",]}");
        }

        private String scalar(String stops) {
            skipSpaces();
            if (peek() == '"') {
                int end = s.indexOf('"', i + 1);
                String v = s.substring(i + 1, end);
                i = end + 1;
                return v;
            }
            int start = i;
            while (i < s.length() && stops.indexOf(s.charAt(i)) < 0) {
                i++;
            }
            return s.substring(start, i).trim();
        }

        private char peek() {
            return i < s.length() ? s.charAt(i) : '\0';
        }

        private void skipSpaces() {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
        }
    }
}

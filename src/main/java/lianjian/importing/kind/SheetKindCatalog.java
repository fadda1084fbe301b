package lianjian.importing.kind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every sheet kind, loaded once from {@code lianjian/sheet-kinds.yml}. The file is checked on load
 * (unknown keys, duplicate fields, rules naming missing columns) so a typo fails at start-up, not in
 * the middle of an import.
 */
public final class SheetKindCatalog {

    private static final String RESOURCE = "/lianjian/sheet-kinds.yml";

    private final List<SheetKind> kinds;

    private SheetKindCatalog(List<SheetKind> kinds) { this.kinds = List.copyOf(kinds); }

    public static SheetKindCatalog load() {
        try (InputStream in = SheetKindCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " missing from the classpath");
            YAMLMapper mapper = YAMLMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build();
            Yaml.File file = mapper.readValue(in, Yaml.File.class);
            Map<ColumnType, Integer> defaults = new LinkedHashMap<>();
            if (file.maxLengthByType() != null) file.maxLengthByType().forEach((t, n) -> defaults.put(ColumnType.fromYaml(t), n));
            for (ColumnType t : ColumnType.values()) {
                if (t.storedAsGiven() && !defaults.containsKey(t)) {
                    throw new IllegalStateException("maxLengthByType has no default for " + t.yamlName());
                }
            }
            List<SheetKind> kinds = new ArrayList<>();
            for (Yaml.Kind k : file.kinds()) kinds.add(toKind(k, defaults));
            return new SheetKindCatalog(kinds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<SheetKind> kinds() { return kinds; }

    public Optional<SheetKind> byId(String id) {
        return kinds.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    public SheetKind require(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown sheet kind " + id));
    }

    private static SheetKind toKind(Yaml.Kind k, Map<ColumnType, Integer> maxLengthByType) {
        List<ColumnDef> columns = new ArrayList<>();
        for (Yaml.Column c : k.columns()) {
            if (columns.stream().anyMatch(x -> x.field().equals(c.field()))) {
                throw new IllegalStateException(k.id() + ": duplicate field " + c.field());
            }
            ColumnType type = ColumnType.fromYaml(c.type());
            Map<String, List<String>> values = new LinkedHashMap<>();
            if (c.values() != null) {
                c.values().forEach((v, syn) -> values.put(String.valueOf(v), syn == null ? List.of() : syn));
            }
            if (type == ColumnType.ENUM && values.isEmpty()) {
                throw new IllegalStateException(k.id() + "." + c.field() + ": an enum needs values");
            }
            if (c.maxLength() != null && !type.storedAsGiven()) {
                throw new IllegalStateException(k.id() + "." + c.field() + ": maxLength applies to text-like columns only");
            }
            int maxLength = !type.storedAsGiven() ? 0 : c.maxLength() != null ? c.maxLength() : maxLengthByType.get(type);
            columns.add(new ColumnDef(columns.size(), c.field(), c.header(),
                    c.synonyms() == null ? List.of() : c.synonyms(), type, Boolean.TRUE.equals(c.required()),
                    values, c.unitType(), Boolean.TRUE.equals(c.defaultSole()), "error".equals(c.unknown()),
                    c.unitField(), c.personField(), c.requiredWhenUnknown(), maxLength));
        }
        List<RowRule> rules = new ArrayList<>();
        if (k.rules() != null) {
            for (Yaml.Rule r : k.rules()) rules.add(toRule(k.id(), r));
        }
        SheetKind kind = new SheetKind(k.id(), k.name(), k.table(), k.importOrder(), k.sheetNames(), k.key(),
                columns, rules);
        for (String f : k.key()) kind.requireColumn(f);
        for (ColumnDef c : columns) {
            for (String ref : new String[] {c.unitField(), c.personField(), c.requiredWhenUnknown()}) {
                if (ref != null) kind.requireColumn(ref);
            }
        }
        for (RowRule r : rules) {
            kind.requireColumn(r.field());
            if (r.other() != null) kind.requireColumn(r.other());
            if (r.when() != null) kind.requireColumn(r.when());
        }
        return kind;
    }

    private static RowRule toRule(String kindId, Yaml.Rule r) {
        RowRule.Check check = switch (r.check()) {
            case "not-before" -> RowRule.Check.NOT_BEFORE;
            case "not-more-than" -> RowRule.Check.NOT_MORE_THAN;
            case "implies" -> RowRule.Check.IMPLIES;
            case "required-if" -> RowRule.Check.REQUIRED_IF;
            default -> throw new IllegalStateException(kindId + ": unknown check " + r.check());
        };
        boolean error = switch (r.level()) {
            case "error" -> true;
            case "warning" -> false;
            default -> throw new IllegalStateException(kindId + ": level must be error or warning");
        };
        return new RowRule(check, r.field(), r.other(), r.when(), r.equals(), r.in(), error, r.message());
    }

    /** The YAML shape, kept apart from the model so the model stays plain. */
    static final class Yaml {
        record File(Map<String, Integer> maxLengthByType, List<Kind> kinds) {}

        record Kind(String id, String name, String table, int importOrder, List<String> sheetNames,
                    List<String> key, List<Column> columns, List<Rule> rules) {}

        record Column(String field, String header, List<String> synonyms, String type, Boolean required,
                      LinkedHashMap<Object, List<String>> values, String unitType, Boolean defaultSole,
                      String unknown, String unitField, String personField, String requiredWhenUnknown,
                      Integer maxLength) {}

        record Rule(String check, String field, String other, String when, Object equals, List<String> in,
                    String level, String message) {}
    }
}

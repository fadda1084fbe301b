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

    /** The catalog of the classpath's sheet-kinds.yml, loaded once (it never changes while running). */
    public static SheetKindCatalog standard() { return Standard.CATALOG; }

    private static final class Standard {
        static final SheetKindCatalog CATALOG = load();
    }

    public static SheetKindCatalog load() {
        try (InputStream in = SheetKindCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " missing from the classpath");
            YAMLMapper mapper = YAMLMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build();
            Yaml.File file = mapper.readValue(in, Yaml.File.class);
            Map<String, Yaml.Kind> byId = new LinkedHashMap<>();
            for (Yaml.Kind k : file.kinds()) {
                if (byId.put(k.id(), k) != null) throw new IllegalStateException("duplicate kind " + k.id());
            }
            Map<ColumnType, Integer> defaults = new LinkedHashMap<>();
            if (file.maxLengthByType() != null) file.maxLengthByType().forEach((t, n) -> defaults.put(ColumnType.fromYaml(t), n));
            for (ColumnType t : ColumnType.values()) {
                if (t.storedAsGiven() && !defaults.containsKey(t)) {
                    throw new IllegalStateException("maxLengthByType has no default for " + t.yamlName());
                }
            }
            List<SheetKind> kinds = new ArrayList<>();
            for (Yaml.Kind k : file.kinds()) kinds.add(toKind(k, byId, defaults));
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

    /** Kinds whose keys other kinds refer to ({@code key-ref} columns), e.g. 监督计划. */
    public List<SheetKind> referencedKinds() {
        List<SheetKind> out = new ArrayList<>();
        for (SheetKind k : kinds) {
            for (ColumnDef c : k.columns()) {
                if (c.type() == ColumnType.KEY_REF) {
                    SheetKind target = require(c.refKind());
                    if (!out.contains(target)) out.add(target);
                }
            }
        }
        return out;
    }

    private static SheetKind toKind(Yaml.Kind k, Map<String, Yaml.Kind> allKinds, Map<ColumnType, Integer> maxLengthByType) {
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
            if ((type == ColumnType.ENUM || type == ColumnType.ENUM_SET) && values.isEmpty()) {
                throw new IllegalStateException(k.id() + "." + c.field() + ": an enum needs values");
            }
            String refKindName = null;
            if (type == ColumnType.KEY_REF) {
                Yaml.Kind target = c.refKind() == null ? null : allKinds.get(c.refKind());
                if (target == null) throw new IllegalStateException(k.id() + "." + c.field() + ": refKind must name a kind");
                if (target.key().size() != 1) {
                    throw new IllegalStateException(k.id() + "." + c.field() + ": " + target.id() + " has a composite key");
                }
                // Reference data goes first (ImportOrder): the referenced rows of the same run are known.
                if (target.importOrder() >= k.importOrder()) {
                    throw new IllegalStateException(k.id() + "." + c.field() + ": " + target.id()
                            + " must have a lower importOrder than " + k.id());
                }
                refKindName = target.name();
            } else if (c.refKind() != null) {
                throw new IllegalStateException(k.id() + "." + c.field() + ": refKind only for key-ref columns");
            }
            if (c.maxLength() != null && !type.storedAsGiven()) {
                throw new IllegalStateException(k.id() + "." + c.field() + ": maxLength applies to text-like columns only");
            }
            int maxLength = !type.storedAsGiven() ? 0 : c.maxLength() != null ? c.maxLength() : maxLengthByType.get(type);
            columns.add(new ColumnDef(columns.size(), c.field(), c.header(),
                    c.synonyms() == null ? List.of() : c.synonyms(), type, Boolean.TRUE.equals(c.required()),
                    values, c.unitType(), Boolean.TRUE.equals(c.defaultSole()), "error".equals(c.unknown()),
                    c.unitField(), c.personField(), c.requiredWhenUnknown(), c.refKind(), refKindName, maxLength));
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
            ColumnDef field = kind.requireColumn(r.field());
            ColumnDef other = r.other() == null ? null : kind.requireColumn(r.other());
            if (r.when() != null) kind.requireColumn(r.when());
            if (r.check() == RowRule.Check.NOT_BEFORE && (field.type() != ColumnType.DATE || other == null
                    || other.type() != ColumnType.DATE && other.type() != ColumnType.YEAR)) {
                throw new IllegalStateException(k.id() + ": not-before compares a date with a date or a year ("
                        + r.field() + ", " + r.other() + ")");
            }
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
                      String refKind, Integer maxLength) {}

        record Rule(String check, String field, String other, String when, Object equals, List<String> in,
                    String level, String message) {}
    }
}

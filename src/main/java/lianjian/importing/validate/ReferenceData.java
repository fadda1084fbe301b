package lianjian.importing.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import lianjian.importing.parse.HeaderText;

/**
 * Units and persons known while a file is validated: those in the database plus the valid rows of
 * 单位名录 and 人员名册 met earlier in the same file (so one workbook may hold the roster and the
 * cases). Unit references accept 编码, 名称 or any 别名 (DOMAIN §4).
 */
public final class ReferenceData {

    public record Unit(String code, String name, String type) {}

    public record Person(String id, String name, String unitCode) {}

    private final Map<String, Unit> unitsByCode = new LinkedHashMap<>();
    private final Map<String, Unit> unitsByAnyName = new HashMap<>();
    private final Map<String, Person> personsById = new HashMap<>();
    private final Map<String, List<Person>> personsByUnitAndName = new HashMap<>();
    /** Exact raw text → normalised form: names and unit references repeat on every row. */
    private final Map<String, String> normalized = new HashMap<>();

    public static ReferenceData load(JdbcTemplate jdbc) {
        ReferenceData data = new ReferenceData();
        data.loadReferencedKeys(jdbc, lianjian.importing.kind.SheetKindCatalog.standard());
        jdbc.query("SELECT unit_code, unit_name, unit_type, aliases FROM unit ORDER BY unit_code",
                rs -> { data.addUnit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)); });
        jdbc.query("SELECT person_id, person_name, unit_code FROM person",
                rs -> { data.addPerson(rs.getString(1), rs.getString(2), rs.getString(3)); });
        return data;
    }

    public void addUnit(String code, String name, String type, String aliases) {
        Unit old = unitsByCode.remove(code);
        if (old != null) unitsByAnyName.values().removeIf(u -> u.code().equals(code));
        Unit u = new Unit(code, name, type);
        unitsByCode.put(code, u);
        unitsByAnyName.put(HeaderText.normalize(code), u);
        unitsByAnyName.put(HeaderText.normalize(name), u);
        if (aliases != null) {
            for (String a : aliases.split("[,，、;；]")) {
                if (!a.isBlank()) unitsByAnyName.putIfAbsent(HeaderText.normalize(a), u);
            }
        }
    }

    public void addPerson(String id, String name, String unitCode) {
        Person old = personsById.put(id, new Person(id, name, unitCode));
        if (old != null) {
            List<Person> list = personsByUnitAndName.get(nameKey(old.unitCode(), old.name()));
            if (list != null) list.removeIf(p -> p.id().equals(id));
        }
        personsByUnitAndName.computeIfAbsent(nameKey(unitCode, name), k -> new ArrayList<>())
                .add(new Person(id, name, unitCode));
    }

    /** The unit a reference names (code, name or alias), or null. */
    public Unit unit(String reference) {
        return unitsByAnyName.get(normalize(reference));
    }

    public List<Unit> unitsOfType(String type) {
        return unitsByCode.values().stream().filter(u -> u.type().equals(type)).toList();
    }

    public Person person(String id) { return personsById.get(id); }

    /** Persons of that name in that unit (empty, one, or several namesakes). */
    public List<Person> personsNamed(String unitCode, String name) {
        return personsByUnitAndName.getOrDefault(nameKey(unitCode, name), List.of());
    }

    private String nameKey(String unitCode, String name) {
        return unitCode + "\u0000" + normalize(name);
    }

    // ---------------------------------------------------------------- keys other kinds refer to

    /**
     * Per kind that a {@code key-ref} column points to (监督计划, for 监督活动's 计划编号): normalised
     * key → the key as stored. Those in the database plus the valid rows met earlier in the same
     * file, like units and persons; small tables, held in memory.
     */
    private final Map<String, Map<String, String>> keysByKind = new HashMap<>();

    private void loadReferencedKeys(JdbcTemplate jdbc, lianjian.importing.kind.SheetKindCatalog kinds) {
        for (lianjian.importing.kind.SheetKind k : kinds.referencedKinds()) {
            keysByKind.put(k.id(), new HashMap<>());
            jdbc.query("SELECT row_key FROM " + k.table(), rs -> { addKey(k.id(), rs.getString(1)); });
        }
    }

    /** A row of a referenced kind became known (read from the database, or valid earlier in the file). */
    public void addKey(String kindId, String key) {
        Map<String, String> keys = keysByKind.get(kindId);
        if (keys != null && key != null) keys.putIfAbsent(normalize(key), key);
    }

    /** Whether rows of this kind are referenced by another kind (so {@link #addKey} keeps them). */
    public boolean tracksKeysOf(String kindId) { return keysByKind.containsKey(kindId); }

    /** The stored key of the row of that kind a reference names (full-width folded, spaces ignored), or null. */
    public String key(String kindId, String reference) {
        Map<String, String> keys = keysByKind.get(kindId);
        return keys == null ? null : keys.get(normalize(reference));
    }

    private String normalize(String raw) {
        String n = normalized.get(raw);
        if (n == null) {
            n = HeaderText.normalize(raw);
            if (normalized.size() < 100_000) normalized.put(raw, n);
        }
        return n;
    }
}

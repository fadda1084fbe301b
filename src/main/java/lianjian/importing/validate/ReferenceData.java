package lianjian.importing.validate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import lianjian.importing.parse.HeaderText;
import lianjian.readmodel.Person;
import lianjian.readmodel.PersonNames;
import lianjian.readmodel.Unit;

/**
 * Units and persons known while a file is validated: those in the database plus the valid rows of
 * 单位名录 and 人员名册 met earlier in the same file (so one workbook may hold the roster and the
 * cases). Unit references accept 编码, 名称 or any 别名 (DOMAIN §4); a 承办人 name is matched within
 * its unit by {@link PersonNames}, the same rule the figures use. Records are the read model's; only
 * the fields a reference needs are filled.
 */
public final class ReferenceData {

    private final Map<String, Unit> unitsByCode = new LinkedHashMap<>();
    private final Map<String, Unit> unitsByAnyName = new HashMap<>();
    private final Map<String, Person> personsById = new HashMap<>();
    private final PersonNames names = new PersonNames();
    /** Exact raw text → normalised form: unit references repeat on every row. */
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
        Unit u = new Unit(code, name, type, Unit.parseAliases(aliases));
        unitsByCode.put(code, u);
        unitsByAnyName.put(HeaderText.normalize(code), u);
        unitsByAnyName.put(HeaderText.normalize(name), u);
        for (String a : u.aliases()) unitsByAnyName.putIfAbsent(HeaderText.normalize(a), u);
    }

    public void addPerson(String id, String name, String unitCode) {
        Person p = new Person(id, name, unitCode, null, null, null, null, null, null);
        Person old = personsById.put(id, p);
        if (old != null) names.remove(old);
        names.add(p);
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
        return names.named(unitCode, name);
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

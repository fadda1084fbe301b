package lianjian.readmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lianjian.importing.parse.HeaderText;

/**
 * Persons by unit and name, for rows that name their 承办人 without a 人员编号 (DOMAIN §4: a name is
 * matched within the unit; several namesakes make it ambiguous). Names match as headers do: spaces
 * and full-width forms folded ({@link HeaderText#normalize}). Used when a row is validated at import
 * and again whenever figures are attributed, so both always agree.
 */
public final class PersonNames {

    private final Map<String, List<Person>> byUnitAndName = new HashMap<>();
    /** Exact raw text → normalised form: names repeat on every row of a case list. */
    private final Map<String, String> normalized = new HashMap<>();

    public void add(Person p) {
        byUnitAndName.computeIfAbsent(key(p.unitCode(), p.name()), k -> new ArrayList<>(1)).add(p);
    }

    public void remove(Person p) {
        List<Person> list = byUnitAndName.get(key(p.unitCode(), p.name()));
        if (list != null) list.removeIf(x -> x.id().equals(p.id()));
    }

    /** Persons of that name in that unit: none, one, or several namesakes. */
    public List<Person> named(String unitCode, String name) {
        if (unitCode == null || name == null) return List.of();
        return byUnitAndName.getOrDefault(key(unitCode, name), List.of());
    }

    /** The one person of that name in that unit, or null when there is none or the name is ambiguous. */
    public Person unique(String unitCode, String name) {
        List<Person> list = named(unitCode, name);
        return list.size() == 1 ? list.get(0) : null;
    }

    private String key(String unitCode, String name) {
        return unitCode + "\u0000" + normalize(name);
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

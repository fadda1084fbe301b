package lianjian.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lianjian.config.LianjianProperties;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The catalog of DOMAIN §5, from {@code lianjian/indicators.yml}, with intervals from configuration. */
public final class IndicatorCatalog {

    /** A family of indicators (indicators.yml {@code families}): its code and the title pages and reports give it. */
    public record Family(String code, String title) {}

    /** The note of a shipped example interval (DOMAIN §5.9: clearly labelled as an example). */
    public static final String EXAMPLE_NOTE = "示例";

    private final Map<String, IndicatorDef> byCode;
    private final List<Family> families;

    private IndicatorCatalog(Map<String, IndicatorDef> byCode, List<Family> families) {
        this.byCode = byCode;
        this.families = families;
    }

    public static IndicatorCatalog load(LianjianProperties properties) {
        try (InputStream in = IndicatorCatalog.class.getResourceAsStream("/lianjian/indicators.yml")) {
            YAMLMapper mapper = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
            Yaml file = mapper.readValue(in, Yaml.class);
            Map<String, IndicatorDef> byCode = new LinkedHashMap<>();
            List<String> familyCodes = file.families().stream().map(Family::code).toList();
            for (Yaml.Entry e : file.indicators()) {
                if (!familyCodes.contains(e.family())) {
                    throw new IllegalStateException("indicators.yml: " + e.code() + " has family " + e.family() + " not in families");
                }
                // The interval in force: the county's (lianjian.indicators.<CODE>.reference; [] switches the
                // example off), else the example shipped in the catalog, labelled 示例.
                LianjianProperties.IndicatorSetting s = properties.getIndicators().get(e.code());
                List<Double> configured = s == null ? null : s.getReference();
                if (configured != null && !configured.isEmpty() && configured.size() != 2) {
                    throw new IllegalStateException("lianjian.indicators." + e.code() + ".reference 应为 [下限, 上限]");
                }
                List<Double> ref = configured != null ? (configured.isEmpty() ? null : configured) : e.example();
                String note = configured == null && e.example() != null ? EXAMPLE_NOTE : s == null ? null : s.getReferenceNote();
                boolean example = ref != null && EXAMPLE_NOTE.equals(note);
                IndicatorDef def = new IndicatorDef(e.code(), e.name(), e.family(), e.unitTypes(),
                        Boolean.TRUE.equals(e.perPerson()),
                        IndicatorDef.Direction.valueOf(e.direction().toUpperCase(Locale.ROOT)),
                        IndicatorDef.Display.valueOf(e.display().toUpperCase(Locale.ROOT).replace('-', '_')),
                        formula(e.formula(), properties), ref == null ? null : ref.get(0), ref == null ? null : ref.get(1), note, example);
                if (byCode.put(def.code(), def) != null) throw new IllegalStateException("duplicate indicator " + def.code());
            }
            for (String configured : properties.getIndicators().keySet()) {
                if (!byCode.containsKey(configured)) {
                    throw new IllegalStateException("配置了不存在的指标 lianjian.indicators." + configured);
                }
            }
            return new IndicatorCatalog(byCode, List.copyOf(file.families()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The formula with the settings it names (${suggestion-reply-days} …) filled in. */
    private static String formula(String text, LianjianProperties properties) {
        String out = text;
        for (Map.Entry<String, Object> v : properties.getSupervision().formulaValues().entrySet()) {
            out = out.replace("${" + v.getKey() + "}", String.valueOf(v.getValue()));
        }
        return out;
    }

    public List<IndicatorDef> all() { return new ArrayList<>(byCode.values()); }

    public IndicatorDef get(String code) {
        IndicatorDef d = byCode.get(code);
        if (d == null) throw new IllegalArgumentException("unknown indicator " + code);
        return d;
    }

    /** The families in the order pages and reports show them. */
    public List<Family> families() { return families; }

    /** The title of a family (审判执行, 履职评议 …). */
    public String familyTitle(String family) {
        return families.stream().filter(f -> f.code().equals(family)).map(Family::title).findFirst().orElse(family);
    }

    public List<IndicatorDef> family(String family) {
        return byCode.values().stream().filter(d -> d.family().equals(family)).toList();
    }

    record Yaml(List<Family> families, List<Entry> indicators) {
        record Entry(String code, String name, String family, List<String> unitTypes, Boolean perPerson,
                     String direction, String display, String formula, List<Double> example) {}
    }
}

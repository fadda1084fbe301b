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

    private final Map<String, IndicatorDef> byCode;

    private IndicatorCatalog(Map<String, IndicatorDef> byCode) { this.byCode = byCode; }

    public static IndicatorCatalog load(LianjianProperties properties) {
        try (InputStream in = IndicatorCatalog.class.getResourceAsStream("/lianjian/indicators.yml")) {
            YAMLMapper mapper = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
            Yaml file = mapper.readValue(in, Yaml.class);
            Map<String, IndicatorDef> byCode = new LinkedHashMap<>();
            for (Yaml.Entry e : file.indicators()) {
                LianjianProperties.IndicatorSetting s = properties.getIndicators().get(e.code());
                List<Double> ref = s == null ? null : s.getReference();
                if (ref != null && ref.size() != 2) {
                    throw new IllegalStateException("lianjian.indicators." + e.code() + ".reference 应为 [下限, 上限]");
                }
                IndicatorDef def = new IndicatorDef(e.code(), e.name(), e.family(), e.unitTypes(),
                        Boolean.TRUE.equals(e.perPerson()),
                        IndicatorDef.Direction.valueOf(e.direction().toUpperCase(Locale.ROOT)),
                        IndicatorDef.Display.valueOf(e.display().toUpperCase(Locale.ROOT).replace('-', '_')),
                        e.formula(), ref == null ? null : ref.get(0), ref == null ? null : ref.get(1),
                        s == null ? null : s.getReferenceNote());
                if (byCode.put(def.code(), def) != null) throw new IllegalStateException("duplicate indicator " + def.code());
            }
            for (String configured : properties.getIndicators().keySet()) {
                if (!byCode.containsKey(configured)) {
                    throw new IllegalStateException("配置了不存在的指标 lianjian.indicators." + configured);
                }
            }
            return new IndicatorCatalog(byCode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<IndicatorDef> all() { return new ArrayList<>(byCode.values()); }

    public IndicatorDef get(String code) {
        IndicatorDef d = byCode.get(code);
        if (d == null) throw new IllegalArgumentException("unknown indicator " + code);
        return d;
    }

    public List<IndicatorDef> family(String family) {
        return byCode.values().stream().filter(d -> d.family().equals(family)).toList();
    }

    record Yaml(List<Entry> indicators) {
        record Entry(String code, String name, String family, List<String> unitTypes, Boolean perPerson,
                     String direction, String display, String formula) {}
    }
}

package lianjian.indicators;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import lianjian.config.LianjianProperties;
import lianjian.console.Console;

/** The headline figures ({@link Selections#HEADLINES}) of the latest period, for {@code status}. */
@Component
public class HeadlineStatus {

    private final IndicatorRepository figures;
    private final LianjianProperties properties;

    public HeadlineStatus(IndicatorRepository figures, LianjianProperties properties) {
        this.figures = figures;
        this.properties = properties;
    }

    /** Pads to a terminal width, counting a Chinese character as two columns. */
    static String padded(String s, int columns) {
        int width = 0;
        for (int i = 0; i < s.length(); i++) width += s.charAt(i) >= '\u2E80' ? 2 : 1;
        return s + " ".repeat(Math.max(1, columns - width));
    }

    public void print(Console console) {
        Optional<IndicatorRepository.Run> run = figures.run();
        if (run.isEmpty() || figures.periods().isEmpty()) {
            console.line("");
            console.line("主要指标：尚未计算（导入数据后运行 run）");
            return;
        }
        IndicatorRepository.PeriodRow latest = figures.periods().stream()
                .max(java.util.Comparator.comparing(IndicatorRepository.PeriodRow::start)
                        .thenComparing(p -> p.kind() == Period.Kind.QUARTER ? 0 : 1))
                .orElseThrow();
        IndicatorCatalog catalog = IndicatorCatalog.load(properties);
        Map<String, Figure> all = figures.unitFigures(latest.code(), FigureSink.ALL);
        console.line("");
        console.line("主要指标（全县，" + latest.period().chineseName() + "，截至 " + Formats.chineseDate(latest.end())
                + "；计算于 " + run.get().computedAt() + "）");
        for (String code : Selections.HEADLINES) {
            Figure f = all.get(code);
            if (f == null) continue;
            IndicatorDef d = catalog.get(code);
            StringBuilder line = new StringBuilder("  " + code + " " + padded(d.name(), 24)
                    + padded(Formats.value(d.display(), f.value()), 12));
            if (f.changeFromYearEarlier() != null) line.append("  同比 ").append(Formats.change(d.display(), f.value(), f.yearEarlier()));
            if (f.meets() != null) line.append(f.meets() ? "  达标" : "  未达标").append(d.referenceNote() == null ? "" : "（" + d.referenceNote() + "区间）");
            console.line(line.toString());
        }
    }
}

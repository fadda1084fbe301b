package lianjian.office;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Workbook;
import org.springframework.stereotype.Component;

import lianjian.config.LianjianProperties;
import lianjian.indicators.IndicatorCatalog;
import lianjian.indicators.IndicatorRepository;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.publish.PublicationFingerprint;
import lianjian.readmodel.Person;
import lianjian.readmodel.ReadModel;
import lianjian.readmodel.ReadModelSource;
import lianjian.readmodel.Unit;
import lianjian.site.render.ModelDigest;
import lianjian.site.render.ReusableOutputs;

/**
 * Writes {@code data/indicators-<period>.xlsx} for every computed period (the site step, for both audiences): the
 * stored figures of the county and each unit, read from {@link IndicatorRepository} like indicators.csv, laid out by
 * {@link IndicatorWorkbook}. The 公开版 gets no per-person sheet.
 */
@Component
public class IndicatorWorkbooks {

    private final IndicatorRepository figures;
    private final LianjianProperties properties;
    private final ReadModelSource readModel;
    private final PublicationFingerprint fingerprint;

    public IndicatorWorkbooks(IndicatorRepository figures, LianjianProperties properties, ReadModelSource readModel,
                              PublicationFingerprint fingerprint) {
        this.fingerprint = fingerprint;
        this.figures = figures;
        this.properties = properties;
        this.readModel = readModel;
    }

    /** indicators-2025H1.xlsx */
    public static String fileName(String period) {
        return "indicators-" + period + ".xlsx";
    }

    /** Writes one workbook per period into {@code dataDir}; returns how many. */
    public int write(Path dataDir, boolean perPerson) {
        return write(dataDir, perPerson, ReusableOutputs.none());
    }

    /**
     * As above, taking over from the published site each workbook whose contents (figures, names, settings, build)
     * are unchanged (issue 13): most periods are untouched by one new file. {@code dataDir} is {@code data/} of the
     * site being built, which is where {@code previous} records it.
     */
    public int write(Path dataDir, boolean perPerson, ReusableOutputs previous) {
        String settings = fingerprint.configuration();
        IndicatorCatalog catalog = IndicatorCatalog.load(properties);
        ReadModel model = readModel.current();
        int n = 0;
        try {
            Files.createDirectories(dataDir);
            for (PeriodRow p : figures.periods()) {
                List<IndicatorWorkbook.Scope> units = new ArrayList<>();
                units.add(new IndicatorWorkbook.Scope(model.unitName(ReadModel.ALL), ReadModel.ALL,
                        figures.unitFigures(p.code(), ReadModel.ALL)));
                List<String> withFigures = figures.unitsWithFigures(p.code());
                for (Unit u : model.units()) {
                    if (withFigures.contains(u.code())) {
                        units.add(new IndicatorWorkbook.Scope(u.name(), u.code(), figures.unitFigures(p.code(), u.code())));
                    }
                }
                List<IndicatorWorkbook.Scope> persons = new ArrayList<>();
                if (perPerson) {
                    List<String> ids = figures.personsWithFigures(p.code());
                    model.persons().stream().filter(x -> ids.contains(x.id())).sorted(model.byUnitAndName())
                            .forEach(x -> persons.add(new IndicatorWorkbook.Scope(label(model, x), x.id(),
                                    figures.personFigures(p.code(), x.id()))));
                }
                String title = properties.getCounty() + p.period().chineseName();
                String range = p.start() + " 至 " + p.end();
                String digest = ModelDigest.of("indicator-workbook", List.of(settings, title, range, units, persons), Set.of()).hex();
                if (previous.reuse("data/" + fileName(p.code()), digest, dataDir.getParent())) {
                    n++;
                    continue;
                }
                try (Workbook wb = new IndicatorWorkbook(catalog, title).build(units, persons, range);
                     OutputStream out = Files.newOutputStream(dataDir.resolve(fileName(p.code())))) {
                    wb.write(out);
                }
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入 Excel 工作簿到 " + dataDir, e);
        }
        return n;
    }

    /** 示例县人民法院 张三（P0001）: a person's row names the unit, since people are grouped by unit. */
    private static String label(ReadModel model, Person p) {
        return model.unitName(p.unitCode()) + " " + p.name() + "（" + p.id() + "）";
    }

}

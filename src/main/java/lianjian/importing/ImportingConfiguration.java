package lianjian.importing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import lianjian.importing.kind.SheetKindCatalog;
import lianjian.importing.validate.SheetRecognizer;

/** The import capability's shared read-only beans: the sheet kinds and the import order built on them. */
@Configuration(proxyBeanMethods = false)
public class ImportingConfiguration {

    @Bean
    public SheetKindCatalog sheetKindCatalog() {
        return SheetKindCatalog.load();
    }

    @Bean
    public ImportOrder importOrder(SheetKindCatalog catalog) {
        return new ImportOrder(new SheetRecognizer(catalog));
    }
}

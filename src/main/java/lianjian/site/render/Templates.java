package lianjian.site.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * FreeMarker set up for the site: templates from {@code classpath:site-templates/}, and {@code .ftlh}
 * files use the HTML output format, so every {@code ${...}} is HTML-escaped. That is what keeps text
 * from spreadsheets (a 问题描述 of {@code <script>…}) as text; templates never use {@code ?no_esc}.
 * A {@link Template} is safe to process from several threads at once.
 */
public final class Templates {

    static {
        // FreeMarker would pick log4j when it finds reload4j on a (test) classpath; the product logs via SLF4J.
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
    }

    private final Configuration cfg;

    public Templates() {
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setClassLoaderForTemplateLoading(Templates.class.getClassLoader(), "site-templates");
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        // Stated although it is the default: security depends on .ftlh meaning "escape as HTML".
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocale(Locale.SIMPLIFIED_CHINESE);
        // Numbers are formatted in Java (Formats: half-up, as the PDFs print them); "computer" keeps
        // any number that reaches a template unformatted instead of "1,234" by accident.
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        // Java records are readable as ${row.name} with this object wrapper version.
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    }

    /** Renders {@code template} with {@code model} into {@code out} (UTF-8); returns the bytes written. */
    public long render(String template, Map<String, Object> model, Path out) {
        try {
            Template t = cfg.getTemplate(template);
            Files.createDirectories(out.getParent());
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                t.process(model, w);
            }
            return Files.size(out);
        } catch (TemplateException e) {
            throw new IllegalStateException("页面模板 " + template + " 生成 " + out.getFileName() + " 失败：" + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入 " + out, e);
        }
    }
}

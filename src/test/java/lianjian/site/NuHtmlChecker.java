package lianjian.site;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/**
 * The Nu HTML Checker (nu.validator:validator, the engine behind validator.w3.org/nu), in-process.
 *
 * <p>API: {@link SimpleDocumentValidator} with our own SAX {@link ErrorHandler} that collects
 * messages (the jar also has {@code nu.validator.client.EmbeddedValidator}, which returns the whole
 * report as one TEXT/JSON/XML/GNU string; collecting {@link SAXParseException}s gives line and column
 * without parsing that string). The schema URL is only a key: the schemas ship inside the jar
 * (nu/validator/localentities), nothing is fetched.
 *
 * <p>{@code new SimpleDocumentValidator(false, false, false)}: no log4j initialisation (log4j 1.x is
 * excluded from the classpath), no URL logging, no language detection (it would only add warnings,
 * and costs start-up time). A validator instance is reused for many documents.
 */
public final class NuHtmlChecker {

    public static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** One message: {@code kind} is "error", "fatal" or "warning". */
    public record Message(String kind, String file, int line, int column, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + kind + ": " + text;
        }
    }

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    public NuHtmlChecker() throws Exception {
        quietLog4j();
        validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema(HTML5_SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, true, false);
    }

    /**
     * The checker logs through the log4j 1 API (reload4j in tests). Without a configuration reload4j
     * prints "no appenders" warnings; give it one that shows warnings and worse only.
     */
    private static void quietLog4j() {
        org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
        if (!root.getAllAppenders().hasMoreElements()) {
            root.addAppender(new org.apache.log4j.ConsoleAppender(new org.apache.log4j.PatternLayout("%-5p %c{1} - %m%n"),
                    org.apache.log4j.ConsoleAppender.SYSTEM_ERR));
        }
        root.setLevel(org.apache.log4j.Level.WARN);
    }

    /** Checks one HTML file (read as UTF-8); returns every message, warnings included. */
    public List<Message> checkHtml(File file) throws Exception {
        collector.start(file.getName());
        try {
            validator.checkHtmlFile(file, true);
        } catch (SAXParseException fatal) {
            // already reported to the collector as fatalError
        }
        return collector.messages();
    }

    /** Checks a stylesheet with the checker's CSS validator. */
    public List<Message> checkCss(File file) throws Exception {
        collector.start(file.getName());
        try {
            validator.checkCssFile(file, true);
        } catch (SAXParseException fatal) {
            // already reported
        }
        return collector.messages();
    }

    private static final class Collector implements ErrorHandler {
        private String file = "?";
        private final List<Message> messages = new ArrayList<>();

        void start(String name) {
            file = name;
            messages.clear();
        }

        List<Message> messages() {
            return List.copyOf(messages);
        }

        private void add(String kind, SAXParseException e) {
            messages.add(new Message(kind, file, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void warning(SAXParseException e) {
            add("warning", e);
        }

        @Override
        public void error(SAXParseException e) {
            add("error", e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            add("fatal", e);
        }
    }
}

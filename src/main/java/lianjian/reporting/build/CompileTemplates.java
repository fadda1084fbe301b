package lianjian.reporting.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time step (exec-maven-plugin, phase process-classes): compiles every {@code *.jrxml} under
 * the source folder to {@code *.jasper} in the output folder and copies {@code *.jrtx} style
 * templates beside them. Runs with the project's runtime classpath, so the compiler is the same
 * JasperReports version as the runtime and report expressions may call project classes (e.g. Fmt).
 * Any failure throws, which fails the Maven build.
 *
 * <p>Usage: {@code CompileTemplates <srcDir> <outDir>}
 */
public final class CompileTemplates {

    private CompileTemplates() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CompileTemplates <srcDir> <outDir>");
        }
        Path src = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        List<Path> files;
        try (Stream<Path> s = Files.list(src)) {
            files = s.sorted().collect(Collectors.toList());
        }
        int compiled = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".jrxml")) {
                Path target = out.resolve(name.substring(0, name.length() - ".jrxml".length()) + ".jasper");
                // Always recompile (about 1 s for all): a .jasper holds compiled expressions that call
                // project classes, so an mtime check on the .jrxml alone could leave a stale template.
                long t0 = System.nanoTime();
                try {
                    JasperCompileManager.compileReportToFile(f.toString(), target.toString());
                } catch (JRException | RuntimeException e) {
                    throw new JRException("Cannot compile " + f + ": " + e.getMessage() + hint(f, e), e);
                }
                compiled++;
                if (Boolean.getBoolean("lianjian.jasper.verbose")) {
                    System.out.printf("[jasper] %s -> %s (%d ms)%n", name, target, (System.nanoTime() - t0) / 1_000_000);
                }
            } else if (name.endsWith(".jrtx")) {
                Files.copy(f, out.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        System.out.printf("[jasper] %d template(s) compiled into %s%n", compiled, out);
    }

    /** 7.x reports a 6.x file only as "Unable to load report"; say why, and show the parser's cause. */
    private static String hint(Path f, Exception e) throws IOException {
        StringBuilder sb = new StringBuilder();
        String xml = Files.readString(f);
        if (xml.contains("<reportElement") || xml.contains("xmlns=\"http://jasperreports.sourceforge.net/jasperreports\"")) {
            sb.append(" -- this looks like JasperReports 6 JRXML (namespace / <reportElement>); 7.x needs")
              .append(" <element kind=\"...\"> syntax without a namespace");
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e) {
            sb.append(" [cause: ").append(root.getClass().getSimpleName()).append(": ")
              .append(String.valueOf(root.getMessage()).lines().findFirst().orElse("")).append(']');
        }
        return sb.toString();
    }
}

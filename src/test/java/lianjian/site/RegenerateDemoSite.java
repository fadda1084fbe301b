package lianjian.site;

import java.nio.file.Path;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import lianjian.LianjianApplication;

/**
 * Developer tool, not a test: rebuilds target/site-tests/site from the workspace DemoSite already
 * imported (after a template or style change, without importing the county again), and prints the
 * generator's timings — the benchmark of the site build on the demo county.
 * {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=lianjian.site.RegenerateDemoSite
 * -Dsite.repeat=3} (system properties, not exec.args: the pom's own exec execution would take those too).
 */
public final class RegenerateDemoSite {

    private RegenerateDemoSite() {}

    public static void main(String[] args) throws Exception {
        Path base = Path.of("target", "site-tests").toAbsolutePath();
        Path ws = base.resolve("workspace");
        Path site = base.resolve(System.getProperty("site.dir", "site"));
        int repeat = Integer.getInteger("site.repeat", 1);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(LianjianApplication.class)
                .logStartupInfo(false).run("--lianjian.workspace=" + ws, "--lianjian.quiet=true")) {
            SiteGenerator generator = ctx.getBean(SiteGenerator.class);
            for (int i = 0; i < repeat; i++) {
                System.out.println("[site] " + generator.generate(site, DemoSite.GENERATED_AT).summary());
            }
        }
    }
}

package lianjian.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import lianjian.LianjianApplication;

/**
 * Starts the Spring context for a subcommand. Settings come from application.yml in the jar, then
 * lianjian.yml / application.yml in the working folder and in the workspace, then --key=value.
 */
final class SpringContexts {

    private SpringContexts() {}

    /** Starts the context of a command that needs an existing workspace (or --init). */
    static ConfigurableApplicationContext start(WorkspaceOptions options, Map<String, Object> extra) {
        return start(options, extra, false);
    }

    /**
     * @param creates the command makes the workspace itself (demo), so a folder that holds none is
     *                not refused
     */
    static ConfigurableApplicationContext start(WorkspaceOptions options, Map<String, Object> extra, boolean creates) {
        options.checkSettings();
        options.requireWorkspace(creates);
        Path ws = options.workspace();
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.config.name", "application,lianjian");
        defaults.put("spring.config.additional-location", "optional:file:" + ws + "/");
        defaults.putAll(extra);
        List<String> args = new ArrayList<>(options.settings);
        // The workspace and quiet flag are options of the command, so they win over files.
        args.add("--lianjian.workspace=" + ws);
        args.add("--lianjian.quiet=" + options.quiet);
        return new SpringApplicationBuilder(LianjianApplication.class)
                .listeners(new lianjian.console.QuietLogbackStatus())
                .properties(defaults)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
    }
}

package lianjian.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import lianjian.importing.kind.SheetKind;
import lianjian.importing.kind.SheetKindCatalog;
import lianjian.importing.template.TemplateWriter;
import lianjian.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code templates}: one blank, annotated workbook per sheet kind. */
@Command(name = "templates", description = "在 data-import/templates/ 中为每种表生成空白模板（带必填标记、下拉列表、填写说明）。")
public class TemplatesCommand implements Callable<Integer>, LianjianCommand.HasWorkspace {

    @Mixin
    WorkspaceOptions options;

    @Mixin
    HelpOption help;

    @Override
    public WorkspaceOptions options() { return options; }

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext ctx = SpringContexts.start(options, Map.of())) {
            Workspace ws = ctx.getBean(Workspace.class);
            List<TemplateWriter.Unit> units = ctx.getBean(JdbcTemplate.class).query(
                    "SELECT unit_name, unit_code, unit_type, aliases FROM unit ORDER BY unit_code",
                    (rs, i) -> new TemplateWriter.Unit(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4) == null ? "" : rs.getString(4)));
            TemplateWriter writer = new TemplateWriter();
            for (SheetKind kind : ctx.getBean(SheetKindCatalog.class).kinds()) {
                Path p = writer.writeWithUnits(kind, ws.templates(), units);
                System.out.println("已生成 " + p);
            }
            return 0;
        }
    }
}

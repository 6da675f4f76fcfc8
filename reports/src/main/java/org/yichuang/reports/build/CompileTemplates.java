package org.yichuang.reports.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time template compiler (模板编译): turns every {@code *.jrxml} into a {@code .jasper} file.
 *
 * <p>Run by exec-maven-plugin in {@code process-classes}, because no JasperReports Maven plugin is on
 * Maven Central (DEVICES.md §4). Compiling at build time keeps the JDT compiler out of the runtime and
 * turns a broken expression into a broken build instead of a failed print at the counter.
 */
public final class CompileTemplates {
    private CompileTemplates() {
    }

    /** Compiles {@code args[0]/*.jrxml} into {@code args[1]/*.jasper}; fails on the first broken template. */
    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CompileTemplates <jrxml dir> <output dir>");
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> templates;
        try (Stream<Path> files = Files.list(source)) {
            templates = files.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("no .jrxml templates in " + source);
        }
        for (Path jrxml : templates) {
            String name = jrxml.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            JasperCompileManager.compileReportToFile(jrxml.toString(), target.resolve(name).toString());
            System.out.println("[reports] compiled " + jrxml.getFileName() + " -> " + target.resolve(name));
        }
    }
}

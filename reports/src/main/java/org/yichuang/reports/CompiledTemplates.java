package org.yichuang.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The templates compiled at build time ({@code /reports/*.jasper}, CompileTemplates), each loaded once and kept:
 * loading deserializes the whole report, filling only reads it. Thread-safe.
 */
public final class CompiledTemplates {
    private final Map<String, JasperReport> templates = new ConcurrentHashMap<>();

    /** Returns the compiled template {@code /reports/<name>.jasper}. */
    public JasperReport get(String name) {
        return templates.computeIfAbsent(name, CompiledTemplates::load);
    }

    private static JasperReport load(String name) {
        String path = "/reports/" + name + ".jasper";
        try (InputStream in = CompiledTemplates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("compiled template missing from the classpath: " + path);
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("cannot load " + path, e);
        }
    }
}

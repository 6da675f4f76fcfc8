package org.yichuang.server.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pgbench against a server's own cluster and database, as the application role: the yardstick every server figure
 * stands next to (PostgreSQL's own rate on the same machine in the same run), shared by the bench programs.
 *
 * @param port the cluster's port on loopback
 * @param password the application role's password
 * @param dir where the custom scripts are written (the bench's temporary data directory)
 */
record Pgbench(int port, String password, Path dir) {
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    /** A rate and pgbench's average latency. */
    record Rate(double perSecond, double latencyMs) {
    }

    /** Clients the cluster still admits: max_connections less those open, less its reserved slots, less 5. */
    static int clientsAllowed(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT "
                + "current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int "
                + "- (SELECT count(*) FROM pg_stat_activity)")) {
            rs.next();
            return (int) Math.max(1, rs.getLong(1) - 5);
        }
    }

    /** One durable single-row INSERT per transaction, in a table of its own that is dropped afterwards. */
    Rate singleInsert(int clients, int seconds) throws Exception {
        String table = "bench_single_insert_" + ProcessHandle.current().pid();
        Path setup = script("setup.sql", "CREATE TABLE IF NOT EXISTS " + table
                + " (id bigserial PRIMARY KEY, v integer NOT NULL, at timestamptz NOT NULL DEFAULT now());");
        Path insert = script("insert.sql", "\\set v random(1, 1000000)\nINSERT INTO " + table + " (v) VALUES (:v);");
        Path drop = script("drop.sql", "DROP TABLE IF EXISTS " + table + ";");
        run(List.of("pgbench", "-n", "-t", "1", "-f", setup.toString()));
        try {
            return rate(run(List.of("pgbench", "-n", "-c", String.valueOf(clients), "-j",
                    String.valueOf(Math.min(clients, 8)), "-T", String.valueOf(seconds), "-f", insert.toString())));
        } finally {
            run(List.of("pgbench", "-n", "-t", "1", "-f", drop.toString()));
        }
    }

    /** Creates (or re-creates) pgbench's own TPC-B tables at scale 1. */
    void initTpcb() throws Exception {
        run(List.of("pgbench", "-i", "-s", "1", "-q"));
    }

    /** TPC-B (-s 1) on the tables {@link #initTpcb()} made. */
    Rate tpcb(int clients, int seconds) throws Exception {
        return rate(run(List.of("pgbench", "-c", String.valueOf(clients), "-j", String.valueOf(clients), "-T",
                String.valueOf(seconds))));
    }

    private static Rate rate(String out) {
        Matcher tps = TPS.matcher(out);
        if (!tps.find()) {
            throw new IllegalStateException("no tps in pgbench's output:\n" + out);
        }
        Matcher latency = LATENCY.matcher(out);
        return new Rate(Double.parseDouble(tps.group(1)),
                latency.find() ? Double.parseDouble(latency.group(1)) : Double.NaN);
    }

    private Path script(String name, String text) throws IOException {
        Path file = dir.resolve("pgbench-" + name);
        Files.writeString(file, text + "\n");
        return file;
    }

    private String run(List<String> command) throws Exception {
        List<String> full = new ArrayList<>(command);
        full.addAll(List.of("-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "yichuang", "yichuang"));
        ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", password);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }
}

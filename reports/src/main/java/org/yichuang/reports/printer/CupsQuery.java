package org.yichuang.reports.printer;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the local CUPS scheduler for a queue's state with one IPP Get-Printer-Attributes request (RFC 8011 §4.2.5).
 *
 * <p>Why not javax.print alone: the JDK's CUPS service answers {@code PrinterIsAcceptingJobs} and
 * {@code QueuedJobCount} but null for {@code PrinterState} and {@code PrinterStateReasons}, so a stopped
 * (cupsdisable) queue looked ready and held the applicant's receipt. CUPS knows the state, the reasons and the
 * administrator's text ({@code cupsdisable -r "卡纸"}).
 */
final class CupsQuery {
    private static final int GET_PRINTER_ATTRIBUTES = 0x000B;
    private static final int TAG_OPERATION = 0x01;
    private static final int TAG_END = 0x03;
    private static final int TAG_INTEGER = 0x21;
    private static final int TAG_BOOLEAN = 0x22;
    private static final int TAG_ENUM = 0x23;
    private static final int TAG_URI = 0x45;
    private static final int TAG_KEYWORD = 0x44;
    private static final int TAG_CHARSET = 0x47;
    private static final int TAG_LANGUAGE = 0x48;
    private static final List<String> REQUESTED = List.of("printer-state", "printer-state-reasons",
            "printer-state-message", "printer-is-accepting-jobs", "queued-job-count", "printer-info");

    private final String hostAndPort;

    /** Talks to {@code $CUPS_SERVER} when it names a host, else to the scheduler on this machine. */
    CupsQuery() {
        String server = System.getenv("CUPS_SERVER");
        boolean host = server != null && !server.isBlank() && !server.startsWith("/");
        this.hostAndPort = host ? (server.contains(":") ? server : server + ":631") : "localhost:631";
    }

    /** Returns the queue's attributes (each a list of values), or empty when CUPS does not answer or know it. */
    Optional<Map<String, List<Object>>> attributes(String queue) {
        try {
            String path = "/printers/" + URLEncoder.encode(queue, StandardCharsets.UTF_8).replace("+", "%20");
            HttpURLConnection http = (HttpURLConnection) URI.create("http://" + hostAndPort + path).toURL()
                    .openConnection();
            http.setConnectTimeout(500);
            http.setReadTimeout(2000);
            http.setDoOutput(true);
            http.setRequestMethod("POST");
            http.setRequestProperty("Content-Type", "application/ipp");
            try (OutputStream out = http.getOutputStream()) {
                out.write(request("ipp://localhost" + path));
            }
            if (http.getResponseCode() != 200) {
                return Optional.empty();
            }
            try (InputStream in = http.getInputStream()) {
                return parse(new DataInputStream(in));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();   // not a CUPS machine, or the scheduler is down: javax.print's view stands
        }
    }

    private static byte[] request(String printerUri) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(0x0200);   // IPP/2.0
        out.writeShort(GET_PRINTER_ATTRIBUTES);
        out.writeInt(1);
        out.writeByte(TAG_OPERATION);
        attribute(out, TAG_CHARSET, "attributes-charset", "utf-8");
        attribute(out, TAG_LANGUAGE, "attributes-natural-language", "en");
        attribute(out, TAG_URI, "printer-uri", printerUri);
        for (int i = 0; i < REQUESTED.size(); i++) {
            attribute(out, TAG_KEYWORD, i == 0 ? "requested-attributes" : "", REQUESTED.get(i));
        }
        out.writeByte(TAG_END);
        return bytes.toByteArray();
    }

    private static void attribute(DataOutputStream out, int tag, String name, String value) throws IOException {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        byte[] v = value.getBytes(StandardCharsets.UTF_8);
        out.writeByte(tag);
        out.writeShort(n.length);
        out.write(n);
        out.writeShort(v.length);
        out.write(v);
    }

    /** Reads the answer: integers and enums as Integer, booleans as Boolean, everything else as UTF-8 text. */
    static Optional<Map<String, List<Object>>> parse(DataInputStream in) throws IOException {
        in.readShort();
        int status = in.readShort();
        in.readInt();
        if (status > 0x00FF) {   // client-error-not-found and the like: CUPS has no such queue
            return Optional.empty();
        }
        Map<String, List<Object>> out = new HashMap<>();
        String current = null;
        while (true) {
            int tag = in.readUnsignedByte();
            if (tag == TAG_END) {
                return Optional.of(out);
            }
            if (tag < 0x10) {
                continue;   // a new attribute group
            }
            byte[] name = new byte[in.readUnsignedShort()];
            in.readFully(name);
            byte[] value = new byte[in.readUnsignedShort()];
            in.readFully(value);
            if (name.length > 0) {
                current = new String(name, StandardCharsets.UTF_8);
            }
            if (current == null) {
                continue;
            }
            Object v = switch (tag) {
                case TAG_INTEGER, TAG_ENUM -> value.length == 4 ? java.nio.ByteBuffer.wrap(value).getInt() : null;
                case TAG_BOOLEAN -> value.length == 1 && value[0] != 0;
                default -> new String(value, StandardCharsets.UTF_8);
            };
            if (v != null) {
                out.computeIfAbsent(current, k -> new ArrayList<>()).add(v);
            }
        }
    }
}

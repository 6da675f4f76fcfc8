package org.yichuang.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the DevTools protocol, for checking what a page really does in a browser (its
 * content security policy, its script). Loopback only; the profile is a temporary directory removed on close.
 *
 * <pre>{@code
 * try (HeadlessChromium browser = HeadlessChromium.start()) {
 *     browser.open(url); browser.eval("document.title"); browser.console();
 * }
 * }</pre>
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> console = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Returns the browser's executable, if one is installed. */
    public static Optional<Path> executable() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /**
     * For a browser test's set-up: fails when no browser is installed and {@code CI=true} (a missing piece is a
     * failure there), otherwise skips the test class.
     */
    public static void requireInstalled() {
        if ("true".equals(System.getenv("CI")) && executable().isEmpty()) {
            throw new AssertionError("Chromium (Debian package chromium) is required with CI=true");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(executable().isPresent(), "Chromium is not installed");
    }

    /** Starts the browser on an empty page. */
    public static HeadlessChromium start() throws IOException, InterruptedException {
        return start(List.of());
    }

    /** Starts the browser on an empty page with extra command-line switches (e.g. an autoplay policy). */
    public static HeadlessChromium start(List<String> switches) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("yichuang-chromium");
        List<String> command = new ArrayList<>(List.of(executable().orElseThrow().toString(), "--headless",
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0"));
        command.addAll(switches);
        command.add("about:blank");
        // Chromium puts its singleton socket (org.chromium.Chromium.*) in TMPDIR, and a browser that is stopped
        // leaves it there: inside the profile it goes with the profile
        Path tmp = Files.createDirectory(profile.resolve("tmp"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("TMPDIR", tmp.toString());
        Process process = builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new IllegalStateException("Chromium did not open its DevTools port");
                }
                Thread.sleep(50);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            String page = null;
            for (JsonNode target : JSON.readTree(list)) {
                if ("page".equals(target.path("type").asText())) {
                    page = target.path("webSocketDebuggerUrl").asText();
                }
            }
            HeadlessChromium[] self = new HeadlessChromium[1];
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new WebSocket.Listener() {
                private final StringBuilder partial = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                        String message = partial.toString();
                        partial.setLength(0);
                        while (self[0] == null) {
                            Thread.onSpinWait();
                        }
                        self[0].receive(message);
                    }
                    ws.request(1);
                    return null;
                }
            }).get(30, TimeUnit.SECONDS);
            self[0] = new HeadlessChromium(process, profile, socket);
            self[0].call("Page.enable", null);
            self[0].call("Runtime.enable", null);
            self[0].call("Log.enable", null);
            return self[0];
        } catch (Exception e) {
            process.destroyForcibly().waitFor();
            deleteTree(profile);
            if (e instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e);
        }
    }

    private void receive(String message) {
        try {
            JsonNode node = JSON.readTree(message);
            if (node.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(node.get("id").asInt());
                if (f != null) {
                    f.complete(node);
                }
                return;
            }
            String method = node.path("method").asText();
            JsonNode params = node.path("params");
            switch (method) {
                case "Page.loadEventFired" -> loaded.complete(null);
                case "Log.entryAdded" -> console.add(params.path("entry").path("level").asText() + ": "
                        + params.path("entry").path("text").asText());
                case "Runtime.consoleAPICalled" -> console.add(params.path("type").asText() + ": "
                        + params.path("args").toString());
                case "Runtime.exceptionThrown" -> console.add("exception: "
                        + params.path("exceptionDetails").toString());
                default -> { }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode call(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(message.toString(), true).join();
        JsonNode result = answer.orTimeout(30, TimeUnit.SECONDS).join();
        if (result.has("error")) {
            throw new IllegalStateException(method + ": " + result.get("error"));
        }
        return result.path("result");
    }

    /** Opens the address and waits for its load event; what the console held before is dropped. */
    public void open(String url) {
        loaded = new CompletableFuture<>();
        console.clear();
        call("Page.navigate", JSON.createObjectNode().put("url", url));
        loaded.orTimeout(30, TimeUnit.SECONDS).join();
    }

    /** Lays pages out as a phone of this size would (CSS pixels, mobile viewport); applies to the open page too. */
    public void viewport(int width, int height) {
        call("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", true));
    }

    /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
    public JsonNode eval(String expression) {
        JsonNode result = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /**
     * Evaluates an expression as if a person had just acted on the page (a click's user activation), so that what a
     * browser allows only after a gesture (playing sound) is allowed.
     */
    public JsonNode evalAsUser(String expression) {
        JsonNode result = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true).put("userGesture", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /**
     * Runs {@code source} in every page opened from now on, before the page's own scripts (as DevTools does, outside
     * the page's content security policy): for putting a browser feature into a state a test needs. Returns the id
     * for {@link #removeScriptOnNewDocument}.
     */
    public String addScriptOnNewDocument(String source) {
        return call("Page.addScriptToEvaluateOnNewDocument", JSON.createObjectNode().put("source", source))
                .path("identifier").asText();
    }

    /** Stops running a script added by {@link #addScriptOnNewDocument}. */
    public void removeScriptOnNewDocument(String id) {
        call("Page.removeScriptToEvaluateOnNewDocument", JSON.createObjectNode().put("identifier", id));
    }

    /** Returns what the page and the browser reported: console calls, log entries (CSP violations), exceptions. */
    public List<String> console() {
        return new ArrayList<>(console);
    }

    /** Stops the browser and removes its profile. */
    @Override
    public void close() {
        socket.abort();
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            for (ProcessHandle child : children) {
                child.destroyForcibly();
                child.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // a child that will not go is reported by the OS, not by the test
        }
        deleteTree(profile);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp profile is harmless
        }
    }

    /** Waits up to {@code timeout} for the expression to be true in the page. */
    public boolean waitFor(String expression, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (eval(expression).asBoolean(false)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}

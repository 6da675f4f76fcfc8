package org.yichuang.server.queue.board;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.yichuang.core.error.DomainException;
import org.yichuang.core.error.ErrorCode;
import org.yichuang.core.queue.CallAnnouncement;

/**
 * The display board (叫号大屏, issue 12): the page, its script, style sheet and sounds, all served from the server's
 * resources — a hall network may have no internet — and the state it starts from. No sign-in, nothing personal.
 */
public final class BoardRoutes {
    /**
     * The page may run and load only its own files from this server, and talk only to it; nothing may frame it.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; "
            + "media-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";
    private static final Map<String, String> ASSET_TYPES = Map.of("board.js", "text/javascript; charset=utf-8",
            "board.css", "text/css; charset=utf-8");

    private final BoardService board;
    private final byte[] page;
    private final Map<String, byte[]> assets = new HashMap<>();
    private final Map<String, byte[]> audio = new HashMap<>();

    /** Reads the page, its files and the sounds once. */
    public BoardRoutes(BoardService board) {
        this.board = board;
        this.page = read("board.html");
        ASSET_TYPES.keySet().forEach(name -> assets.put(name, read(name)));
        for (String segment : CallAnnouncement.allSegments()) {
            audio.put(segment, read("audio/" + segment + ".wav"));
        }
        audio.put("chime", read("audio/chime.wav"));
    }

    /** GET /board[?categories=A,B]: the page; its script reads the categories. */
    public void page(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Cache-Control", "no-cache").result(page);
    }

    /** GET /board/{asset}: board.js or board.css. */
    public void asset(Context ctx) {
        String name = ctx.pathParam("asset");
        byte[] body = assets.get(name);
        if (body == null) {
            throw new DomainException(ErrorCode.NOT_FOUND);
        }
        ctx.contentType(ASSET_TYPES.get(name)).header("Cache-Control", "no-cache").result(body);
    }

    /** GET /board/audio/{segment}.wav: a Mandarin segment of CallAnnouncement, or chime.wav. */
    public void audio(Context ctx) {
        String name = ctx.pathParam("segment");
        byte[] body = name.endsWith(".wav") ? audio.get(name.substring(0, name.length() - 4)) : null;
        if (body == null) {
            throw new DomainException(ErrorCode.NOT_FOUND);
        }
        // the sounds change only with a new server version
        ctx.contentType("audio/wav").header("Cache-Control", "max-age=86400").result(body);
    }

    /** GET /public/queue/board: the latest calls, the waiting counts and the event id to stream from. */
    public void state(Context ctx) {
        ctx.header("Cache-Control", "no-store").json(board.state());
    }

    private static byte[] read(String name) {
        try (InputStream in = BoardRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + BoardRoutes.class);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
